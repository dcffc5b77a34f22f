import OnsiteCore

extension RegisterPrompts {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    /// Saves what a form says through the domain; a refusal keeps the form open with the reason.
    static func submit(_ prompt: RegisterPrompt, _ values: [String], _ state: inout AppState, _ env: AppEnvironment) -> PromptOutcome {
        guard let siteID = state.screen.siteID else { return .done([]) }
        let value = { (index: Int) in values[safe: index] ?? "" }
        if let missing = missing(prompt, values, state) { return .refused(missing) }
        switch prompt {
        case .addLog(let kind, let date):
            let id = env.ids.makeID()
            let outcome = PromptOutcome.from(AppUpdate.changeDay(siteID, date, &state) { day, _ in
                try day.addLogEntry(kind, text: value(0), id: id, at: env.now)
            }, &state)
            if case .done = outcome { LogScreen.selectNewest(&state) }
            return outcome
        case .editLog(let id, let date):
            return PromptOutcome.from(AppUpdate.changeDay(siteID, date, &state) { day, _ in try day.editLogEntry(id, text: value(0)) }, &state)
        case .removeLog(let id, let date):
            return PromptOutcome.from(AppUpdate.changeDay(siteID, date, &state) { day, _ in try day.removeLogEntry(id) }, &state)
        case .addProblem(let date):
            guard let severity = RegisterWords.parseSeverity(value(1)) else { return .refused(severityHelp(value(1), state)) }
            let id = env.ids.makeID()
            return added(id, change(siteID, &state) {
                try $0.addProblem(value(0), severity: severity, day: date, id: id, at: env.now, proposedSolution: value(2), owner: value(3))
            }, &state)
        case .editProblem(let id):
            guard let severity = RegisterWords.parseSeverity(value(1)) else { return .refused(severityHelp(value(1), state)) }
            if let why = ProblemScreen.whyLocked(id, state) { return .refused(why) }
            return change(siteID, &state) { try $0.editProblem(id, description: value(0), severity: severity, proposedSolution: value(2), owner: value(3)) }
        case .reportProblem(let id, let to, let channel):
            let now = env.now
            guard let at = RegisterWords.moment(on: now.localDate, at: value(1), offset: now) else {
                return .refused(DayWords.error(.badClockTime(value(1)), state))
            }
            if at > now { return .refused(laterThanNow(now)) }
            return change(siteID, &state) { try $0.reportProblem(id, to: to, who: value(0), channel: channel, at: at) }
        case .confirmProblem(let id):
            return change(siteID, &state) { try $0.setProblemStatus(id, .confirmed, confirmedBy: value(0), at: env.now) }
        case .reopenProblem(let id):
            return change(siteID, &state) { try $0.setProblemStatus(id, .open, at: env.now) }
        case .problemDeadlines(let id):
            guard let followUp = Int(RegisterWords.trimmed(value(0))) else { return .refused(DayWords.error(.badNumber(value(0)), state)) }
            guard let solve = Int(RegisterWords.trimmed(value(1))) else { return .refused(DayWords.error(.badNumber(value(1)), state)) }
            return change(siteID, &state) { try $0.setProblemDeadlines(id, followUpDays: followUp, solveDays: solve) }
        case .addExtraWork(let date):
            let now = env.now
            guard let at = RegisterWords.moment(on: date, at: value(3), offset: now) else { return .refused(DayWords.error(.badClockTime(value(3)), state)) }
            if at > now { return .refused(laterThanNow(now)) }
            let id = env.ids.makeID()
            return added(id, change(siteID, &state) {
                try $0.addExtraWork(value(0), quantity: value(1), requestedBy: value(2), day: date, id: id, at: at)
            }, &state)
        case .removeExtraWork(let id):
            return change(siteID, &state) { try $0.removeExtraWork(id) }
        case .borrow:
            let id = env.ids.makeID()
            return added(id, change(siteID, &state) { try $0.borrow(value(0), from: value(1), condition: value(2), id: id, at: env.now) }, &state)
        case .returnBorrowing(let id):
            return added(id, change(siteID, &state) { try $0.returnBorrowing(id, condition: value(0), at: env.now) }, &state)
        case .addShortage:
            let id = env.ids.makeID()
            return added(id, change(siteID, &state) {
                try $0.addShortage(value(0), quantity: value(1), neededBy: RegisterWords.trimmed(value(2)), id: id, at: env.now)
            }, &state)
        case .conductNote(let crewID, let kind, let reference, let date):
            let id = env.ids.makeID()
            return added(id, change(siteID, &state) {
                try $0.addConduct(kind, crewMemberID: crewID, reference: reference, note: value(0), day: date, id: id, at: env.now)
            }, &state)
        case .conductOther(let crewID, let kind, let date):
            let id = env.ids.makeID()
            return added(id, change(siteID, &state) {
                try $0.addConduct(kind, crewMemberID: crewID, reference: value(0), note: value(1), day: date, id: id, at: env.now)
            }, &state)
        case .pick:
            return .done([])
        }
    }

