import OnsiteCore

/// Text being typed, with a cursor. Control characters never enter it.
public struct TextField: Codable, Hashable, Sendable {
    /// Longest text a field takes; a longer paste is cut there and the user told.
    public static let maxLength = 20_000

    public var text: String
    /// The cursor, as a count of characters from the start.
    public var cursor: Int
    public var multiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        self.text = text
        self.multiline = multiline
        cursor = text.count
    }

    /// Inserts typed or pasted text at the cursor; returns false when some of it was cut.
    @discardableResult
    public mutating func insert(_ typed: String) -> Bool {
        var clean = multiline ? TextSanitizer.multiLine(typed) : TextSanitizer.singleLine(typed.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
        let room = TextField.maxLength - text.count
        var complete = true
        if clean.count > room {
            clean = String(clean.prefix(max(0, room)))
            complete = false
        }
        let index = text.index(text.startIndex, offsetBy: min(cursor, text.count))
        text.insert(contentsOf: clean, at: index)
        cursor += clean.count
        return complete
    }

    /// Applies an editing key; returns whether the key was one.
    public mutating func handle(_ key: Key) -> Bool {
        cursor = min(max(0, cursor), text.count)
        switch key {
        case .character(let character):
            insert(String(character))
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"):
            text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
            cursor = 0
        case .control("k"):
            text.removeSubrange(text.index(text.startIndex, offsetBy: cursor)...)
        default:
            return false
        }
        return true
    }
}
