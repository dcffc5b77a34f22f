import OnsiteCore

/// The end-of-day 5S cleanup: the standard's cleanup items, inspected by the crew leader one by one before the crew leaves.
enum CleanupScreen {
    /// Rows above the list: title with progress, who inspects, a blank row.
    static let listTop = 3
    /// Rows under the list: a rule, the selected item's state and its help.
    static let footerHeight = 5

    /// Rows the list has in a terminal of the state's size.
    static func listHeight(_ state: AppState) -> Int { max(1, state.height - 3 - listTop - footerHeight) }

    /// Who inspects: the crew leader.
    static func inspector(_ state: AppState, _ siteID: String) -> String? { state.site(siteID)?.profile.crewLeader?.name }

    /// A key on the cleanup list: move, Space inspects (again: open), n not applicable, Esc back.
    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .cleanup(let siteID, let date, var position) = state.screen else { return [] }
        let items = state.currentStandard.cleanup
        let visible = listHeight(state)
        var effects: [Effect] = []
        if position.apply(action, count: items.count, visible: visible) {
            state.screen = .cleanup(siteID: siteID, date: date, position)
            return []
        }
        switch action {
        case .back:
            AppUpdate.pop(&state)
            return []
        case .toggle, .open:
            guard let item = items[safe: position.selection] else { return [] }
            effects = toggle(item, siteID, date, &state, env)
        case .notApplicable:
            guard let item = items[safe: position.selection] else { return [] }
            askReason(item, siteID, date, &state)
        default: break
        }
        if case .cleanup = state.screen { state.screen = .cleanup(siteID: siteID, date: date, position) }
        return effects
    }

    /// Space: an open or not-applicable item is marked inspected now by the crew leader (the help's promise);
    /// an inspected one is opened again.
    static func toggle(_ item: ChecklistItemDefinition, _ siteID: String, _ date: LocalDate, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard let day = state.day(siteID, date) else { return [] }
        let open = day.cleanupRecord(item.id).state != .done
        let who = inspector(state, siteID)
        return AppUpdate.changeDay(siteID, date, &state) { day, _ in
            try day.setCleanup(item.id, done: open, by: who, at: env.now)
        }
    }

    /// n: asks why the item does not apply today (a closed day is refused at once).
    static func askReason(_ item: ChecklistItemDefinition, _ siteID: String, _ date: LocalDate, _ state: inout AppState) {
        guard let day = state.day(siteID, date) else { return }
        if day.isClosed {
            state.message = StatusMessage(DayWords.error(.dayClosed(day.state), state), .error)
            return
        }
        let current = day.cleanupRecord(item.id)
        state.prompt = PromptState(purpose: .endOfDay(.cleanupNotApplicable(date: date, itemID: item.id)),
                                   fields: [TextField(current.state == .notApplicable ? current.reason : "")])
    }

    /// The items with their marks and times, progress, and the selected item's state and help.
    static func render(_ state: AppState, _ screen: Screen, into grid: inout Grid, _ area: Rect) {
        guard case .cleanup(let siteID, let date, let position) = screen, state.site(siteID) != nil else { return }
        let x = area.column + 2
        let width = area.width - 4
        let items = state.currentStandard.cleanup
        let title = state.t("5S cleanup before leaving", "离开前5S清洁检查") + (date == state.today ? "" : " · " + date.isoText)
        grid.put(title, column: x, row: area.row, role: .title, maxWidth: width)
        guard let day = state.day(siteID, date) else {
            grid.put(state.t("This day has no record yet: start it from the day screen.", "这一天还没有记录:请在当天界面开始工作。"),
                     column: x, row: area.row + listTop, role: .muted, maxWidth: width)
            return
        }
        let done = items.filter { day.cleanupRecord($0.id).state != .open }.count
        let titleWidth = TextWidth.cells(of: title)
        let barWidth = max(6, min(20, width - titleWidth - 22))
        if titleWidth + barWidth + 14 <= width, !items.isEmpty {
            grid.progressBar(Double(done) / Double(items.count), column: x + titleWidth + 2, row: area.row, width: barWidth, unicode: state.unicodeLines)
            grid.put(state.t(" \(done)/\(items.count) inspected", " 已检查 \(done)/\(items.count)"), column: x + titleWidth + 2 + barWidth, row: area.row,
                     role: done == items.count ? .success : .normal, maxWidth: width - titleWidth - 2 - barWidth)
        }
        if day.isClosed {
            grid.put(state.t("The day is closed: the cleanup stays as it was inspected.", "这一天已关闭:清洁检查结果保持不变。"),
                     column: x, row: area.row + 1, role: .warning, maxWidth: width)
        } else {
            let who = inspector(state, siteID).map(TextSanitizer.singleLine) ?? state.t("the crew leader", "组长")
            grid.put(state.t("Inspected by \(who), item by item, before the crew leaves.", "由\(who)逐项检查,检查完毕才能离开。"),
                     column: x, row: area.row + 1, role: .muted, maxWidth: width)
        }
        guard !items.isEmpty else {
            grid.paragraph(state.t("This site's standard has no 5S cleanup items: nothing to inspect.", "本现场的标准没有5S清洁检查项:无需检查。"),
                           in: Rect(column: x, row: area.row + listTop, width: width, height: 2), role: .muted)
            return
        }
        renderList(state, day, items, position, into: &grid, Rect(column: x, row: area.row + listTop, width: width, height: area.height - listTop - footerHeight))
        if let item = items[safe: position.selection] {
            renderFooter(state, day, item, into: &grid, Rect(column: x, row: area.bottom - footerHeight, width: width, height: footerHeight))
        }
    }

    private static func renderList(_ state: AppState, _ day: WorkDay, _ items: [ChecklistItemDefinition], _ position: ListPosition,
                                   into grid: inout Grid, _ rect: Rect) {
        let symbols = Symbols(unicode: state.unicodeLines)
        let timeWidth = 7
        for (index, item) in items.enumerated().dropFirst(position.scroll).prefix(max(0, rect.height)) {
            let y = rect.row + index - position.scroll
            let record = day.cleanupRecord(item.id)
            let selected = index == position.selection
            let mark = symbols.mark(record.state, resolved: true)
            let when = record.state == .open ? "" : (record.at.map { $0.localDate == day.date ? $0.clockTime : $0.localDate.isoText } ?? "")
            let text = " \(mark) " + TextWidth.truncate(item.title.text(in: state.language), to: rect.width - timeWidth - 7) + " "
            grid.put(text, column: rect.column, row: y, role: selected ? .selected : .normal)
            grid.put(TextWidth.pad(when, to: timeWidth), column: rect.right - timeWidth, row: y, role: .muted)
            if !selected {
                let role: StyleRole = switch record.state {
                case .open: .muted
                case .done: .success
                case .notApplicable: .accent
                }
                grid.paint(column: rect.column + 1, row: y, count: 3, role: role)
            }
        }
    }

    /// The selected item: its state, who inspected it and when, and what the standard says good looks like.
    private static func renderFooter(_ state: AppState, _ day: WorkDay, _ item: ChecklistItemDefinition, into grid: inout Grid, _ rect: Rect) {
        grid.put(String(repeating: Symbols(unicode: state.unicodeLines).separator, count: rect.width), column: rect.column, row: rect.row, role: .border)
        let record = day.cleanupRecord(item.id)
        let who = [record.by.map(TextSanitizer.singleLine), record.at?.shortText].compactMap { $0 }.joined(separator: ", ")
        let line: (String, StyleRole) = switch record.state {
        case .open: (day.isClosed ? state.t("Not inspected.", "未检查。")
                     : state.t("Not inspected yet. Space: inspected; n: does not apply today.", "尚未检查。空格:已检查;n:今天不适用。"), .muted)
        case .done: (state.t("Inspected", "已检查") + (who.isEmpty ? "" : " — " + who), .success)
        case .notApplicable: (state.t("Not applicable today: ", "今天不适用:") + TextSanitizer.singleLine(record.reason) + (who.isEmpty ? "" : " — " + who), .accent)
        }
        grid.put(line.0, column: rect.column, row: rect.row + 1, role: line.1, maxWidth: rect.width)
        if let help = item.help {
            grid.paragraph(help.text(in: state.language), in: Rect(column: rect.column, row: rect.row + 2, width: rect.width, height: rect.height - 2), role: .muted)
        }
    }
}
