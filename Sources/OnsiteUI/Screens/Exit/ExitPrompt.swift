import Foundation
import OnsiteCore

/// The small entry forms of the exit screens and of the list of sites.
public enum ExitPrompt: Codable, Hashable, Sendable {
    /// When the pre-acceptance was held and who took part, and notes.
    case preAcceptance
    /// A finding of the pre-acceptance: description, owner, due date.
    case finding
    /// A formal acceptance: when, who, result, reservations, report reference.
    case acceptance
    /// A spare part or document handed over: name, quantity, received by.
    case handover(HandoverKind)
    /// A leftover material: item, quantity, unit.
    case leftover
    /// The state the client asked the site to be restored to.
    case restorationRequest
    /// Who received the satisfaction survey.
    case surveyHanded
    /// The client's comments in the survey.
    case surveyComments
    /// The client's full name, typed to sign an exit document.
    case clientName(ExitDocumentKind)
    /// Deleting a site: its name typed to confirm.
    case deleteSite(id: String)
}

/// Titles, labels, first values and submit of the exit forms.
enum ExitPrompts {
    static func title(_ prompt: ExitPrompt, _ state: AppState) -> String {
        switch prompt {
        case .preAcceptance: state.t("Pre-acceptance: when and who", "预验收:时间和参加人员")
        case .finding: state.t("A finding of the pre-acceptance", "预验收发现的问题")
        case .acceptance: state.t("Formal acceptance", "正式验收")
        case .handover(let kind): kind == .sparePart ? state.t("A spare part handed over", "移交的备件") : state.t("A technical document handed over", "移交的技术资料")
        case .leftover: state.t("A leftover material, counted", "清点的剩余物料")
        case .restorationRequest: state.t("The state the client asked the site to be restored to", "客户要求现场恢复到的状态")
        case .surveyHanded: state.t("Satisfaction survey handed to", "满意度调查表交给")
        case .surveyComments: state.t("The client's comments", "客户意见")
        case .clientName: state.t("Client: type your full name to sign", "客户:请输入全名以签字")
        case .deleteSite: state.t("Delete the site: type its name to confirm", "删除现场:请输入现场名称以确认")
        }
    }

    static func labels(_ prompt: ExitPrompt, _ state: AppState) -> [String] {
        switch prompt {
        case .preAcceptance:
            [state.t("Date", "日期"), state.t("Time (HH:MM)", "时间(时:分)"), ExitWords.role(.projectManager).text(in: state.language),
             ExitWords.role(.clientSupervisor).text(in: state.language), ExitWords.role(.engineeringHead).text(in: state.language), state.t("Notes", "备注")]
        case .finding: [state.t("Finding", "问题"), state.t("Owner", "负责人"), state.t("Due (YYYY-MM-DD)", "期限(年-月-日)")]
        case .acceptance:
            [state.t("Date", "日期"), state.t("Time (HH:MM)", "时间(时:分)"), ExitWords.role(.projectManager).text(in: state.language),
             ExitWords.role(.client).text(in: state.language), state.t("Result 1 yes 2 reserv. 3 no", "结果 1通过 2保留 3未通过"),
             state.t("Reservations (a; b)", "保留意见(用;分隔)"), state.t("Report reference", "验收报告编号")]
        case .handover: [state.t("Item", "名称"), state.t("Quantity", "数量"), state.t("Received by", "接收人")]
        case .leftover: [state.t("Item", "物料"), state.t("Quantity", "数量"), state.t("Unit", "单位")]
        case .surveyHanded: [state.t("Name", "姓名")]
        case .clientName: [state.t("Full name", "全名")]
        case .deleteSite: [state.t("Site name", "现场名称")]
        case .restorationRequest, .surveyComments: [""]
        }
    }