    /// A site change as a form outcome.
    private static func change(_ siteID: String, _ state: inout AppState, _ body: (inout Site) throws -> Void) -> PromptOutcome {
        PromptOutcome.from(AppUpdate.change(siteID, &state, body), &state)
    }

    /// After an entry was saved, the register's list selects it.
    private static func added(_ id: String, _ outcome: PromptOutcome, _ state: inout AppState) -> PromptOutcome {
        if case .done = outcome { RegisterScreen.select(id, &state) }
        return outcome
    }

    /// The required fields left empty, named; nil when all are filled.
    private static func missing(_ prompt: RegisterPrompt, _ values: [String], _ state: AppState) -> LocalizedText? {
        if case .confirmProblem = prompt, RegisterWords.trimmed(values[safe: 0] ?? "").isEmpty { return DayWords.error(.emptyName, state) }
        let required: [Int] = switch prompt {
        case .addLog, .editLog: [0]
        case .addProblem, .editProblem: [0]
        case .reportProblem: [0]
        case .addExtraWork: [0, 1, 2]
        case .borrow: [0, 1, 2]
        case .returnBorrowing: [0]
        case .addShortage: [0, 1]
        case .conductOther: [0]
        default: []
        }
        let empty = required.filter { RegisterWords.trimmed(values[safe: $0] ?? "").isEmpty }
        guard !empty.isEmpty else { return nil }
        if case .addLog = prompt { return t("Type what happened first: the entry is empty.", "请先填写内容:记录是空的。") }
        if case .editLog = prompt { return t("The entry cannot be empty: to take it out, remove it (x).", "记录不能为空;如要删除,请按 x。") }
        if case .addProblem = prompt { return t("Describe the problem first: the description is required.", "请先描述问题:问题描述为必填。") }
        if case .editProblem = prompt { return t("The description cannot be empty.", "问题描述不能为空。") }
        let english = labels(prompt, state.with(.english))
        let chinese = labels(prompt, state.with(.chinese))
        return t("Please fill in: " + empty.map { english[safe: $0] ?? "" }.joined(separator: ", ") + ".",
                 "请填写:" + empty.map { chinese[safe: $0] ?? "" }.joined(separator: "、") + "。")
    }

    /// Why a typed severity was not understood, with the choices.
    private static func severityHelp(_ typed: String, _ state: AppState) -> LocalizedText {
        let cases = ProblemSeverity.allCases
        return t("Severity \"\(RegisterWords.oneLine(typed))\" not understood: type " + RegisterWords.numbered(cases, RegisterWords.severity, .english) + ".",
                 "无法识别严重程度“\(RegisterWords.oneLine(typed))”,请输入 " + RegisterWords.numbered(cases, RegisterWords.severity, .chinese) + "。")
    }

    /// A time after the clock's now was typed.
    private static func laterThanNow(_ now: Timestamp) -> LocalizedText {
        t("That time is later than now (\(now.clockTime)): records say what already happened.", "该时间晚于现在(\(now.clockTime)):记录的应是已发生的事。")
    }
}

extension AppState {
    /// The same state in another language (to word a message in both).
    fileprivate func with(_ language: Language) -> AppState {
        var copy = self
        copy.language = language
        return copy
    }
}
