import OnsiteCore

/// Which theme to use, from `--theme`, the config and `NO_COLOR`, and what to tell the user.
public struct ThemeChoice: Sendable {
    public var theme: Theme
    /// Set when the requested theme does not exist.
    public var warning: LocalizedText?

    /// `NO_COLOR` wins; an unknown name falls back to the default with a warning.
    public static func pick(requested: String?, noColor: Bool, catalog: ThemeCatalog) -> ThemeChoice {
        if noColor { return ThemeChoice(theme: .monochrome, warning: nil) }
        guard let requested else { return ThemeChoice(theme: .standard, warning: nil) }
        if let theme = catalog.theme(named: requested) { return ThemeChoice(theme: theme, warning: nil) }
        let names = catalog.names.joined(separator: ", ")
        return ThemeChoice(theme: .standard, warning: LocalizedText(
            en: "No theme \"\(requested)\"; using the default. Themes: \(names).",
            zh: "没有名为“\(requested)”的主题,已使用默认主题。可用主题:\(names)。"))
    }
}
