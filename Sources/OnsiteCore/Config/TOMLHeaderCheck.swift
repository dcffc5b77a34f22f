/// Finds what the TOML parser inside TOMLKit (toml++) cannot take: a table header whose first key does not
/// start with a key character or a quote (`[=`, `[ .a]`, `[é]`, `[#]`), or a `}` where an array expects a
/// value (`a = [}`), trips an assertion in the parser and aborts the whole program, in release builds too. A hand-edited settings file must get an
/// error message instead, so every text is checked here before it is handed to the parser.
///
/// Written by hand: no kept library checks TOML without the same parser. The scan follows only what decides
/// where a header can be: strings (basic, literal, multi-line), comments and bracket nesting.
enum TOMLHeaderCheck {
    /// The first bad header, as an error with its line and column; nil when there is none.
    static func firstProblem(in text: String) -> StandardError? {
        let bytes = Array(text.utf8)
        var index = 0
        var line = 1
        var lineStart = 0
        // The open arrays ("[") and inline tables ("{") around the current position.
        var open: [UInt8] = []
        var atLineStart = true
        func at(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        func skipString(_ quote: UInt8) {
            let multi = at(1) == quote && at(2) == quote
            index += multi ? 3 : 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") {
                    if !multi { return }
                    line += 1
                    lineStart = index + 1
                }
                if quote == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") { index += 2; continue }
                if byte == quote && (!multi || (at(1) == quote && at(2) == quote)) {
                    index += multi ? 3 : 1
                    return
                }
                index += 1
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                lineStart = index + 1
                atLineStart = true
                index += 1
                continue
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
                continue
            case UInt8(ascii: "#"):
                while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                skipString(byte)
            case UInt8(ascii: "[") where open.isEmpty && atLineStart:
                index += at(1) == UInt8(ascii: "[") ? 2 : 1
                while let next = at(0), next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") { index += 1 }
                let first = at(0)
                let fine = first.map { isKeyStart($0) || $0 == UInt8(ascii: "]") } ?? false
                if !fine {
                    return StandardError(line: line, column: index - lineStart + 1,
                                         message: "a table header must start with a key (letters, digits, _ or -, or a quoted name)")
                }
                // The rest of the header is the parser's to judge; move to its end.
                while index < bytes.count && bytes[index] != UInt8(ascii: "\n") && bytes[index] != UInt8(ascii: "#") {
                    if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") { skipString(bytes[index]) } else { index += 1 }
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                open.append(byte)
                index += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                let opener = byte == UInt8(ascii: "]") ? UInt8(ascii: "[") : UInt8(ascii: "{")
                if let last = open.last, last != opener {
                    return StandardError(line: line, column: index - lineStart + 1,
                                         message: "\"\(Character(UnicodeScalar(byte)))\" does not close the \"\(Character(UnicodeScalar(last)))\" opened before it")
                }
                if !open.isEmpty { open.removeLast() }
                index += 1
            default:
                index += 1
            }
            atLineStart = false
        }
        return nil
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
