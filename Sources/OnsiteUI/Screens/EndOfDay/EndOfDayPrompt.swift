import Foundation
import OnsiteCore

/// The small entry forms of the end-of-day screens.
public enum EndOfDayPrompt: Codable, Hashable, Sendable {
    /// Why a cleanup item does not apply today.
    case cleanupNotApplicable(date: LocalDate, itemID: String)
    /// A planned date that moved: milestone, planned date, new date, reason.
    case scheduleChange(date: LocalDate)
    /// The client's full name, typed to sign.
    case clientName(date: LocalDate)
    /// The client cannot sign: who consented, how, when, why.
    case exception(date: LocalDate)
}

/// Titles, labels and submit of the end-of-day entry forms.
enum EndOfDayPrompts {
    static func title(_ prompt: EndOfDayPrompt, _ state: AppState) -> String {
        switch prompt {
        case .cleanupNotApplicable(_, let itemID):
            let name = state.currentStandard.cleanupItem(itemID)?.title.text(in: state.language) ?? itemID
            return state.t("Why does \"\(name)\" not apply today?", "“\(name)”今天为何不适用?")
        case .scheduleChange: return state.t("A planned date that moved", "工期变更")
        case .clientName: return state.t("Client: type your full name to sign", "客户:请输入全名以签字")
        case .exception: return state.t("The client cannot sign: record the consent", "客户无法签字:记录客户的同意")
        }
    }

    static func labels(_ prompt: EndOfDayPrompt, _ state: AppState) -> [String] {
        switch prompt {
        case .cleanupNotApplicable: [state.t("Reason", "原因")]
        case .scheduleChange:
            [state.t("Milestone", "节点"), state.t("Planned date", "原计划日期"), state.t("New date", "新日期"), state.t("Reason", "原因")]
        case .clientName: [state.t("Full name", "全名")]
        case .exception:
            [state.t("Who consented", "同意人"), state.t("How (in person/phone/message)", "方式(当面/电话/消息)"),
             state.t("At (HH:MM)", "时间(时:分)"), state.t("Why no signature", "无法签字的原因")]
        }
    }

    static func submit(_ prompt: EndOfDayPrompt, _ values: [String], _ state: inout AppState, _ env: AppEnvironment) -> PromptOutcome {
        guard let siteID = state.screen.siteID else { return .done([]) }
        switch prompt {
        case .cleanupNotApplicable(let date, let itemID):
            let who = CleanupScreen.inspector(state, siteID)
            return PromptOutcome.from(AppUpdate.changeDay(siteID, date, &state) { day, _ in
                try day.setCleanupNotApplicable(itemID, reason: values[safe: 0] ?? "", by: who, at: env.now)
            }, &state)
        case .scheduleChange(let date):
            let id = env.ids.makeID()
            let outcome = PromptOutcome.from(AppUpdate.changeDay(siteID, date, &state) { day, _ in
                try day.addScheduleChange(milestone: values[safe: 0] ?? "", planned: values[safe: 1] ?? "", new: values[safe: 2] ?? "",
                                          reason: values[safe: 3] ?? "", id: id)
            }, &state)
            if case .done = outcome {
                ReviewScreen.select(scheduleChange: id, &state)
                state.message = StatusMessage(LocalizedText(en: "Schedule change recorded.", zh: "已记录工期变更。"), .success)
            }
            return outcome
        case .clientName(let date):
            return SignatureScreen.sign(name: values[safe: 0] ?? "", siteID, date, &state, env)
        case .exception(let date):
            return SignatureScreen.closeWithoutSignature(values, siteID, date, &state, env)
        }
    }

    /// The consent channel a typed answer names: the word in English or Chinese, or 1/2/3 in the order of the label.
    static func channel(_ text: String) -> ConsentChannel? {
        let answer = TextSanitizer.singleLine(text).trimmingCharacters(in: .whitespaces).lowercased()
        let words: [ConsentChannel: [String]] = [
            .inPerson: ["1", "in person", "in-person", "person", "当面", "面谈", "现场"],
            .phone: ["2", "phone", "telephone", "call", "电话"],
            .message: ["3", "message", "text", "sms", "wechat", "email", "消息", "短信", "微信", "邮件"],
        ]
        return ConsentChannel.allCases.first { words[$0]?.contains(answer) == true }
    }

    /// A consent channel in words.
    static func channelName(_ channel: ConsentChannel, _ state: AppState) -> String {
        switch channel {
        case .inPerson: state.t("in person", "当面")
        case .phone: state.t("by phone", "电话")
        case .message: state.t("by message", "消息")
        }
    }
}
