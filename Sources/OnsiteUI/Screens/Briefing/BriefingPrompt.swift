import OnsiteCore

/// The small entry forms of the briefing screens.
public enum BriefingPrompt: Codable, Hashable, Sendable {
    case placeholder
}

/// Titles, labels and submit of the briefing entry forms.
enum BriefingPrompts {
    static func title(_ prompt: BriefingPrompt, _ state: AppState) -> String { "" }

    static func labels(_ prompt: BriefingPrompt, _ state: AppState) -> [String] { [""] }

    static func submit(_ prompt: BriefingPrompt, _ values: [String], _ state: inout AppState, _ env: AppEnvironment) -> PromptOutcome { .done([]) }
}
