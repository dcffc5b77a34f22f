import OnsiteCore

/// Where the mouse is on the log, a register or a problem: list rows counted top to bottom as drawn
/// (Down moves one row lower on all three, so `MouseInput` can walk from the highlight to the row clicked).
enum RegisterMouse {
    /// The row under a screen line, counted from the top of the list, if a row is there.
    static func index(at line: Int, _ state: AppState) -> Int? {
        let offset = line - (1 + RegisterLayout.listTop)
        guard offset >= 0, offset < RegisterLayout.listHeight(state) else { return nil }
        switch state.screen {
        case .log(let siteID, let date, let position):
            let count = state.day(siteID, date)?.log.count ?? 0
            var clamped = position
            clamped.clamp(count: count, visible: RegisterLayout.listHeight(state))
            guard let window = LogScreen.window(count: count, clamped, visible: RegisterLayout.listHeight(state)) else { return nil }
            let index = window.lowerBound + offset
            return window.contains(index) ? index : nil
        case .register(let siteID, let kind, _, let position):
            guard let site = state.siteWithHistory(siteID) else { return nil }
            let index = position.scroll + offset
            return RegisterScreen.entries(kind, site).indices.contains(index) ? index : nil
        case .problem(let siteID, let id, _, let position):
            guard let problem = ProblemScreen.problem(siteID, id, state) else { return nil }
            let index = position.scroll + offset
            return ProblemScreen.rows(problem).indices.contains(index) ? index : nil
        default:
            return nil
        }
    }

    /// The highlighted row, counted the same way.
    static func current(_ state: AppState) -> Int? {
        switch state.screen {
        case .log(let siteID, let date, let position):
            let count = state.day(siteID, date)?.log.count ?? 0
            return count > 0 ? count - 1 - min(position.selection, count - 1) : nil
        case .register(_, _, _, let position), .problem(_, _, _, let position): return position.selection
        default: return nil
        }
    }
}
