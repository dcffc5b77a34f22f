import OnsiteCore

/// The day's log: timestamped progress and special situations, newest at the bottom.
///
/// The list position counts from the newest entry (selection 0 is the newest), so the log opens on
/// the latest entry and stays there as entries are added.
enum LogScreen {
    /// Keys on the log: move (up is older), add progress or a special situation, edit, remove.
    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .log(let siteID, let date, var position) = state.screen else { return [] }
        let day = state.day(siteID, date)
        let count = day?.log.count ?? 0
        let visible = RegisterLayout.listHeight(state)
        // An entry may have been removed since the last key: keep the highlight on one that exists.
        position.clamp(count: count, visible: visible)
        switch action {
        case .back:
            AppUpdate.pop(&state)
            return []
        // Up goes to older entries: further from the newest.
        case .moveUp: position.move(by: 1, count: count, visible: visible)
        case .moveDown: position.move(by: -1, count: count, visible: visible)
        case .pageUp: position.move(by: visible, count: count, visible: visible)
        case .pageDown: position.move(by: -visible, count: count, visible: visible)
        case .first: position.move(by: count, count: count, visible: visible)
        case .last: position.move(by: -count, count: count, visible: visible)
        case .add, .addSituation:
            guard let day, writable(day, &state) else { break }
            state.prompt = PromptState(purpose: .register(.addLog(action == .add ? .progress : .situation, date: date)), fields: [TextField("", multiline: true)])
        case .edit, .open:
            guard let day, let entry = selected(day, position), writable(day, &state) else { break }
            state.prompt = PromptState(purpose: .register(.editLog(id: entry.id, date: date)), fields: [TextField(entry.text, multiline: true)])
        case .remove:
            guard let day, let entry = selected(day, position), writable(day, &state) else { break }
            state.prompt = PromptState(purpose: .register(.removeLog(id: entry.id, date: date)), fields: [])
        default: break
        }
        position.clamp(count: count, visible: visible)
        state.screen = .log(siteID: siteID, date: date, position)
        return []
    }

    /// The entry under the highlight.
    static func selected(_ day: WorkDay, _ position: ListPosition) -> LogEntry? {
        day.log[safe: day.log.count - 1 - position.selection]
    }

    /// Whether the day can still be changed; a closed day says why instead (nothing is typed in vain).
    private static func writable(_ day: WorkDay, _ state: inout AppState) -> Bool {
        guard day.isClosed else { return true }
        state.message = StatusMessage(DayWords.error(.dayClosed(day.state), state), .error)
        return false
    }

    /// Puts the highlight back on the newest entry (after one was added).
    static func selectNewest(_ state: inout AppState) {
        if case .log(let siteID, let date, _) = state.screen { state.screen = .log(siteID: siteID, date: date, ListPosition()) }
    }

    /// The chronological indices the list shows, oldest first.
    static func window(count: Int, _ position: ListPosition, visible: Int) -> ClosedRange<Int>? {
        guard count > 0 else { return nil }
        let last = max(0, count - 1 - position.scroll)
        return max(0, last - visible + 1)...last
    }
}
