import OnsiteCore

/// Keys while a small entry form is open, and what its submit does.
enum PromptInput {
    static func handle(_ key: Key, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        if case .register(let purpose) = prompt.purpose, let effects = RegisterOverlay.handle(key, purpose, &state, env) { return effects }
        if case .attach = prompt.purpose, key == .tab, prompt.focus == 0 {
            AttachActions.complete(&state, env)
            return []
        }
        switch KeyMap.action(for: key, on: .prompt, typing: true) {
        case .back:
            state.prompt = nil
            return []
        case .open, .save:
            return submit(prompt, &state, env)
        case .nextPane, .moveDown:
            prompt.focus = (prompt.focus + 1) % max(1, prompt.fields.count)
        case .previousPane, .moveUp:
            prompt.focus = (prompt.focus - 1 + prompt.fields.count) % max(1, prompt.fields.count)
        default:
            if prompt.fields.indices.contains(prompt.focus) { _ = prompt.fields[prompt.focus].handle(key) }
        }
        state.prompt = prompt
        return []
    }

    private static func submit(_ prompt: PromptState, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        if let outcome = submitDayPrompt(prompt, &state, env) {
            switch outcome {
            case .done(let effects):
                // A submit may open another form (a second step); keep that one.
                if state.prompt?.purpose == prompt.purpose { state.prompt = nil }
                return effects
            case .refused(let reason):
                var kept = state.prompt?.purpose == prompt.purpose ? state.prompt ?? prompt : prompt
                kept.problem = reason
                state.prompt = kept
                return []
            }
        }
        guard let siteID = state.screen.siteID, var site = state.site(siteID) else { state.prompt = nil; return [] }
        let values = prompt.fields.map(\.text)
        let value = values.first ?? ""
        let second = values.dropFirst().first ?? ""
        let standard = state.currentStandard
        var effects: [Effect] = []
        var refused: LocalizedText?
        do {
            switch prompt.purpose {
            case .note(let id): if let item = standard.arrivalItem(id) { try site.setNote(value, for: item) }
            case .notApplicable(let id): if let item = standard.arrivalItem(id) { try site.markNotApplicable(item, reason: value, at: env.now) }
            case .addRule: try site.addClientRule(value, id: env.ids.makeID(), at: env.now)
            case .editRule(let id): try site.editClientRule(id, text: value, at: env.now)
            case .workArea: try site.setWorkArea(value)
            case .storageArea: try site.setStorageArea(value)
            case .addCustody: try site.saveCustody(Custody(id: env.ids.makeID(), items: value, responsible: second))
            case .editCustody(let id): try site.saveCustody(Custody(id: id, items: value, responsible: second))
            case .addLiaison, .editLiaison, .searchRules, .day, .briefing, .register, .endOfDay, .exit, .export, .attach: break
            }
            switch prompt.purpose {
            case .addLiaison, .editLiaison:
                refused = LiaisonEditing.save(prompt.purpose, values, siteID, &state, env, &effects)
            default:
                state.store(site)
                effects = [.saveSite(site)]
            }
        } catch {
            refused = Messages.describe(error, state)
        }
        if let refused {
            var kept = prompt
            kept.problem = refused
            state.prompt = kept
            return []
        }
        state.prompt = nil
        return effects
    }

    /// The forms of the working-day screens, each submitted by its own screen family.
    private static func submitDayPrompt(_ prompt: PromptState, _ state: inout AppState, _ env: AppEnvironment) -> PromptOutcome? {
        let values = prompt.fields.map(\.text)
        switch prompt.purpose {
        case .searchRules:
            state.rulesSearch = TextSanitizer.singleLine(values.first ?? "").trimmingCharacters(in: .whitespaces)
            if case .siteRules(let siteID, _) = state.screen { state.screen = .siteRules(siteID: siteID, ListPosition()) }
            return .done([])
        case .day(let purpose): return DayPrompts.submit(purpose, values, &state, env)
        case .briefing(let purpose): return BriefingPrompts.submit(purpose, values, &state, env)
        case .register(let purpose): return RegisterPrompts.submit(purpose, values, &state, env)
        case .endOfDay(let purpose): return EndOfDayPrompts.submit(purpose, values, &state, env)
        case .exit(let purpose): return ExitPrompts.submit(purpose, values, &state, env)
        case .export(let purpose): return ExportPrompts.submit(purpose, values, &state)
        case .attach(let purpose): return AttachActions.submit(purpose, values, &state)
        default: return nil
        }
    }
}
