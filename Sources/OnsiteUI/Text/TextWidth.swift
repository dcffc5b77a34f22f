import CTextWidth

/// The one width function of the program: how many terminal cells text takes.
///
/// It asks the C library's `wcwidth`, which is what ncurses uses to place
/// characters, so a layout computed here matches what the terminal shows.
/// The process locale must be UTF-8 (see `TerminalLocale.ensureUTF8`).
public enum TextWidth {
    /// Cells taken by one character (grapheme cluster): 0, 1 or 2.
    public static func cells(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let value = first.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        let width = Int(onsite_scalar_width(value))
        // Unprintable in this locale: drawn as a one-cell replacement.
        return width < 0 ? 1 : width
    }

    /// Whether a byte is printable ASCII (space to tilde): one cell, one character.
    @inline(__always)
    public static func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

    /// Cells taken by a whole string.
    public static func cells(of text: some StringProtocol) -> Int {
        // ASCII below DEL alone: a cell for each printable byte, none for a control (as the characters count them).
        // One plain loop over the bytes: the closures of `allSatisfy` and `reduce` were called once a byte.
        var ascii = 0
        for byte in text.utf8 {
            if byte >= 0x7F { return cellsOfCharacters(text) }
            if byte >= 0x20 { ascii += 1 }
        }
        return ascii
    }

    private static func cellsOfCharacters(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += cells(of: character) }
        return total
    }

    /// The longest prefix of `text` that fits in `width` cells, never splitting a wide character.
    public static func prefix(_ text: some StringProtocol, fitting width: Int) -> Substring {
        let string = Substring(text)
        var used = 0
        var end = string.startIndex
        for index in string.indices {
            let cellCount = cells(of: string[index])
            if used + cellCount > width { break }
            used += cellCount
            end = string.index(after: index)
        }
        return string[string.startIndex..<end]
    }

    /// `text` cut to `width` cells, with an ellipsis when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if cells(of: text) <= width { return text }
        return String(prefix(text, fitting: width - 1)) + "…"
    }

    /// `text` padded with spaces (or cut) to exactly `width` cells.
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        let missing = width - cells(of: cut)
        return missing > 0 ? cut + spaces(missing) : cut
    }

    /// `count` spaces, written as bytes (`String(repeating:count:)` cost ~6,000 instructions for a short run).
    public static func spaces(_ count: Int) -> String {
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: 0x20)
            return count
        }
    }

    /// Splits text into lines of at most `width` cells, breaking at spaces
    /// where it can and between any two CJK characters.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            var lastSpace: String.Index?
            for character in paragraph {
                let cellCount = cells(of: character)
                if lineWidth + cellCount > width {
                    if character == " " {
                        lines.append(line)
                        line = ""; lineWidth = 0; lastSpace = nil
                        continue
                    }
                    if let space = lastSpace, cellCount == 1 {
                        let head = String(line[..<space])
                        let tail = String(line[line.index(after: space)...])
                        lines.append(head)
                        line = tail
                        lineWidth = cells(of: tail)
                    } else {
                        lines.append(line)
                        line = ""; lineWidth = 0
                    }
                    lastSpace = nil
                }
                if character == " " { lastSpace = line.endIndex }
                if cellCount > 1 { lastSpace = nil }
                line.append(character)
                lineWidth += cellCount
            }
            lines.append(line)
        }
        return lines
    }
}
