import OnsiteCore

/// The end-of-day review with the client: the day's progress, problems, extra work, borrowings and schedule changes.
/// The selection moves entry by entry and the document scrolls with it; schedule changes are added and removed here.
enum ReviewScreen {
    /// Rows above the document: title, hint.
    static let listTop = 2

    /// Rows the document has on screen.
    static func visibleRows(_ state: AppState) -> Int { max(1, state.height - 3 - listTop) }

    /// The document as laid out for the state's width.
    static func document(_ state: AppState, _ siteID: String, _ date: LocalDate) -> ReviewDocument? {
        guard let site = state.site(siteID), let day = state.day(siteID, date) else { return nil }
        return ReviewDocument(state, site, day, width: state.width - 4)
    }

    /// A key on the review: move entry by entry, page, Tab to the next section, a adds and x removes a schedule change.
    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .review(let siteID, let date, var position) = state.screen else { return [] }
        if action == .back {
            AppUpdate.pop(&state)
            return []
        }
        guard let document = document(state, siteID, date), let day = state.day(siteID, date) else { return [] }
        let count = document.entries.count
        let visible = visibleRows(state)
        var effects: [Effect] = []
        switch action {
        case .moveUp, .moveDown:
            let delta = action == .moveUp ? -1 : 1
            if count == 0 { position.scroll += delta } else { position.selection += delta }
        case .pageUp, .pageDown:
            position.scroll += action == .pageUp ? -visible : visible
            position.scroll = min(max(0, position.scroll), max(0, document.lines.count - visible))
            if count > 0 {
                position.selection = (0..<count).first { document.lineRange(of: $0).lowerBound >= position.scroll } ?? count - 1
            }
        case .first:
            position.selection = 0
            position.scroll = 0
        case .last:
            position.selection = count - 1
            position.scroll = max(0, document.lines.count - visible)
        case .nextPane:
            position.selection = document.sectionStarts.first { $0 > position.selection } ?? document.sectionStarts.first ?? 0
        case .previousPane:
            position.selection = document.sectionStarts.last { $0 < position.selection } ?? document.sectionStarts.last ?? 0
        case .add:
            if day.isClosed {
                state.message = StatusMessage(DayWords.error(.dayClosed(day.state), state), .error)
            } else {
                state.prompt = PromptState(purpose: .endOfDay(.scheduleChange(date: date)), fields: [TextField(), TextField(), TextField(), TextField()])
            }
        case .remove:
            effects = remove(document.entries[safe: position.selection], siteID, date, &state)
        case .preview:
            state.screen = .review(siteID: siteID, date: date, position)
            SignPreviewScreen.open(siteID, date, &state)
            return []
        default: break
        }
        if case .review = state.screen {
            state.screen = .review(siteID: siteID, date: date, scrolled(position, state, siteID, date, keepScroll: action == .pageUp || action == .pageDown))
        }
        return effects
    }

    /// x: removes the selected schedule change (only while the day is open).
    private static func remove(_ entry: ReviewDocument.Entry?, _ siteID: String, _ date: LocalDate, _ state: inout AppState) -> [Effect] {
        guard case .scheduleChange(let id) = entry else {
            state.message = StatusMessage(LocalizedText(en: "Select a schedule change to remove it (the other parts are changed on their own screens).",
                                                        zh: "请选中一条工期变更再删除(其他内容请在各自的界面修改)。"))
            return []
        }
        let removed = state.day(siteID, date)?.scheduleChanges.first { $0.id == id }
        let effects = AppUpdate.changeDay(siteID, date, &state) { day, _ in try day.removeScheduleChange(id) }
        if !effects.isEmpty, let removed {
            let name = TextSanitizer.singleLine(removed.milestone)
            state.message = StatusMessage(LocalizedText(en: "Schedule change removed: \(name).", zh: "已删除工期变更:\(name)。"), .success)
        }
        return effects
    }

    /// Selects a schedule change (after adding it) and scrolls to it.
    static func select(scheduleChange id: String, _ state: inout AppState) {
        guard case .review(let siteID, let date, var position) = state.screen, let document = document(state, siteID, date),
              let index = document.entries.firstIndex(of: .scheduleChange(id)) else { return }
        position.selection = index
        state.screen = .review(siteID: siteID, date: date, scrolled(position, state, siteID, date, keepScroll: false))
    }

    /// Keeps the selection valid and its lines (with the heading above the first entry of a section) on screen.
    static func scrolled(_ position: ListPosition, _ state: AppState, _ siteID: String, _ date: LocalDate, keepScroll: Bool) -> ListPosition {
        guard let document = document(state, siteID, date) else { return position }
        var result = position
        let visible = visibleRows(state)
        let count = document.entries.count
        result.selection = min(max(0, result.selection), max(0, count - 1))
        if count > 0, !keepScroll {
            let range = document.lineRange(of: result.selection)
            var top = range.lowerBound
            if top > 0, document.lines[top - 1].isHeading { top -= 1 }
            if top < result.scroll { result.scroll = top }
            if range.upperBound > result.scroll + visible { result.scroll = max(top, range.upperBound - visible) }
        }
        result.scroll = min(max(0, result.scroll), max(0, document.lines.count - visible))
        return result
    }

    /// The title, the overdue warning or a hint, and the window of the document.
    static func render(_ state: AppState, _ screen: Screen, into grid: inout Grid, _ area: Rect) {
        guard case .review(let siteID, let date, let position) = screen, let site = state.site(siteID) else { return }
        let x = area.column + 2
        let width = area.width - 4
        grid.put(state.t("Review with the client", "与客户沟通") + " · " + date.isoText, column: x, row: area.row, role: .title, maxWidth: width)
        guard let day = state.day(siteID, date) else {
            grid.put(state.t("This day has no record yet: start it from the day screen.", "这一天还没有记录:请在当天界面开始工作。"),
                     column: x, row: area.row + listTop, role: .muted, maxWidth: width)
            return
        }
        let overdue = ProblemCounts(site.registers.problems, today: state.today).overdue
        if overdue > 0 {
            grid.put(state.t("⚠ \(overdue) problem(s) overdue: explain to the client what is being done.", "⚠ \(overdue)个问题已逾期:请向客户说明处理情况。"),
                     column: x, row: area.row + 1, role: .error, maxWidth: width)
        } else {
            grid.put(day.isClosed ? state.t("The day is closed: this is what was reviewed.", "这一天已关闭:以下为当时沟通的内容。")
                     : state.t("Go through each part with the client, then the client signs.", "请与客户逐项沟通,然后请客户签字。"),
                     column: x, row: area.row + 1, role: .muted, maxWidth: width)
        }
        let document = ReviewDocument(state, site, day, width: width)
        let visible = max(0, area.height - listTop)
        let shown = document.lines.dropFirst(position.scroll).prefix(visible)
        for (offset, line) in shown.enumerated() {
            let y = area.row + listTop + offset
            let selected = line.entry != nil && line.entry == position.selection
            grid.listRow(line.text, column: x, row: y, width: width, selected: selected, role: line.role)
        }
        // Where the window stands in a longer document.
        if document.lines.count > visible, visible > 1 {
            let up = position.scroll > 0, down = position.scroll + visible < document.lines.count
            let arrows = state.unicodeLines ? ("▲", "▼") : ("^", "v")
            if up { grid.put(arrows.0, column: area.right - 1, row: area.row + listTop, role: .muted) }
            if down { grid.put(arrows.1, column: area.right - 1, row: area.bottom - 1, role: .muted) }
        }
    }
}
