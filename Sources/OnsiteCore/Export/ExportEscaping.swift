/// Makes user-typed text harmless in each export format. Every renderer sends every piece of text through here.
///
/// First, in all formats, control characters (ESC and the rest of C0/C1, DEL), bidi overrides and invisible
/// format characters become a visible U+FFFD (`TextSanitizer`); line breaks are kept. Then each format escapes
/// its own special characters.
public enum ExportEscaping {
    /// Text with control, bidi and invisible characters made visible; newlines kept (CR LF and CR become LF).
    public static func clean(_ text: String) -> String { TextSanitizer.multiLine(text) }

    /// Text for HTML (and XML) content or a quoted attribute: `& < > " '` as entities, line breaks as `<br/>`.
    public static func html(_ text: String, lineBreaks: Bool = true) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in clean(text) {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\n": output += lineBreaks ? "<br/>" : " "
            default: output.append(character)
            }
        }
        return output
    }

    /// Text for a Markdown paragraph or table cell: inline markup characters and pipes escaped with a backslash,
    /// `&` so that no entity is formed, block markers at the start of a line neutralised, line breaks as `<br>`.
    public static func markdown(_ text: String) -> String {
        clean(text).split(separator: "\n", omittingEmptySubsequences: false).map { markdownLine(String($0)) }.joined(separator: "<br>")
    }

    private static let markdownSpecial: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "!", "{", "}", "$"]

    private static func markdownLine(_ line: String) -> String {
        // Leading spaces would start a code block or continue a list: drop them.
        let trimmed = line.drop { $0 == " " }
        var output = ""
        for (index, character) in trimmed.enumerated() {
            if character == "&" {
                output += "&amp;"
            } else if markdownSpecial.contains(character) {
                output += "\\" + String(character)
            } else if index == 0, "-+=".contains(character) {
                output += "\\" + String(character)
            } else {
                output.append(character)
            }
        }
        // "1. " or "1) " at the start would begin an ordered list.
        if let end = output.firstIndex(where: { !$0.isASCII || !$0.isNumber }), end != output.startIndex,
           output[end] == "." || output[end] == ")" {
            output.insert("\\", at: end)
        }
        return output
    }

    /// One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces, quotes doubled.
    /// A field that a spreadsheet would run as a formula (`= + - @` first) gets a leading `'`, which spreadsheets hide.
    public static func csv(_ text: String) -> String {
        var value = clean(text)
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether text is plain lowercase or uppercase hex (a hash as the program writes it).
    static func isHex(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isHexDigit }
    }
}
