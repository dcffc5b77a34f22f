import OnsiteCore

/// The small entry forms of the endOfDay screens.
public enum EndOfDayPrompt: Codable, Hashable, Sendable {
    case placeholder
}

/// Titles, labels and submit of the endOfDay entry forms.
enum EndOfDayPrompts {
    static func title(_ prompt: EndOfDayPrompt, _ state: AppState) -> String { "" }

    static func labels(_ prompt: EndOfDayPrompt, _ state: AppState) -> [String] { [""] }

    static func submit(_ prompt: EndOfDayPrompt, _ values: [String], _ state: inout AppState, _ env: AppEnvironment) -> PromptOutcome { .done([]) }
}
