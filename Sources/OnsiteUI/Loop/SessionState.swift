import OnsiteCore

/// Where the user was and what they had typed but not saved: written on exit, read at start.
public struct SessionState: Codable, Sendable {
    public static let currentSchema = 1

    public var schema: Int
    public var stack: [Screen]
    public var drafts: [String: SiteDraft]
    public var prompt: PromptState?

    /// The session of a running state.
    public init(_ state: AppState) {
        schema = SessionState.currentSchema
        stack = state.stack
        drafts = state.drafts
        prompt = state.prompt
    }

    /// Puts the user back where they were; screens of sites that no longer exist are dropped.
    public func restore(into state: inout AppState) {
        let known = Set(state.sites.map(\.id))
        let screens = stack.filter { screen in screen.siteID.map(known.contains) ?? true }
        if let first = screens.first, first.kind == .welcome {
            state.stack = screens
        } else {
            state.stack = [.welcome(ListPosition())] + screens
        }
        state.drafts = drafts.filter { $0.key == AppState.newSiteKey || known.contains($0.key) }
        if let prompt, screens.count == stack.count { state.prompt = prompt }
    }
}
