import Foundation

/// Finds where things are in a TOML text, for error messages.
///
/// TOMLKit gives positions only for syntax errors, not for the nodes of a parsed
/// table, so semantic errors (a duplicate id, a missing translation) are placed
/// by finding the `id = "…"` line (or the `[table]` header) of the enclosing entry,
/// the key after it and, in an inline list, the element itself.
struct TOMLLocator {
    /// The text split into lines on first use: a valid standard (every start-up reads one) never needs them.
    private final class Lines {
        let text: String
        lazy var value: [Substring] = text.split(separator: "\n", omittingEmptySubsequences: false)
        init(_ text: String) { self.text = text }
    }

    private let storage: Lines
    private var lines: [Substring] { storage.value }

    init(_ text: String) {
        storage = Lines(text)
    }

    /// The line (from 1) of the n-th `id = "value"` in the file.
    func line(ofID id: String, occurrence: Int = 1) -> Int? {
        var seen = 0
        for (index, line) in lines.enumerated() where Self.assigns(line, key: "id") {
            guard let value = Self.quotedValue(line), value == id else { continue }
            seen += 1
            if seen == occurrence { return index + 1 }
        }
        return nil
    }

    /// The first line at or after `start` that assigns `key`, before the next `[[…]]` header.
    func line(ofKey key: String, from start: Int) -> Int? {
        guard start >= 1 else { return nil }
        for index in (start - 1)..<lines.count {
            let line = lines[index]
            if index > start - 1, line.trimmingCharacters(in: .whitespaces).hasPrefix("[") { return nil }
            if Self.assigns(line, key: key) { return index + 1 }
        }
        return nil
    }

    /// The line (from 1) of a table's header, `[name]`.
    func line(ofHeader name: String) -> Int? {
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("["), !trimmed.hasPrefix("[["), let end = trimmed.firstIndex(of: "]") else { continue }
            if trimmed[trimmed.index(after: trimmed.startIndex)..<end].trimmingCharacters(in: .whitespaces) == name { return index + 1 }
        }
        return nil
    }

    /// Where element `index` (from 0) of the inline array assigned on line `keyLine` begins: its line and column.
    /// Strings and comments are skipped, so brackets and commas inside them do not count.
    func position(ofElement index: Int, inArrayOn keyLine: Int) -> (line: Int, column: Int)? {
        guard lines.indices.contains(keyLine - 1), let equals = lines[keyLine - 1].firstIndex(of: "=") else { return nil }
        var depth = 0
        var seen = -1
        var awaiting = false  // inside the array, before the next element's first character
        var quote: (mark: Character, triple: Bool)?
        for number in keyLine...lines.count {
            let line = lines[number - 1]
            var cursor = number == keyLine ? line.index(after: equals) : line.startIndex
            while cursor < line.endIndex {
                let character = line[cursor]
                var step = 1
                if let open = quote {
                    if character == "\\", open.mark == "\"" {
                        step = 2
                    } else if character == open.mark {
                        if !open.triple {
                            quote = nil
                        } else if line[cursor...].hasPrefix(String(repeating: open.mark, count: 3)) {
                            quote = nil
                            step = 3
                        }
                    }
                } else if character == "#" {
                    break
                } else if character != " ", character != "\t", character != "\r" {
                    if depth == 0, character != "[" { return nil }
                    if awaiting, character != ",", character != "]" {
                        seen += 1
                        if seen == index { return (number, line.distance(from: line.startIndex, to: cursor) + 1) }
                        awaiting = false
                    }
                    switch character {
                    case "\"", "'":
                        let triple = line[cursor...].hasPrefix(String(repeating: character, count: 3))
                        quote = (character, triple)
                        step = triple ? 3 : 1
                    case "[", "{":
                        depth += 1
                        if depth == 1 { awaiting = true }
                    case "]", "}":
                        depth -= 1
                        if depth == 0 { return nil }
                    case ",":
                        if depth == 1 { awaiting = true }
                    default:
                        break
                    }
                }
                cursor = line.index(cursor, offsetBy: step, limitedBy: line.endIndex) ?? line.endIndex
            }
            if quote?.triple == false { quote = nil }  // a one-line string ends with its line
        }
        return nil
    }

    /// The column (from 1) where the first non-blank character of a line stands.
    func column(ofLine number: Int) -> Int {
        guard lines.indices.contains(number - 1) else { return 1 }
        return (lines[number - 1].firstIndex { $0 != " " && $0 != "\t" }.map { lines[number - 1].distance(from: lines[number - 1].startIndex, to: $0) } ?? 0) + 1
    }

    private static func assigns(_ line: Substring, key: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix(key) else { return false }
        let rest = trimmed.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
        return rest.hasPrefix("=") || rest.hasPrefix(".")
    }

    private static func quotedValue(_ line: Substring) -> String? {
        guard let equals = line.firstIndex(of: "=") else { return nil }
        let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard let quote = value.first, quote == "\"" || quote == "'" else { return nil }
        let body = value.dropFirst()
        guard let end = body.firstIndex(of: quote) else { return nil }
        return String(body[..<end])
    }
}
