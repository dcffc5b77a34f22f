import OnsiteCore

/// Keys while the sandbox runs: the clicker keys and F5/F6 go to the walkthrough, its panels take every key,
/// and everything else goes to the real screens, after which the step is checked again.
enum TrainingInput {
    typealias Next = (Key, inout AppState, AppEnvironment) -> [Effect]

    static func handle(_ key: Key, _ state: inout AppState, _ env: AppEnvironment, next: Next) -> [Effect] {
        guard let training = state.training else { return next(key, &state, env) }
        let busy = state.prompt != nil || state.confirm != nil || state.showingHelp || !state.loadProblems.isEmpty || state.isTooSmall
        if busy || key == .control("l") || key == .control("q") || key == .control("c") {
            let effects = next(key, &state, env)
            TrainingFlow.observe(&state)
            return effects
        }
        switch training.panel {
        case .off, .step:
            if let action = presenterAction(key, state), handlePresenter(action, &state) { return [] }
            let effects = next(key, &state, env)
            TrainingFlow.observe(&state)
            return effects
        case .menu(let selection):
            return menu(key, selection, &state, env, next: next)
        case .name(var field, let chapter):
            let action = KeyMap.action(for: key, on: .prompt, typing: true)
            if action == .back { state.training?.panel = .menu(chapter); return [] }
            if key == .enter {
                let name = TextSanitizer.singleLine(field.text).trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else {
                    state.message = StatusMessage(TrainingFlow.t("Type the trainee's name first.", "请先输入学员姓名。"), .error)
                    return []
                }
                state.training?.trainee = name
                state.message = nil
                TrainingFlow.begin(chapter: chapter, &state)
                return []
            }
            _ = field.handle(key)
            state.training?.panel = .name(field, chapter: chapter)
            return []
        case .quiz(let progress):
            return TrainingQuiz.handle(key, progress, &state, env, next: next)
        case .result:
            return TrainingQuiz.handleResult(key, &state, env, next: next)
        case .confirmReset:
            switch KeyMap.action(for: key, on: .chapterMenu, typing: false) {
            case .open: return TrainingFlow.reset(&state, env)
            case .back: state.training?.panel = .menu(0)
            default: break
            }
            return []
        }
    }

    /// Whether a walkthrough panel (chapters, name, quiz, result) covers the screens: the mouse does not reach them then.
    static func panelShown(_ state: AppState) -> Bool {
        guard let panel = state.training?.panel else { return false }
        return panel != .off && panel != .step
    }

    /// The walkthrough action of a key over the real screens, if it is one (arrows stay with a form's text).
    private static func presenterAction(_ key: Key, _ state: AppState) -> Action? {
        guard let action = KeyMap.action(for: key, on: .walkthrough, typing: false),
              [.nextStep, .previousStep, .chapterMenu, .resizeBox].contains(action) else { return nil }
        if state.screen.kind == .siteForm, key == .left || key == .right { return nil }
        if state.training?.panel == .off, action != .chapterMenu { return nil }
        return action
    }

    private static func handlePresenter(_ action: Action, _ state: inout AppState) -> Bool {
        guard var training = state.training else { return false }
        switch action {
        case .nextStep: TrainingFlow.next(&state)
        case .previousStep: TrainingFlow.previous(&state)
        case .chapterMenu:
            training.panel = .menu(training.baseline == nil ? 0 : training.chapter)
            state.training = training
            TrainingFlow.fit(&state)
        case .resizeBox:
            training.box = switch training.box {
            case .compact: .full
            case .full: .hidden
            case .hidden: .compact
            }
            state.training = training
            TrainingFlow.fit(&state)
        default: return false
        }
        return true
    }

    /// The chapter menu: the chapters, then "reset the sandbox", then "leave the walkthrough".
    private static func menu(_ key: Key, _ selection: Int, _ state: inout AppState, _ env: AppEnvironment, next: Next) -> [Effect] {
        guard let training = state.training else { return [] }
        let count = training.chapters.count + 2
        let action = KeyMap.action(for: key, on: .chapterMenu, typing: false)
        switch action {
        case .moveUp, .previousStep: state.training?.panel = .menu(max(0, selection - 1))
        case .moveDown: state.training?.panel = .menu(min(count - 1, selection + 1))
        case .open, .nextStep:
            if selection < training.chapters.count {
                state.training?.panel = .name(TextField(training.trainee), chapter: selection)
            } else if selection == training.chapters.count {
                state.training?.panel = .confirmReset
            } else {
                leave(&state)
            }
        case .resetSandbox: state.training?.panel = .confirmReset
        case .back, .chapterMenu:
            if training.baseline != nil, training.currentStep != nil {
                state.training?.panel = .step
                TrainingFlow.fit(&state)
            } else {
                leave(&state)
            }
        case .switchLanguage, .quit, .help: return next(key, &state, env)
        default: break
        }
        return []
    }

    /// Ends the walkthrough; the sandbox stays open for free practice (F5 brings the chapters back).
    static func leave(_ state: inout AppState) {
        state.training?.panel = .off
        state.training?.baseline = nil
        state.training?.notice = nil
        TrainingFlow.fit(&state)
    }
}
