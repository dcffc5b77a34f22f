import Foundation

/// Finds where things are in a TOML text, for error messages.
///
/// TOMLKit gives positions only for syntax errors, not for the nodes of a parsed
/// table, so semantic errors (a duplicate id, a missing translation) are placed
/// by finding the `id = "…"` line of the enclosing entry and the key after it.
struct TOMLLocator {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
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
