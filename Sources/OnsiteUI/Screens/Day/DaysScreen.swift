import OnsiteCore

/// Every working day of the site, newest first, with its state; Enter opens a day (past days read-only once closed).
enum DaysScreen {
    static let listTop = 2

    /// The day on row `index` of the list, newest first (read in place: no reversed copy of a long site's days per frame).
    static func row(_ index: Int, of site: Site) -> DaySummary? {
        site.days.indices.contains(index) ? site.days[site.days.count - 1 - index] : nil
    }

    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .days(let siteID, var position) = state.screen, let site = state.site(siteID) else { return [] }
        let visible = max(1, state.height - 3 - listTop)
        if position.apply(action, count: site.days.count, visible: visible) {
            state.screen = .days(siteID: siteID, position)
            return []
        }
        switch action {
        case .back:
            AppUpdate.pop(&state)
            return []
        case .today:
            state.screen = .days(siteID: siteID, position)
            state.stack.append(.day(siteID: siteID, date: state.today, ListPosition()))
            return []
        case .open:
            state.screen = .days(siteID: siteID, position)
            guard let day = row(position.selection, of: site) else { return [] }
            state.stack.append(.day(siteID: siteID, date: day.date, ListPosition()))
            return []
        default: break
        }
        state.screen = .days(siteID: siteID, position)
        return []
    }

    static func render(_ state: AppState, _ screen: Screen, into grid: inout Grid, _ area: Rect) {
        guard case .days(let siteID, let position) = screen, let site = state.site(siteID) else { return }
        let x = area.column + 2
        let width = area.width - 4
        let count = site.days.count
        let signed = site.days.count(where: { $0.state == .signed })
        let exceptions = site.days.count(where: { $0.state == .closedWithoutSignature })
        grid.put(state.t("\(count) days · \(signed) signed · \(exceptions) closed without signature",
                         "共\(count)天 · 已签字\(signed)天 · 未签字关闭\(exceptions)天"), column: x, row: area.row, role: .heading, maxWidth: width)
        if count == 0 {
            grid.put(state.t("No working day yet. T starts today's work.", "还没有工作日。按 T 开始今天的工作。"), column: x, row: area.row + listTop, role: .muted, maxWidth: width)
            return
        }
        let visible = max(0, area.height - listTop)
        for offset in position.scroll..<min(count, position.scroll + visible) {
            guard let summary = row(offset, of: site) else { continue }
            let row = area.row + listTop + offset - position.scroll
            let selected = offset == position.selection
            // Only the date is highlighted: a move repaints two short runs, not two whole rows (bytes per key on a slow link).
            var used = grid.put(" " + summary.date.isoText + (summary.date == state.today ? state.t(" today", " 今天") : "") + " ",
                                column: x, row: row, role: selected ? .selected : .normal)
            used += grid.put(" ", column: x + used, row: row)
            used += grid.put(TextWidth.pad(DayWords.state(summary.state).text(in: state.language), to: 26), column: x + used, row: row,
                             role: DayWords.role(summary.state), maxWidth: width - used)
            var detail = state.t("\(summary.entries) log entries", "工作记录\(summary.entries)条")
            if summary.departed { detail += state.t(" · left", " · 已离开") }
            if summary.amendments > 0 { detail += state.t(" · \(summary.amendments) amendment(s)", " · 更正\(summary.amendments)条") }
            grid.put(detail, column: x + used, row: row, role: .muted, maxWidth: max(0, width - used))
        }
    }
}
