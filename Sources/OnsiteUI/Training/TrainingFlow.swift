import OnsiteCore

/// The walkthrough's logic, pure like the rest of the update: starting chapters, moving between steps,
/// checking each step on the sandbox, and the quiz.
enum TrainingFlow {
    static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    /// Starts the sandbox: the practice site is created when missing, and the chapter menu opens.
    static func start(_ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard var training = state.training else { return [] }
        training.panel = .menu(0)
        training.terminalHeight = state.height
        state.training = training
        fit(&state)
        return ensureSite(&state, env)
    }

    /// The practice site, created in the interface's language when the sandbox has none.
    static func ensureSite(_ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard state.site(TrainingSandbox.siteID) == nil else { return [] }
        let site = TrainingSandbox.makeSite(standard: state.standard, clock: env.clock, ids: env.ids, language: state.language)
        state.store(site)
        return [.saveSite(site)]
    }

    /// Empties the sandbox and creates a fresh practice site; the scores are kept.
    static func reset(_ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        state.sites = []
        state.forgetLoadedDays()
        state.stack = [.welcome(ListPosition())]
        state.drafts = [:]
        state.unsaved = [:]
        state.training?.panel = .menu(0)
        state.message = StatusMessage(t("The sandbox was reset: a fresh practice site; the scores are kept.",
                                        "沙盒已重置:新的练习现场;成绩保留。"), .success)
        fit(&state)
        return [.resetSandbox] + ensureSite(&state, env)
    }

    /// Gives the screens the rows above the step box.
    static func fit(_ state: inout AppState) {
        guard let training = state.training else { return }
        state.height = training.terminalHeight - training.boxRows
    }

    /// Where the trainee is now, and what the practice site holds.
    static func snapshot(_ state: AppState) -> TrainingSnapshot {
        let siteID = state.screen.siteID ?? TrainingSandbox.siteID
        let site = state.site(siteID)
        let day = site.flatMap { state.day($0.id, state.screen.dayDate ?? state.today) }
        return TrainingSnapshot(screen: screenName(state.screen.kind), site: site, day: day)
    }

    /// The name a walkthrough file uses for a screen.
    static func screenName(_ kind: ScreenKind) -> TrainingScreen? {
        switch kind {
        case .welcome: .welcome
        case .home: .home
        case .arrival: .arrival
        case .arrivalItem: .arrivalItem
        case .siteRules: .siteRules
        case .days: .days
        case .day: .day
        case .briefing: .briefing
        case .log: .log
        case .register: .register
        case .problem: .problem
        case .cleanup: .cleanup
        case .review: .review
        case .signPreview: .signPreview
        case .signature: .signature
        case .dashboard: .dashboard
        case .exit: .exit
        case .exitStep: .exitStep
        case .exitSignature: .exitSignature
        case .siteForm, .prompt, .walkthrough, .quiz, .chapterMenu, .attachments: nil
        }
    }

    /// Opens a chapter at its first step.
    static func begin(chapter index: Int, _ state: inout AppState) {
        guard var training = state.training, training.chapters.indices.contains(index) else { return }
        training.chapter = index
        training.panel = .step
        state.training = training
        go(to: 0, &state)
    }

    /// Shows a step of the running chapter; the sandbox as it is now is what the step counts from.
    static func go(to step: Int, _ state: inout AppState) {
        guard var training = state.training else { return }
        training.step = step
        training.baseline = snapshot(state)
        training.lastScreen = training.baseline?.screen
        training.skipArmed = false
        training.notice = nil
        state.training = training
        fit(&state)
        observe(&state)
    }

    /// Whether the running step is done, with what is missing.
    static func check(_ state: AppState) -> ConditionCheck? {
        guard let training = state.training, training.panel == .step, let step = training.currentStep, let baseline = training.baseline else { return nil }
        return step.check(snapshot(state), since: baseline)
    }

    /// After the trainee acted in the real screens: says when the step is done, or that they went somewhere else.
    static func observe(_ state: inout AppState) {
        guard var training = state.training, training.panel == .step, let step = training.currentStep, let result = check(state) else { return }
        let now = snapshot(state).screen
        if result.met {
            training.notice = StatusMessage(t("Done. PgDn or → goes on.", "完成。按 PgDn 或 → 继续。"), .success)
            training.skipArmed = false
        } else if let wanted = step.screen, now != training.lastScreen, now != wanted, let now {
            training.notice = StatusMessage(LocalizedText(
                en: "You opened \(now.title.en); this step is done on \(wanted.title.en). Esc goes back.",
                zh: "你打开了\(now.title.zh);这一步要在\(wanted.title.zh)完成。按 Esc 返回。"), .error)
        } else if now != training.lastScreen, training.notice?.kind == .error {
            training.notice = nil
        }
        training.lastScreen = now
        state.training = training
    }

    /// PgDn: the next step when this one is done; otherwise says what is missing, and a second PgDn skips it.
    static func next(_ state: inout AppState) {
        guard var training = state.training, let chapter = training.currentChapter, let result = check(state) else { return }
        if !result.met && !training.skipArmed {
            let missing = result.missing ?? t("This step is not done yet.", "这一步还没有完成。")
            training.notice = StatusMessage(LocalizedText(
                en: "Not done yet: \(missing.en) (PgDn again skips this step.)",
                zh: "尚未完成:\(missing.zh)(再按一次 PgDn 跳过这一步。)"), .error)
            training.skipArmed = true
            state.training = training
            return
        }
        if training.step + 1 < chapter.steps.count {
            go(to: training.step + 1, &state)
        } else {
            finishSteps(&state)
        }
    }

    /// PgUp: the step before (the first step stays).
    static func previous(_ state: inout AppState) {
        guard let training = state.training else { return }
        if training.step > 0 { go(to: training.step - 1, &state) }
    }

    /// After the last step: the quiz, or the next chapter's menu entry when there is none.
    static func finishSteps(_ state: inout AppState) {
        guard var training = state.training, let chapter = training.currentChapter else { return }
        training.panel = chapter.quiz.isEmpty ? .menu(min(training.chapter + 1, training.chapters.count - 1)) : .quiz(QuizProgress())
        state.training = training
        fit(&state)
    }
}
