import OnsiteCore

/// Mouse support: a click selects a row (a click on the selected row opens it); the wheel moves.
enum MouseInput {
    static func handle(_ mouse: MouseEvent, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard state.mouseEnabled, state.prompt == nil, state.confirm == nil, !state.showingHelp,
              state.loadProblems.isEmpty, !state.isTooSmall else { return [] }
        if state.screen.kind == .signature { return SignatureScreen.handleMouse(mouse, &state) }
        if state.screen.kind == .exitSignature { return ExitSignatureScreen.handleMouse(mouse, &state) }
        switch mouse.kind {
        case .wheelUp: return AppUpdate.update(&state, .key(.up), env)
        case .wheelDown: return AppUpdate.update(&state, .key(.down), env)
        case .press: break
        case .release, .drag: return []
        }
        if case .briefing = state.screen { return BriefingScreen.click(row: mouse.row, &state, env) }
        guard let target = index(at: mouse.row, state) else { return [] }
        let current: Int
        switch state.screen {
        case .welcome(let p), .home(_, let p), .arrival(_, let p), .arrivalItem(_, _, let p), .cleanup(_, _, let p),
             .days(_, let p), .day(_, _, let p), .exit(_, let p), .exitStep(_, _, let p): current = p.selection
        case .log, .register, .problem:
            guard let selected = RegisterMouse.current(state) else { return [] }
            current = selected
        default: return []
        }
        if target == current { return AppUpdate.update(&state, .key(.enter), env) }
        let delta = target - current
        var effects: [Effect] = []
        for _ in 0..<abs(delta) { effects += AppUpdate.update(&state, .key(delta > 0 ? .down : .up), env) }
        return effects
    }

    /// The list index under a screen row, if a selectable row is there.
    private static func index(at row: Int, _ state: AppState) -> Int? {
        let contentTop = 1
        switch state.screen {
        case .welcome(let p):
            let index = p.scroll + row - (contentTop + WelcomeScreen.listTop)
            return WelcomeScreen.entries(state).indices.contains(index) ? index : nil
        case .home:
            let index = row - (contentTop + HomeScreen.listTop)
            return HomeScreen.Entry.allCases.indices.contains(index) ? index : nil
        case .arrival(_, let p):
            let rowIndex = p.scroll + row - (contentTop + ArrivalScreen.listTop)
            let rows = ArrivalScreen.rows(state.currentStandard)
            guard row - (contentTop + ArrivalScreen.listTop) < ArrivalScreen.listHeight(state), rows.indices.contains(rowIndex),
                  case .item(_, let index) = rows[rowIndex] else { return nil }
            return index
        case .arrivalItem(let siteID, let itemID, let p):
            guard let site = state.site(siteID), let item = state.currentStandard.arrivalItem(itemID) else { return nil }
            let index = p.scroll + row - (contentTop + ArrivalItemScreen.headerHeight)
            return ArrivalItemScreen.entries(site, item).indices.contains(index) ? index : nil
        case .days(let siteID, let p):
            guard let site = state.site(siteID) else { return nil }
            let index = p.scroll + row - (contentTop + DaysScreen.listTop)
            return row >= contentTop + DaysScreen.listTop && DaysScreen.row(index, of: site) != nil ? index : nil
        case .day(let siteID, let date, let p):
            guard state.day(siteID, date) != nil else { return nil }
            let index = p.scroll + row - (contentTop + DayScreen.listTop)
            return row >= contentTop + DayScreen.listTop && DayScreen.Entry.allCases.indices.contains(index) ? index : nil
        case .cleanup(_, _, let p):
            let index = p.scroll + row - (contentTop + CleanupScreen.listTop)
            guard (0..<CleanupScreen.listHeight(state)).contains(row - (contentTop + CleanupScreen.listTop)) else { return nil }
            return state.currentStandard.cleanup.indices.contains(index) ? index : nil
        case .log, .register, .problem:
            return RegisterMouse.index(at: row, state)
        case .exit:
            let index = row - (contentTop + ExitScreen.listTop)
            return (0..<ExitScreen.rowCount).contains(index) ? index : nil
        case .exitStep(let siteID, let step, let p):
            guard let site = state.site(siteID), row >= contentTop + ExitStepScreen.listTop(step) else { return nil }
            let index = p.scroll + row - (contentTop + ExitStepScreen.listTop(step))
            return (0..<ExitStepScreen.count(step, site, state)).contains(index) ? index : nil
        default:
            return nil
        }
    }
}
