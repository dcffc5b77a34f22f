/// A named mapping from every style role to how it looks.
public struct Theme: Hashable, Sendable {
    public var name: String
    /// Whether the theme uses colours at all (monochrome uses attributes only).
    public var usesColor: Bool
    /// Whether the theme is made for a light terminal background (for roles that keep the terminal's colours).
    public var lightBackground: Bool
    private var styles: [StyleRole: TextStyle]

    public init(name: String, usesColor: Bool, lightBackground: Bool = false, styles: [StyleRole: TextStyle]) {
        self.name = name
        self.usesColor = usesColor
        self.lightBackground = lightBackground
        self.styles = styles
    }

    /// The style of a role; a role the theme leaves out looks like `.normal`.
    public func style(for role: StyleRole) -> TextStyle {
        styles[role] ?? styles[.normal] ?? TextStyle()
    }
}
