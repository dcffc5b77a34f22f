import OnsiteCore

/// The view half of the loop: draws the state into a grid. It never changes the state.
public enum AppView {
    /// The whole frame for the current state.
    public static func render(_ state: AppState) -> Grid {
        if state.training != nil { return TrainingView.render(state) }
        return renderScreens(state)
    }

    /// The frame of the screens and their overlays (the training walkthrough draws around it).
    static func renderScreens(_ state: AppState, gridHeight: Int? = nil) -> Grid {
        var grid = Grid(width: state.width, height: gridHeight ?? state.height)
        if state.isTooSmall {
            renderTooSmall(state, into: &grid)
            return grid
        }
        titleBar(state, into: &grid)
        let content = Rect(column: 0, row: 1, width: state.width, height: state.height - 3)
        switch state.screen {
        case .welcome(let position): WelcomeScreen.render(state, position, into: &grid, content)
        case .siteForm(let form): SiteFormScreen.render(state, form, into: &grid, content)
        case .home(let siteID, let position): HomeScreen.render(state, siteID, position, into: &grid, content)
        case .arrival(let siteID, let position): ArrivalScreen.render(state, siteID, position, into: &grid, content)
        case .arrivalItem(let siteID, let itemID, let position):
            ArrivalItemScreen.render(state, siteID, itemID, position, into: &grid, content)
        case .siteRules(let siteID, let position): SiteRulesScreen.render(state, siteID, position, into: &grid, content)
        case .days: DaysScreen.render(state, state.screen, into: &grid, content)
        case .day: DayScreen.render(state, state.screen, into: &grid, content)
        case .briefing: BriefingScreen.render(state, state.screen, into: &grid, content)
        case .log: LogScreen.render(state, state.screen, into: &grid, content)
        case .register: RegisterScreen.render(state, state.screen, into: &grid, content)
        case .problem: ProblemScreen.render(state, state.screen, into: &grid, content)
        case .cleanup: CleanupScreen.render(state, state.screen, into: &grid, content)
        case .review: ReviewScreen.render(state, state.screen, into: &grid, content)
        case .signature: SignatureScreen.render(state, state.screen, into: &grid, content)
        case .signPreview: SignPreviewScreen.render(state, state.screen, into: &grid, content)
        case .dashboard(let siteID, let position): DashboardScreen.render(state, siteID, position, into: &grid, content)
        case .exit(let siteID, let position): ExitScreen.render(state, siteID, position, into: &grid, content)
        case .exitStep(let siteID, let step, let position): ExitStepScreen.render(state, siteID, step, position, into: &grid, content)
        case .exitSignature(let siteID, let kind, let pad): ExitSignatureScreen.render(state, siteID, kind, pad, into: &grid, content)
        case .attachments: AttachmentsScreen.render(state, state.screen, into: &grid, content)
        }
        messageLine(state, into: &grid)
        keyBar(state, state.prompt == nil ? state.screen.kind : .prompt, into: &grid)
        if let prompt = state.prompt { PromptView.render(state, prompt, into: &grid) }
        if let confirm = state.confirm { ConfirmView.render(state, confirm, into: &grid) }
        if state.showingHelp { HelpView.render(state, into: &grid) }
        if let problem = state.loadProblems.first { LoadProblemView.render(state, problem, into: &grid) }
        return grid
    }

    private static func titleBar(_ state: AppState, into grid: inout Grid) {
        grid.fill(column: 0, row: 0, width: state.width, height: 1, role: .statusBar)
        var left = " Onsite"
        if let siteID = state.screen.siteID, let site = state.site(siteID) {
            left += " · " + TextSanitizer.singleLine(site.profile.name)
        }
        let right = "\(state.today.isoText)  \(state.language == .english ? "EN" : "中文") "
        let banner = state.training == nil ? 8 : TextWidth.cells(of: state.t(" TRAINING · DEMO ", " 培训 · 演示 ")) + 2
        var used = grid.put(TextWidth.truncate(left, to: state.width - TextWidth.cells(of: right) - banner), column: 0, row: 0, role: .statusBar)
        if state.training != nil {
            used += grid.put(state.t(" TRAINING · DEMO ", " 培训 · 演示 "), column: used + 1, row: 0, role: .warning)
        } else if let siteID = state.screen.siteID, state.site(siteID)?.isDemo == true {
            used += grid.put(" DEMO ", column: used + 1, row: 0, role: .warning)
        }
        if let siteID = state.screen.siteID, let site = state.site(siteID), site.isReadOnly {
            let word = site.closedAt != nil ? state.t(" CLOSED · read-only ", " 已关闭 · 只读 ") : state.t(" ARCHIVED · read-only ", " 已归档 · 只读 ")
            if used + 2 + TextWidth.cells(of: word) + TextWidth.cells(of: right) <= state.width { grid.put(word, column: used + 1, row: 0, role: .muted) }
        }
        grid.put(right, column: state.width - TextWidth.cells(of: right), row: 0, role: .statusBar)
    }

    private static func messageLine(_ state: AppState, into grid: inout Grid) {
        let row = state.height - 2
        if let unsaved = state.unsaved.values.first, state.message == nil {
            grid.put(" " + Messages.notSaved(unsaved).text(in: state.language), column: 0, row: row, role: .error, maxWidth: state.width)
            return
        }
        guard let message = state.message else { return }
        let role: StyleRole = switch message.kind {
        case .info: .accent
        case .success: .success
        case .error: .error
        }
        grid.put(" " + TextWidth.truncate(message.text.text(in: state.language), to: state.width - 1), column: 0, row: row, role: role)
    }

    /// The bottom bar: the keys that matter on this screen, from the key table.
    static func keyBar(_ state: AppState, _ kind: ScreenKind, into grid: inout Grid) {
        let row = state.height - 1
        grid.fill(column: 0, row: row, width: state.width, height: 1, role: .statusBar)
        var column = 1
        for binding in KeyMap.bar(for: kind) {
            let label = binding.label
            let text = binding.short.text(in: state.language)
            let needed = TextWidth.cells(of: label) + 1 + TextWidth.cells(of: text) + 2
            if column + needed > state.width { break }
            column += grid.put(label, column: column, row: row, role: .statusKey)
            column += 1
            column += grid.put(text, column: column, row: row, role: .statusBar)
            column += 2
        }
    }

    private static func renderTooSmall(_ state: AppState, into grid: inout Grid) {
        let text = state.t(
            "Terminal too small (\(state.width)×\(state.height)). Onsite needs \(AppState.minimumWidth)×\(AppState.minimumHeight). Enlarge the window; q quits.",
            "终端窗口太小(\(state.width)×\(state.height))。Onsite 至少需要 \(AppState.minimumWidth)×\(AppState.minimumHeight)。请放大窗口;按 q 退出。")
        grid.paragraph(text, in: Rect(column: 0, row: 0, width: state.width, height: state.height), role: .warning)
    }
}
