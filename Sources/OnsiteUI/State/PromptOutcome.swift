import OnsiteCore

/// What submitting a small entry form led to: effects to perform, or why it was refused (the form stays open).
enum PromptOutcome {
    case done([Effect])
    case refused(LocalizedText)

    /// The outcome of a change made through `AppUpdate.change`/`changeDay`: a refusal (no effects and an
    /// error message) keeps the form open with the reason; anything else closes it.
    static func from(_ effects: [Effect], _ state: inout AppState) -> PromptOutcome {
        if effects.isEmpty, let message = state.message, message.kind == .error {
            state.message = nil
            return .refused(message.text)
        }
        return .done(effects)
    }
}
