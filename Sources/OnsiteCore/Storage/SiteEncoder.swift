import Foundation

/// Writes `site.json` as `JSONFormat.encode(site, userInfo: [Site.daysApart: true])` does, byte for byte,
/// encoding again only the live problems that changed since the last time. The problems are most of a long
/// site's file (82 of them, ~60 KiB, on a 3-year site) and `JSONEncoder` was half of an action's save; one
/// action changes one problem. Each problem is encoded on its own with the same encoder and put into the
/// encoding of the rest at the place, and with the indentation, the whole encoding gives it (a test holds
/// the two equal); when that place cannot be found the site is encoded whole.
final class SiteEncoder: @unchecked Sendable {
    // `encoded` is read and written only under `lock` (which is what makes the unchecked Sendable true).
    private let lock = NSLock()
    private var encoded: [String: Encoded] = [:]

    /// A problem as it was last encoded: its lines indented for its place in the list, without the final newline.
    private struct Encoded {
        let problem: Problem
        let indent: Int
        let json: Data
    }

    func encode(_ site: Site) throws(StorageError) -> Data {
        let userInfo: [CodingUserInfoKey: any Sendable] = [Site.daysApart: true]
        guard !site.registers.problems.isEmpty else { return try JSONFormat.encode(site, userInfo: userInfo) }
        var rest = site
        rest.registers.problems = []
        let shell = try JSONFormat.encode(rest, userInfo: userInfo)
        guard let place = Self.emptyProblems(in: shell) else { return try JSONFormat.encode(site, userInfo: userInfo) }
        let indent = Data(repeating: 0x20, count: place.indent + 2)
        var document = Data(shell[..<place.inside])
        document.reserveCapacity(shell.count + site.registers.problems.count * 1_024)
        document.append(0x0A)
        lock.lock()
        defer { lock.unlock() }
        var kept: [String: Encoded] = [:]
        for (index, problem) in site.registers.problems.enumerated() {
            let entry: Encoded
            if let known = encoded[problem.id], known.problem == problem, known.indent == indent.count {
                entry = known
            } else {
                entry = Encoded(problem: problem, indent: indent.count, json: Self.indented(try JSONFormat.encode(problem, userInfo: userInfo), by: indent))
            }
            kept[problem.id] = entry
            if index > 0 { document.append(contentsOf: [0x2C, 0x0A]) }  // ",\n"
            document.append(entry.json)
        }
        encoded = kept
        document.append(0x0A)
        document.append(Data(repeating: 0x20, count: place.indent))
        document.append(shell[place.closing...])
        return document
    }

    /// `json` (which ends with a newline) with every line but blank ones indented, and no final newline.
    private static func indented(_ json: Data, by indent: Data) -> Data {
        var result = Data(capacity: json.count + json.count / 8)
        var lineStart = json.startIndex
        for index in json.indices where json[index] == 0x0A {
            // The blank line of an empty list stays blank, as the whole encoding writes it.
            if index > lineStart { result.append(indent) }
            result.append(json[lineStart..<index])
            if index + 1 < json.endIndex { result.append(0x0A) }
            lineStart = index + 1
        }
        return result
    }

    /// Where the empty problem list of the encoded rest is: after its `[`, the indentation of its key's line,
    /// and its `]`; nil unless there is exactly one.
    private static func emptyProblems(in json: Data) -> (inside: Data.Index, indent: Int, closing: Data.Index)? {
        let key = Data("\"problems\" : [\n\n".utf8)
        guard let found = json.range(of: key), json.range(of: key, in: found.upperBound..<json.endIndex) == nil else { return nil }
        var lineStart = found.lowerBound
        while lineStart > json.startIndex, json[lineStart - 1] != 0x0A { lineStart -= 1 }
        let indent = found.lowerBound - lineStart
        guard json[lineStart..<found.lowerBound].allSatisfy({ $0 == 0x20 }) else { return nil }
        let closing = found.upperBound + indent
        guard closing < json.endIndex, json[found.upperBound..<closing].allSatisfy({ $0 == 0x20 }), json[closing] == 0x5D else { return nil }
        return (found.upperBound - 2, indent, closing)
    }
}
