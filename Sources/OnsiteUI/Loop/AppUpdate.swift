import OnsiteCore

/// The update half of the loop: `update(&state, event) -> [Effect]`. It never draws and never does I/O.
public enum AppUpdate {
    /// Applies one event to the state and says what must happen outside.
    public static func update(_ state: inout AppState, _ event: InputEvent, _ env: AppEnvironment) -> [Effect] {
        state.today = env.now.localDate
        switch event {
        case .resize(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
            if state.training != nil {
                state.training?.terminalHeight = state.height
                TrainingFlow.fit(&state)
            }
            return []
        case .terminate:
            return [.quit]
        case .paste(let text):
            return paste(text, into: &state)
        case .mouse(let mouse):
            if TrainingInput.panelShown(state) { return [] }
            let effects = MouseInput.handle(mouse, &state, env)
            TrainingFlow.observe(&state)
            return effects
        case .key(let key):
            return TrainingInput.handle(key, &state, env, next: handle)
        }
    }

    /// Opens the demo site on top of the welcome screen, creating it if it is missing.
    public static func openDemoSite(_ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        state.stack = [.welcome(ListPosition())]
        state.prompt = nil
        return WelcomeScreen.openDemo(&state, env)
    }

    /// Records the result of a save the loop performed.
    public static func saveFinished(_ state: inout AppState, siteID: String, error: StorageError?) {
        if let error {
            state.unsaved[siteID] = error
            state.message = StatusMessage(Messages.notSaved(error), .error)
        } else if state.unsaved.removeValue(forKey: siteID) != nil {
            state.message = StatusMessage(LocalizedText(en: "Saved. Everything is on disk again.", zh: "已保存,所有内容已写入磁盘。"), .success)
        }
    }

    /// Records the result of moving a site to the trash: gone from the list, or kept with the reason.
    public static func siteTrashed(_ state: inout AppState, siteID: String, error: StorageError?) {
        if let error {
            state.message = StatusMessage(Messages.storage(error), .error)
            return
        }
        let name = state.site(siteID).map { TextSanitizer.singleLine($0.profile.name) } ?? siteID
        state.sites.removeAll { $0.id == siteID }
        state.stack.removeAll { $0.siteID == siteID }
        if state.stack.isEmpty { state.stack = [.welcome(ListPosition())] }
        state.drafts.removeValue(forKey: siteID)
        state.message = StatusMessage(LocalizedText(en: "\(name) moved to the trash folder (nothing was deleted).",
                                                    zh: "\(name) 已移入回收站文件夹(没有删除任何记录)。"), .success)
    }

    private static func handle(_ key: Key, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        if key == .control("l") { return [.redrawAll] }
        if key == .control("q") || key == .control("c") { return requestQuit(&state) }
        if !state.loadProblems.isEmpty {
            if key == .character("q") { return requestQuit(&state) }
            if key == .enter || key == .escape || key == .character(" ") { state.loadProblems.removeFirst() }
            return []
        }
        if state.showingHelp {
            if [.escape, .enter, .character("?"), .character("q"), .function(1)].contains(key) { state.showingHelp = false }
            return []
        }
        if let confirm = state.confirm {
            return ConfirmInput.handle(key, confirm, &state, env)
        }
        if state.prompt != nil {
            return PromptInput.handle(key, &state, env)
        }
        if state.isTooSmall {
            return key == .character("q") ? requestQuit(&state) : []
        }
        let kind = state.screen.kind
        let typing = kind == .siteForm
        let action = KeyMap.action(for: key, on: kind, typing: typing)
        state.message = state.unsaved.isEmpty ? nil : state.message
        switch action {
        case .quit: return requestQuit(&state)
        case .help: state.showingHelp = true; return []
        case .switchLanguage:
            state.language = state.language.other
            return [.rememberLanguage(state.language)]
        case .siteRules:
            if let siteID = state.screen.siteID, state.screen.kind != .siteRules {
                state.stack.append(.siteRules(siteID: siteID, ListPosition()))
                return []
            }
        default: break
        }
        return guardReadOnly(&state) { state in screenHandle(key, action, &state, env) }
    }

    private static func screenHandle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        switch state.screen {
        case .welcome: return WelcomeScreen.handle(key, action, &state, env)
        case .siteForm: return SiteFormScreen.handle(key, action, &state, env)
        case .home: return HomeScreen.handle(action, &state)
        case .arrival: return ArrivalScreen.handle(action, &state, env)
        case .arrivalItem: return ArrivalItemScreen.handle(action, &state, env)
        case .siteRules: return SiteRulesScreen.handle(action, &state)
        case .days: return DaysScreen.handle(key, action, &state, env)
        case .day: return DayScreen.handle(key, action, &state, env)
        case .briefing: return BriefingScreen.handle(key, action, &state, env)
        case .log: return LogScreen.handle(key, action, &state, env)
        case .register: return RegisterScreen.handle(key, action, &state, env)
        case .problem: return ProblemScreen.handle(key, action, &state, env)
        case .cleanup: return CleanupScreen.handle(key, action, &state, env)
        case .review: return ReviewScreen.handle(key, action, &state, env)
        case .signature: return SignatureScreen.handle(key, action, &state, env)
        case .signPreview: return SignPreviewScreen.handle(key, action, &state, env)
        case .dashboard: return DashboardScreen.handle(action, &state)
        case .exit: return ExitScreen.handle(key, action, &state, env)
        case .exitStep: return ExitStepScreen.handle(key, action, &state, env)
        case .exitSignature: return ExitSignatureScreen.handle(key, action, &state, env)
        case .attachments: return AttachmentsScreen.handle(action, &state)
        }
    }

