import OnsiteCore

/// The small entry forms of the day screens.
public enum DayPrompt: Codable, Hashable, Sendable {
    /// A correction of a closed day: what, and why.
    case amend(date: LocalDate)
}

/// Titles, labels and submit of the day screens' entry forms.
enum DayPrompts {
    static func title(_ prompt: DayPrompt, _ state: AppState) -> String {
        switch prompt {
        case .amend(let date): state.t("Amend the closed day \(date.isoText)", "更正已关闭的 \(date.isoText)")
        }
    }

    static func labels(_ prompt: DayPrompt, _ state: AppState) -> [String] {
        switch prompt {
        case .amend: [state.t("Correction", "更正内容"), state.t("Reason", "原因")]
        }
    }

    static func submit(_ prompt: DayPrompt, _ values: [String], _ state: inout AppState, _ env: AppEnvironment) -> PromptOutcome {
        guard let siteID = state.screen.siteID else { return .done([]) }
        switch prompt {
        case .amend(let date):
            let by = state.site(siteID)?.profile.crewLeader?.name ?? ""
            let id = env.ids.makeID()
            return PromptOutcome.from(AppUpdate.changeDay(siteID, date, &state) { day, _ in
                try day.amend(text: values[safe: 0] ?? "", reason: values[safe: 1] ?? "", by: by, id: id, at: env.now)
            }, &state)
        }
    }
}
