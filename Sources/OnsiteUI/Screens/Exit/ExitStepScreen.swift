import OnsiteCore

/// One exit step: what was recorded (the meeting, the result, the request) and its list
/// (findings, acceptances, handover, leftovers, the survey's scores).
enum ExitStepScreen {
    /// Rows above the list: title, hints, and the step's own lines.
    static func listTop(_ step: ExitStep) -> Int {
        switch step {
        case .preAcceptance: 6
        case .restoration: 5
        default: 4
        }
    }

    /// Rows of the list that fit.
    static func visible(_ state: AppState, _ step: ExitStep) -> Int { max(1, state.height - 3 - listTop(step)) }

    /// How many rows the step's list has.
    static func count(_ step: ExitStep, _ site: Site, _ state: AppState) -> Int {
        switch step {
        case .preAcceptance: site.findings.count
        case .formalAcceptance: site.exit.acceptances.count
        case .delivery: site.exit.handover.count
        case .leftovers: site.exit.leftovers.count
        case .survey: 1 + state.standard(for: site.id).satisfactionFactors.count
        case .restoration, .borrowings, .thanks: 0
        }
    }

    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .exitStep(let siteID, let step, var position) = state.screen, let site = state.site(siteID) else { return [] }
        let total = count(step, site, state)
        if position.apply(action, count: total, visible: visible(state, step)) {
            state.screen = .exitStep(siteID: siteID, step: step, position)
            return []
        }
        let selected = position.selection
        switch (step, action) {
        case (_, .back): AppUpdate.pop(&state)
        case (.preAcceptance, .edit): ExitPrompts.open(.preAcceptance, site, &state, env)
        case (.preAcceptance, .add):
            if site.exit.preAcceptance == nil { refuse(.noPreAcceptance, &state) } else { ExitPrompts.open(.finding, site, &state, env) }
        case (.preAcceptance, .open):
            if let finding = site.findings[safe: selected] {
                state.stack.append(.problem(siteID: siteID, problemID: finding.id, date: state.today, ListPosition()))
            }
        case (.formalAcceptance, .edit), (.formalAcceptance, .add):
            if site.exit.preAcceptance == nil { refuse(.noPreAcceptance, &state) }
            else if site.exit.delivery != nil { refuse(.alreadySigned, &state) }
            else { ExitPrompts.open(.acceptance, site, &state, env) }
        case (.delivery, .add), (.delivery, .addDocument):
            if site.exit.delivery != nil { refuse(.alreadySigned, &state) }
            else { ExitPrompts.open(.handover(action == .add ? .sparePart : .document), site, &state, env) }
        case (.delivery, .remove):
            guard let item = site.exit.handover[safe: selected] else { return [] }
            return AppUpdate.change(siteID, &state) { try $0.removeHandoverItem(item.id) }
        case (.delivery, .sign):
            if site.exit.delivery == nil, site.exit.acceptance?.result.isAccepted != true { refuse(.notAccepted, &state) }
            else if site.exit.delivery == nil, site.exit.handover.isEmpty { refuse(.nothingHandedOver, &state) }
            else { state.stack.append(.exitSignature(siteID: siteID, document: .delivery, SignaturePadState())) }
        case (.leftovers, .add): ExitPrompts.open(.leftover, site, &state, env)
        case (.leftovers, .toggle):
            guard let item = site.exit.leftovers[safe: selected] else { return [] }
            return AppUpdate.change(siteID, &state) { try $0.setLeftoverReturned(item.id, item.returnedAt == nil, at: env.now) }
        case (.leftovers, .countDone):
            return AppUpdate.change(siteID, &state) { try $0.setLeftoversCounted($0.exit.leftoversCountedAt == nil, at: env.now) }
        case (.leftovers, .remove):
            guard let item = site.exit.leftovers[safe: selected] else { return [] }
            return AppUpdate.change(siteID, &state) { try $0.removeLeftover(item.id) }
        case (.restoration, .edit):
            if site.exit.restoration != nil { refuse(.alreadySigned, &state) } else { ExitPrompts.open(.restorationRequest, site, &state, env) }
        case (.restoration, .sign):
            if site.exit.restoration == nil, site.exit.restorationRequest.isEmpty { refuse(.noRestorationRequest, &state) }
            else { state.stack.append(.exitSignature(siteID: siteID, document: .restoration, SignaturePadState())) }
        case (.survey, .handSurvey): ExitPrompts.open(.surveyHanded, site, &state, env)
        case (.survey, .comments):
            if site.exit.survey?.answers == nil { state.message = StatusMessage(ExitPromptError.levelFirst.text, .error) }
            else { ExitPrompts.open(.surveyComments, site, &state, env) }
        case (.survey, .score(let score)):
            return setScore(score, row: selected, site, &state, env)
        default: break
        }
        return []
    }

    private static func refuse(_ error: ExitError, _ state: inout AppState) {
        state.message = StatusMessage(ExitWords.error(error, state), .error)
    }

    /// 1–5 on the survey: the first row is the overall level, the others the key factors (level first).
    private static func setScore(_ score: Int, row: Int, _ site: Site, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard site.exit.survey != nil else { refuse(.surveyNotHanded, &state); return [] }
        let factors = state.standard(for: site.id).satisfactionFactors
        let answers = site.exit.survey?.answers
        if row > 0, answers == nil {
            state.message = StatusMessage(ExitPromptError.levelFirst.text, .error)
            return []
        }
        var level = answers?.level ?? score
        var scores = answers?.scores ?? []
        if row == 0 {
            level = score
        } else if let factor = factors[safe: row - 1] {
            scores.removeAll { $0.factor == factor }
            scores.append(FactorScore(factor: factor, score: score))
            scores.sort { (factors.firstIndex(of: $0.factor) ?? 0) < (factors.firstIndex(of: $1.factor) ?? 0) }
        }
        return AppUpdate.change(site.id, &state) {
            try $0.enterSurveyAnswers(level: level, scores: scores, comments: answers?.comments ?? "", at: env.now)
        }
    }
}