    /// A closed or archived site is read-only: any key that would change it or open a form to change it
    /// is refused with one message, and the screen stays as it was.
    private static func guardReadOnly(_ state: inout AppState, _ body: (inout AppState) -> [Effect]) -> [Effect] {
        guard let siteID = state.screen.siteID, state.site(siteID)?.isReadOnly == true else { return body(&state) }
        let before = state
        let effects = body(&state)
        let saves = effects.contains { effect in
            switch effect {
            case .saveSite(let site), .saveDay(let site, _): site.id == siteID
            default: false
            }
        }
        let opensForm = state.prompt.map { prompt in
            if case .export = prompt.purpose { return false }
            return prompt.purpose != .searchRules
        } ?? false
        let asks = state.confirm.map { $0 != .quitUnsaved } ?? false
        if saves || opensForm || asks {
            state = before
            state.message = StatusMessage(ExitWords.readOnly, .error)
            return []
        }
        return effects
    }

    /// Quits at once when everything is saved; asks first when a save has failed.
    static func requestQuit(_ state: inout AppState) -> [Effect] {
        if state.unsaved.isEmpty { return [.quit] }
        state.confirm = .quitUnsaved
        return []
    }

    private static func paste(_ text: String, into state: inout AppState) -> [Effect] {
        if var prompt = state.prompt, prompt.fields.indices.contains(prompt.focus) {
            if !prompt.fields[prompt.focus].insert(text) { state.message = StatusMessage(Messages.pasteCut, .error) }
            state.prompt = prompt
        } else if case .siteForm(var form) = state.screen, state.confirm == nil, !state.showingHelp {
            if !SiteFormScreen.insert(text, into: &form, state) { state.message = StatusMessage(Messages.pasteCut, .error) }
            state.screen = .siteForm(form)
        }
        return []
    }

    /// Leaves the current screen (never below the first).
    static func pop(_ state: inout AppState) {
        if state.stack.count > 1 { state.stack.removeLast() }
    }

    /// Changes a working day (and the site, whose index summarises the day) through a domain action,
    /// stores both and asks for a save. A refused action changes nothing and shows why.
    static func changeDay(
        _ siteID: String, _ date: LocalDate, _ state: inout AppState, _ body: (inout WorkDay, inout Site) throws -> Void
    ) -> [Effect] {
        guard var site = state.site(siteID), var day = state.day(siteID, date) else { return [] }
        do {
            try body(&day, &site)
        } catch {
            state.message = StatusMessage(Messages.describe(error, state), .error)
            return []
        }
        site.noteChanged(day)
        state.store(site)
        state.store(day)
        return [.saveDay(site, day)]
    }

    /// Changes a site through a domain action, stores it and asks for a save.
    static func change(
        _ siteID: String, _ state: inout AppState, _ body: (inout Site) throws -> Void
    ) -> [Effect] {
        guard var site = state.site(siteID) else { return [] }
        do {
            try body(&site)
        } catch {
            state.message = StatusMessage(Messages.describe(error, state), .error)
            return []
        }
        state.store(site)
        return [.saveSite(site)]
    }
}