    /// The form with its first values (today, now, the site's people).
    static func open(_ prompt: ExitPrompt, _ site: Site, _ state: inout AppState, _ env: AppEnvironment) {
        let today = env.now.localDate.isoText
        let now = env.now.clockTime
        let profile = site.profile
        let fields: [TextField] = switch prompt {
        case .preAcceptance:
            site.exit.preAcceptance.map { pre in
                [TextField(pre.date.isoText), TextField(pre.time)] + [ParticipantRole.projectManager, .clientSupervisor, .engineeringHead].map { role in
                    TextField(pre.participants.first { $0.role == role }?.name ?? "")
                } + [TextField(pre.notes)]
            } ?? [TextField(today), TextField(now), TextField(profile.projectManager), TextField(), TextField(profile.engineeringHead), TextField()]
        case .finding: [TextField(), TextField(), TextField(env.now.localDate.adding(days: Problem.defaultSolveDays).isoText)]
        case .acceptance: [TextField(today), TextField(now), TextField(profile.projectManager), TextField(), TextField("1"), TextField(), TextField()]
        case .handover: [TextField(), TextField("1"), TextField()]
        case .leftover: [TextField(), TextField(), TextField()]
        case .restorationRequest: [TextField(site.exit.restorationRequest, multiline: true)]
        case .surveyHanded: [TextField(site.exit.survey?.handedTo ?? "")]
        case .surveyComments: [TextField(site.exit.survey?.answers?.comments ?? "", multiline: true)]
        case .clientName, .deleteSite: [TextField()]
        }
        state.prompt = PromptState(purpose: .exit(prompt), fields: fields)
    }

    /// `1`/`2`/`3` or a word in either language, as a result.
    static func result(_ text: String) -> AcceptanceResult? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "1", "yes", "accepted", "通过", "验收通过": .accepted
        case "2", "reservations", "with reservations", "保留", "有保留地通过": .acceptedWithReservations
        case "3", "no", "not accepted", "未通过": .notAccepted
        default: nil
        }
    }

    static func submit(_ prompt: ExitPrompt, _ values: [String], _ state: inout AppState, _ env: AppEnvironment) -> PromptOutcome {
        func value(_ index: Int) -> String { values[safe: index] ?? "" }
        if case .deleteSite(let id) = prompt { return WelcomeScreen.delete(id, typed: value(0), &state) }
        guard let siteID = state.screen.siteID else { return .done([]) }
        if case .clientName(let kind) = prompt { return ExitSignatureScreen.sign(kind, name: value(0), siteID, &state, env) }
        let id = env.ids.makeID()
        let outcome = PromptOutcome.from(AppUpdate.change(siteID, &state) { site in
            switch prompt {
            case .preAcceptance:
                try site.recordPreAcceptance(date: value(0), time: value(1), participants: [
                    .projectManager: value(2), .clientSupervisor: value(3), .engineeringHead: value(4)], notes: value(5), at: env.now)
            case .finding: try site.addFinding(value(0), owner: value(1), due: value(2), id: id, at: env.now)
            case .acceptance:
                guard let result = result(value(4)) else { throw ExitPromptError.result(value(4)) }
                try site.recordAcceptance(date: value(0), time: value(1), participants: [.projectManager: value(2), .client: value(3)], result: result,
                                          reservations: value(5).split(whereSeparator: { $0 == ";" || $0 == "；" }).map(String.init),
                                          reference: value(6), at: env.now)
            case .handover(let kind): try site.addHandoverItem(kind, name: value(0), quantity: value(1), receivedBy: value(2), id: id)
            case .leftover: try site.addLeftover(value(0), quantity: value(1), unit: value(2), id: id, at: env.now)
            case .restorationRequest: try site.setRestorationRequest(value(0))
            case .surveyHanded: try site.handSurvey(to: value(0), at: env.now)
            case .surveyComments:
                guard let answers = site.exit.survey?.answers else { throw ExitPromptError.levelFirst }
                try site.enterSurveyAnswers(level: answers.level, scores: answers.scores, comments: value(0), at: env.now)
            case .clientName, .deleteSite: break
            }
        }, &state)
        if case .done = outcome { state.message = StatusMessage(LocalizedText(en: "Saved.", zh: "已保存。"), .success) }
        return outcome
    }
}

/// A form value the exit forms read before the domain sees it.
enum ExitPromptError: Error {
    case result(String)
    case levelFirst

    var text: LocalizedText {
        switch self {
        case .result(let text):
            LocalizedText(en: "\"\(TextSanitizer.singleLine(text))\" is not a result: type 1 (accepted), 2 (with reservations) or 3 (not accepted).",
                          zh: "“\(TextSanitizer.singleLine(text))”不是验收结果:请输入 1(通过)、2(有保留地通过)或 3(未通过)。")
        case .levelFirst:
            LocalizedText(en: "Give the overall level first (1–5 on the first row).", zh: "请先给出总体等级(在第一行按 1–5)。")
        }
    }
}
