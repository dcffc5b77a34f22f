import OnsiteCore

/// One problem: what it is, how serious, who owns it, its reports, deadlines and status.
enum ProblemScreen {
    /// One line of the problem screen; Enter changes it.
    enum Row: Hashable {
        case description, severity, solution, owner, status, followUp, solveBy
        case report(Int)
        case addReport
        /// The files attached (shown when there are some; Enter lists them).
        case files
    }

    /// The lines of a problem, in screen order.
    static func rows(_ problem: Problem) -> [Row] {
        [.description, .severity, .solution, .owner, .status, .followUp, .solveBy] + problem.reports.indices.map(Row.report) + [.addReport]
            + ((problem.attachments ?? []).isEmpty ? [] : [.files])
    }

    /// The problem on screen, if it still exists.
    static func problem(_ siteID: String, _ id: String, _ state: AppState) -> Problem? {
        state.siteWithHistory(siteID)?.registers.problems.first { $0.id == id }
    }

    /// Keys on a problem: Enter changes the selected line; r reports, s moves the status on, e edits, d deadlines, o reopens.
    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .problem(let siteID, let id, let date, var position) = state.screen else { return [] }
        if action == .back {
            AppUpdate.pop(&state)
            return []
        }
        guard let problem = problem(siteID, id, state) else { return [] }
        if AttachActions.handle(action, siteID, .problem(id), &state) { return [] }
        let list = rows(problem)
        if RegisterLayout.move(action, &position, count: list.count, visible: RegisterLayout.listHeight(state)) {
            state.screen = .problem(siteID: siteID, problemID: id, date: date, position)
            return []
        }
        let changing: Set<Action> = [.open, .edit, .report, .nextStatus, .deadlines, .reopen]
        if let action, changing.contains(action), state.refuseArchived(id, siteID: siteID) { return [] }
        switch action {
        case .open:
            switch list[safe: position.selection] ?? .description {
            case .description: edit(problem, focus: 0, &state)
            case .severity: edit(problem, focus: 1, &state)
            case .solution: edit(problem, focus: 2, &state)
            case .owner: edit(problem, focus: 3, &state)
            case .status: return advance(problem, siteID, &state, env)
            case .followUp: askDeadlines(problem, focus: 0, &state)
            case .solveBy: askDeadlines(problem, focus: 1, &state)
            case .report, .addReport: RegisterPicker.open(.reportRecipient(problemID: id), &state)
            case .files: state.stack.append(.attachments(siteID: siteID, owner: .problem(id), ListPosition()))
            }
        case .edit: edit(problem, focus: 0, &state)
        case .report: RegisterPicker.open(.reportRecipient(problemID: id), &state)
        case .nextStatus: return advance(problem, siteID, &state, env)
        case .deadlines: askDeadlines(problem, focus: 0, &state)
        case .reopen:
            if problem.status == .open {
                state.message = StatusMessage(LocalizedText(en: "The problem is open already.", zh: "这个问题本来就未解决。"), .info)
            } else {
                state.prompt = PromptState(purpose: .register(.reopenProblem(id: id)), fields: [])
            }
        default: break
        }
        return []
    }

    /// Why what a problem says can no longer be edited (the day it was found is signed), or nil.
    static func whyLocked(_ id: String, _ state: AppState) -> LocalizedText? {
        guard let siteID = state.screen.siteID, let site = state.site(siteID), let problem = site.registers.problems.first(where: { $0.id == id }),
              let summary = site.daySummary(problem.day), summary.state.isClosed else { return nil }
        let how = DayWords.state(summary.state)
        return LocalizedText(
            en: "Found on \(problem.day.isoText), a day that is \(how.en): description, severity, solution and owner stay as recorded. Reports, status and deadlines can still change.",
            zh: "发现于 \(problem.day.isoText)(当天状态:\(how.zh)):描述、严重程度、方案和负责人保持原样。汇报、状态和期限仍可更改。")
    }

    /// Opens the form that changes what the problem says (refused, with the reason, once its day is signed).
    private static func edit(_ problem: Problem, focus: Int, _ state: inout AppState) {
        if let why = whyLocked(problem.id, state) {
            state.message = StatusMessage(why, .error)
            return
        }
        var prompt = PromptState(purpose: .register(.editProblem(id: problem.id)), fields: [
            TextField(RegisterWords.oneLine(problem.description)), TextField(RegisterWords.severity(problem.severity).text(in: state.language)),
            TextField(problem.proposedSolution), TextField(problem.owner),
        ])
        prompt.focus = focus
        state.prompt = prompt
    }

    private static func askDeadlines(_ problem: Problem, focus: Int, _ state: inout AppState) {
        var prompt = PromptState(purpose: .register(.problemDeadlines(id: problem.id)), fields: [TextField(String(problem.followUpDays)), TextField(String(problem.solveDays))])
        prompt.focus = focus
        state.prompt = prompt
    }

    /// open → solved (at once) → confirmed by the client (asks for their name).
    private static func advance(_ problem: Problem, _ siteID: String, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        switch problem.status {
        case .open:
            let effects = AppUpdate.change(siteID, &state) { try $0.setProblemStatus(problem.id, .solved, at: env.now) }
            if !effects.isEmpty {
                state.message = StatusMessage(LocalizedText(en: "Marked solved. Once the client has checked it, s records their confirmation.",
                                                            zh: "已标记为已解决。客户检查后,按 s 登记客户确认。"), .success)
            }
            return effects
        case .solved:
            state.prompt = PromptState(purpose: .register(.confirmProblem(id: problem.id)), fields: [TextField()])
        case .confirmed:
            state.message = StatusMessage(LocalizedText(en: "Confirmed by the client. If the fix did not hold, o reopens it.",
                                                        zh: "客户已确认。如果问题复发,按 o 重新打开。"), .info)
        }
        return []
    }

    /// Where a problem stands against its deadlines, in words and style (overdue in the error style).
    /// Compact (for a list column) names the earliest missed deadline only.
    static func deadline(_ problem: Problem, _ state: AppState, compact: Bool = false) -> (String, StyleRole) {
        let late = problem.overdue(on: state.today)
        if let first = late.first {
            if compact {
                let since = switch first {
                case .followUp(let date), .solution(let date): RegisterWords.monthDay(date)
                }
                return (state.t("OVERDUE since ", "逾期(自") + since + state.t("", ")"), .error)
            }
            let parts = late.map { deadline -> LocalizedText in
                switch deadline {
                case .followUp(let date): LocalizedText(en: "follow-up " + RegisterWords.monthDay(date), zh: "跟进 " + RegisterWords.monthDay(date))
                case .solution(let date): LocalizedText(en: "solution " + RegisterWords.monthDay(date), zh: "解决 " + RegisterWords.monthDay(date))
                }
            }
            return (state.t("OVERDUE: ", "逾期:") + parts.map { $0.text(in: state.language) }.joined(separator: state.t(", ", "、")), .error)
        }
        switch problem.status {
        case .confirmed:
            return (state.t("closed ", "已关闭 ") + (problem.confirmedAt.map { RegisterWords.monthDay($0.localDate) } ?? ""), .success)
        case .solved:
            return (state.t("awaiting the client", "待客户确认"), .accent)
        case .open:
            if !problem.isFollowedUp {
                return (state.t("follow-up by ", "跟进期限 ") + RegisterWords.monthDay(problem.followUpDue), .warning)
            }
            return (state.t("solution by ", "解决期限 ") + RegisterWords.monthDay(problem.solveDue), .normal)
        }
    }
}
