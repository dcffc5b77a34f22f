import Foundation

/// WCAG 2 contrast between two colours: 1 (none) to 21 (black on white).
public enum Contrast {
    /// The contrast ratio of a role's text on its background in a theme.
    public static func ratio(of role: StyleRole, in theme: Theme) -> Double {
        let style = theme.style(for: role)
        let terminalText: TerminalColor = theme.lightBackground ? .black : .white
        let terminalBack: TerminalColor = theme.lightBackground ? .indexed(231, fallback: .white) : .black
        var text = style.foreground ?? terminalText
        var back = style.background ?? terminalBack
        if style.reverse { swap(&text, &back) }
        return ratio(text.rgb, back.rgb)
    }

    /// The contrast ratio of two RGB colours.
    public static func ratio(_ a: (red: Int, green: Int, blue: Int), _ b: (red: Int, green: Int, blue: Int)) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    private static func luminance(_ color: (red: Int, green: Int, blue: Int)) -> Double {
        func channel(_ value: Int) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(color.red) + 0.7152 * channel(color.green) + 0.0722 * channel(color.blue)
    }
}
