import OnsiteCore

/// One row of the key table: keys, the action, where it works, and how help names it.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// How the keys are written in the bar and the help screen ("↑/k").
    public var label: String
    public var action: Action
    public var description: LocalizedText
    /// The one or two words the bottom bar shows.
    public var short: LocalizedText
    /// Screens where the binding works; nil means everywhere.
    public var screens: Set<ScreenKind>?
    /// Screens whose bottom bar shows this binding.
    public var barScreens: Set<ScreenKind>

    public init(
        _ keys: [Key], _ label: String, _ action: Action, _ description: LocalizedText,
        short: LocalizedText? = nil, on screens: Set<ScreenKind>? = nil, bar: Set<ScreenKind> = []
    ) {
        self.keys = keys
        self.label = label
        self.action = action
        self.description = description
        self.short = short ?? description
        self.screens = screens
        barScreens = bar
    }
}
