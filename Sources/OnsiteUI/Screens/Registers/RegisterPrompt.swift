import OnsiteCore

/// The small entry forms of the register screens.
public enum RegisterPrompt: Codable, Hashable, Sendable {
    case placeholder
}

/// Titles, labels and submit of the register entry forms.
enum RegisterPrompts {
    static func title(_ prompt: RegisterPrompt, _ state: AppState) -> String { "" }

    static func labels(_ prompt: RegisterPrompt, _ state: AppState) -> [String] { [""] }

    static func submit(_ prompt: RegisterPrompt, _ values: [String], _ state: inout AppState, _ env: AppEnvironment) -> PromptOutcome { .done([]) }
}
