import OnsiteCore

/// The small entry forms of the briefing screens.
public enum BriefingPrompt: Codable, Hashable, Sendable {
    /// When a late crew member arrived (`HH:MM`).
    case late(crewMemberID: String)
    /// A new task for a crew member.
    case addTask(crewMemberID: String)
    /// New words for a task.
    case editTask(id: String)
    /// A safety point in the crew leader's own words.
    case safetyPoint
    /// Any other caution of the day.
    case caution
    /// Why no briefing was held today.
    case skip
}

/// Titles, labels and submit of the briefing entry forms.
enum BriefingPrompts {
    static func title(_ prompt: BriefingPrompt, _ state: AppState) -> String {
        switch prompt {
        case .late(let id):
            let name = memberName(id, state)
            return state.t("\(name) is late: arrival time (HH:MM)", "\(name)迟到:到达时间(时:分)")
        case .addTask(let id):
            let name = memberName(id, state)
            return state.t("New task for \(name)", "给\(name)的新任务")
        case .editTask: return state.t("Reword the task", "修改任务")
        case .safetyPoint: return state.t("A safety point of your own", "自行填写安全要点")
        case .caution: return state.t("A caution of the day", "今日注意事项")
        case .skip: return state.t("Why was no briefing held today?", "今天为什么没有开班前会?")
        }
    }

    static func labels(_ prompt: BriefingPrompt, _ state: AppState) -> [String] {
        switch prompt {
        case .late: [state.t("Arrived at", "到达时间")]
        case .addTask, .editTask: [state.t("Task", "任务")]
        case .safetyPoint: [state.t("Safety point", "安全要点")]
        case .caution: [state.t("Caution", "注意事项")]
        case .skip: [state.t("Reason", "原因")]
        }
    }

    static func submit(_ prompt: BriefingPrompt, _ values: [String], _ state: inout AppState, _ env: AppEnvironment) -> PromptOutcome {
        var outcome = PromptOutcome.done([])
        _ = BriefingScreen.keepingHighlight(&state) { state in
            outcome = change(prompt, values, &state, env)
            return []
        }
        return outcome
    }

    private static func change(_ prompt: BriefingPrompt, _ values: [String], _ state: inout AppState, _ env: AppEnvironment) -> PromptOutcome {
        guard let siteID = state.screen.siteID, let date = state.screen.dayDate else { return .done([]) }
        let value = values.first ?? ""
        let effects: [Effect]
        switch prompt {
        case .late(let id):
            effects = AppUpdate.changeDay(siteID, date, &state) { day, site in try day.setAttendance(id, .late, arrivedAt: value, in: site) }
            if let time = state.day(siteID, date)?.briefing.attendance(of: id)?.arrivedAt, !effects.isEmpty {
                let name = memberName(id, state)
                state.message = StatusMessage(LocalizedText(en: "\(name): late, arrived at \(time).", zh: "\(name):迟到,\(time)到达。"), .success)
            }
        case .addTask(let id):
            let taskID = env.ids.makeID()
            effects = AppUpdate.changeDay(siteID, date, &state) { day, site in try day.addTask(value, to: id, id: taskID, in: site) }
        case .editTask(let id):
            effects = AppUpdate.changeDay(siteID, date, &state) { day, _ in try day.editTask(id, text: value) }
        case .safetyPoint:
            let cautionID = env.ids.makeID()
            effects = AppUpdate.changeDay(siteID, date, &state) { day, site in try day.addCaution(.safety, text: value, id: cautionID, in: site) }
        case .caution:
            let cautionID = env.ids.makeID()
            effects = AppUpdate.changeDay(siteID, date, &state) { day, site in try day.addCaution(.other, text: value, id: cautionID, in: site) }
        case .skip:
            effects = AppUpdate.changeDay(siteID, date, &state) { day, _ in try day.skipBriefing(reason: value) }
            if !effects.isEmpty {
                state.message = StatusMessage(LocalizedText(en: "Recorded: no briefing today, with the reason.", zh: "已记录:今天未开班前会及原因。"), .success)
            }
        }
        return PromptOutcome.from(effects, &state)
    }

    /// A crew member's name as a form title shows it.
    private static func memberName(_ id: String, _ state: AppState) -> String {
        let name = state.screen.siteID.flatMap { state.site($0) }?.profile.crew.first { $0.id == id }?.name ?? "?"
        return TextSanitizer.singleLine(name)
    }
}
