import OnsiteCore

/// The small entry forms, pickers and questions of the log and the register screens.
public enum RegisterPrompt: Codable, Hashable, Sendable {
    // The day's log
    case addLog(LogEntryKind, date: LocalDate)
    case editLog(id: String, date: LocalDate)
    case removeLog(id: String, date: LocalDate)
    // Problems
    case addProblem(date: LocalDate)
    case editProblem(id: String)
    /// The last step of a report: whom exactly, and when (recipient and channel were picked).
    case reportProblem(id: String, to: ReportRecipient, channel: ReportChannel)
    /// Solved → confirmed: the client's name.
    case confirmProblem(id: String)
    case reopenProblem(id: String)
    case problemDeadlines(id: String)
    // Extra work
    case addExtraWork(date: LocalDate)
    case removeExtraWork(id: String)
    // Borrowings
    case borrow
    case returnBorrowing(id: String)
    // Materials short
    case addShortage
    // Conduct
    /// The note of a conduct entry whose reference was picked from the standard's vocabulary or the rules.
    case conductNote(crewMemberID: String, kind: ConductKind, reference: String, date: LocalDate)
    /// A conduct entry whose reference is typed (nothing in the lists fits).
    case conductOther(crewMemberID: String, kind: ConductKind, date: LocalDate)
    /// A list to pick from (crew member, kind, reference; report recipient, channel).
    case pick(RegisterPick)

    /// A yes/no question rather than a form (no fields).
    var isQuestion: Bool {
        switch self {
        case .removeLog, .reopenProblem, .removeExtraWork: true
        default: false
        }
    }
}

/// Titles, labels and submit of the register entry forms.
enum RegisterPrompts {
    /// The form's title (or a question's words).
    static func title(_ prompt: RegisterPrompt, _ state: AppState) -> String {
        switch prompt {
        case .addLog(let kind, _):
            kind == .progress ? state.t("Progress of the work", "施工进展")
                : state.t("Special situation: stoppage, visit, accident, change of plan", "特殊状况:停工、来访、事故、计划变更")
        case .editLog(let id, let date):
            state.t("Correct the entry of \(logTime(id, date, state)) (its time stays)", "修改 \(logTime(id, date, state)) 的记录(时间不变)")
        case .removeLog(let id, let date):
            state.t("Remove the log entry of \(logTime(id, date, state))? It is not kept anywhere else.", "删除 \(logTime(id, date, state)) 的记录?删除后无法恢复。")
        case .addProblem(let date): state.t("A problem found on \(date.isoText)", "\(date.isoText) 发现的问题")
        case .editProblem: state.t("Change the problem", "修改问题")
        case .reportProblem(_, let to, let channel):
            state.t("Reported to the \(RegisterWords.recipient(to).en) by \(RegisterWords.channel(channel).en)",
                    "通过\(RegisterWords.channel(channel).zh)汇报给\(RegisterWords.recipient(to).zh)")
        case .confirmProblem: state.t("The client confirms the solution", "客户确认问题已解决")
        case .reopenProblem: state.t("Reopen this problem? The solved time and the client's confirmation are cleared.", "重新打开这个问题?将清除解决时间和客户确认。")
        case .problemDeadlines: state.t("Deadlines, in days after it was found", "期限(发现之后的天数)")
        case .addExtraWork(let date): state.t("Extra work outside the contract, \(date.isoText)", "合同外追加工作,\(date.isoText)")
        case .removeExtraWork: state.t("Remove this extra work entry?", "删除这条追加工作?")
        case .borrow: state.t("Borrowed from the client", "向客户借用")
        case .returnBorrowing(let id):
            state.t("Returned: ", "已归还:") + RegisterWords.oneLine(state.screen.siteID.flatMap { state.site($0) }?.registers.borrowings.first { $0.id == id }?.item ?? "")
        case .addShortage: state.t("A material short on site (the date may stay empty)", "现场欠料(需要日期可不填)")
        case .conductNote(let crewID, let kind, _, _), .conductOther(let crewID, let kind, _):
            RegisterWords.conduct(kind).text(in: state.language) + " · " + crewName(crewID, state)
        case .pick(let pick): RegisterPicker.title(pick, state)
        }
    }

    /// The labels of the form's fields.
    static func labels(_ prompt: RegisterPrompt, _ state: AppState) -> [String] {
        switch prompt {
        case .addLog, .editLog, .removeLog, .reopenProblem, .removeExtraWork, .pick: [""]
        case .addProblem, .editProblem:
            [state.t("Description", "问题描述"), state.t("Severity (1–4)", "严重程度(1–4)"), state.t("Proposed solution", "建议方案"), state.t("Owner", "负责人")]
        case .reportProblem: [state.t("Name", "姓名"), state.t("When (HH:MM)", "时间(时:分)")]
        case .confirmProblem: [state.t("Client's name", "客户姓名")]
        case .problemDeadlines: [state.t("Follow-up within (days)", "跟进期限(天)"), state.t("Solution within (days)", "解决期限(天)")]
        case .addExtraWork:
            [state.t("What", "内容"), state.t("Quantity or hours", "数量或工时"), state.t("Asked for by", "提出人"), state.t("When (HH:MM)", "时间(时:分)")]
        case .borrow: [state.t("Item", "物品"), state.t("From whom", "出借人"), state.t("Condition", "借出时状况")]
        case .returnBorrowing: [state.t("Condition on return", "归还时状况")]
        case .addShortage: [state.t("Item", "物料"), state.t("Quantity", "数量"), state.t("Needed by YYYY-MM-DD", "需要日期 年-月-日")]
        case .conductNote: [state.t("Note (optional)", "备注(可不填)")]
        case .conductOther: [state.t("Rule or quality", "规定或表现"), state.t("Note (optional)", "备注(可不填)")]
        }
    }

    /// The time of a log entry, for a title.
    private static func logTime(_ id: String, _ date: LocalDate, _ state: AppState) -> String {
        guard let siteID = state.screen.siteID else { return "" }
        return state.day(siteID, date)?.log.first { $0.id == id }?.at.clockTime ?? ""
    }

    /// A crew member's name, sanitised (or a dash when the member is gone).
    static func crewName(_ id: String, _ state: AppState) -> String {
        guard let siteID = state.screen.siteID, let member = state.site(siteID)?.profile.crew.first(where: { $0.id == id }) else { return "—" }
        return RegisterWords.oneLine(member.name)
    }
}
