import OnsiteCore

extension LogScreen {
    /// Draws the day's log: title and counts, the entries (newest at the bottom), the selected entry in full.
    static func render(_ state: AppState, _ screen: Screen, into grid: inout Grid, _ area: Rect) {
        guard case .log(let siteID, let date, var position) = screen else { return }
        let x = area.column + 2
        let width = area.width - 4
        guard let day = state.day(siteID, date) else {
            RegisterLayout.title(state.t("Day's log", "工作记录") + " · " + date.isoText, counts: "", state, into: &grid, area)
            grid.paragraph(state.t("This day has no record that could be read: start it on the day screen first.", "这一天没有可读取的记录:请先在当天界面开始工作。"),
                           in: Rect(column: x, row: area.row + RegisterLayout.listTop, width: width, height: 2), role: .warning)
            return
        }
        let situations = day.log.filter { $0.kind == .situation }.count
        RegisterLayout.title(state.t("Day's log", "工作记录") + " · " + date.isoText,
                             counts: state.t("\(day.log.count) entries · \(situations) special situation(s)", "\(day.log.count)条 · 特殊状况\(situations)条"),
                             state, into: &grid, area)
        if day.isClosed {
            grid.put(state.t("Closed: the log stays as signed. Corrections are amendments (m on the day screen).", "已关闭:记录保持签字时的内容。更正请在当天界面按 m 添加。"),
                     column: x, row: area.row + 1, role: .warning, maxWidth: width)
        }
        let top = area.row + RegisterLayout.listTop
        let visible = RegisterLayout.listHeight(state)
        guard !day.log.isEmpty else {
            let text = day.isClosed ? state.t("Nothing was logged on this day.", "这一天没有工作记录。")
                : state.t("Nothing logged yet. a adds progress of the work, s a special situation (stoppage, visit, accident, change of plan).",
                          "还没有记录。按 a 添加施工进展,按 s 添加特殊状况(停工、来访、事故、计划变更)。")
            grid.paragraph(text, in: Rect(column: x, row: top, width: width, height: 3), role: .muted)
            return
        }
        position.clamp(count: day.log.count, visible: visible)
        let kindWidth = LogEntryKind.allCases.map { TextWidth.cells(of: shortKind($0, state)) }.max() ?? 0
        if let window = window(count: day.log.count, position, visible: visible) {
            for index in window {
                let entry = day.log[index]
                RegisterLayout.row([
                    RowPiece(entry.at.clockTime, 5, .muted),
                    RowPiece(shortKind(entry.kind, state), kindWidth, entry.kind == .situation ? .warning : .accent),
                    RowPiece(RegisterWords.oneLine(entry.text), 0, .normal),
                ], column: x, row: top + index - window.lowerBound, width: width, selected: day.log.count - 1 - index == position.selection, into: &grid)
            }
        }
        guard let entry = selected(day, position) else { return }
        let heading = entry.at.clockTime + " · " + RegisterWords.logKind(entry.kind).text(in: state.language)
        RegisterLayout.detail(heading, [(TextSanitizer.multiLine(entry.text), .normal)], state, into: &grid, area)
    }

    /// A log entry's kind in a narrow column.
    static func shortKind(_ kind: LogEntryKind, _ state: AppState) -> String {
        kind == .progress ? state.t("progress", "进展") : state.t("situation", "特殊状况")
    }
}
