/// Makes untrusted text safe to draw or export.
///
/// ncurses draws `\r`, `\b` and escape sequences as terminal actions, and
/// bidi or invisible format characters can disguise what a record says, so
/// every character of those kinds is replaced by a visible stand-in.
public enum TextSanitizer {
    /// The visible stand-in for a removed character.
    public static let replacement: Character = "\u{FFFD}"

    /// One line of text: every control character, including newlines and tabs, replaced
    /// (tabs become a space).
    public static func singleLine(_ text: String) -> String {
        clean(text, keepNewlines: false)
    }

    /// Text that may hold several lines: newlines kept, everything else cleaned.
    public static func multiLine(_ text: String) -> String {
        clean(text, keepNewlines: true)
    }

    /// Whether a character would be replaced.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0xFFF9...0xFFFB: return true
        case 0xE0000...0xE007F: return true
        default: return false
        }
    }

    private static func clean(_ text: String, keepNewlines: Bool) -> String {
        var output = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\t" { output.append(" "); continue }
            if keepNewlines, scalar == "\n" {
                if !previousWasCR { output.append("\n") }
                continue
            }
            if keepNewlines, scalar == "\r" { output.append("\n"); continue }
            if isUnsafe(scalar) {
                output.append(contentsOf: String(replacement).unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }
}
