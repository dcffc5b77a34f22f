import Foundation

/// A data file that could not be read, what was done about it, and where it went.
public struct FileProblem: Error, Hashable, Sendable {
    /// What is wrong inside a file, and where.
    public struct Cause: Error, Hashable, Sendable {
        public var line: Int?
        public var column: Int?
        public var message: String

        public init(line: Int?, column: Int?, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }

        /// Reads line and column from a decoding error (or from its JSON path).
        init(_ error: DecodingError, in data: Data) {
            let context: DecodingError.Context
            switch error {
            case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c): context = c
            @unknown default:
                self.init(line: nil, column: nil, message: String(describing: error))
                return
            }
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            var message = context.debugDescription
            if case .keyNotFound(let key, _) = error { message = "missing field \"\(key.stringValue)\"" }
            if case .typeMismatch(let type, _) = error { message = "expected \(type)" }
            let underlying = context.underlyingError.map { String(describing: $0) } ?? ""
            let position = Cause.position(in: underlying + " " + context.debugDescription)
            let located = position ?? Cause.syntaxPosition(in: data) ?? Cause.locate(key: context.codingPath.last?.stringValue, in: data)
            let detail = underlying.isEmpty || position == nil ? message : message + " (" + underlying + ")"
            self.init(line: located?.line, column: located?.column, message: path.isEmpty ? detail : "\(path): \(detail)")
        }

        /// Finds "line N, column M" in the text of an error, if the parser gave one.
        static func position(in text: String) -> (line: Int, column: Int)? {
            guard let lineRange = text.range(of: "line "), let columnRange = text.range(of: "column ") else { return nil }
            let line = Int(text[lineRange.upperBound...].prefix { $0.isNumber })
            let column = Int(text[columnRange.upperBound...].prefix { $0.isNumber })
            guard let line, let column else { return nil }
            return (line, column)
        }

        /// Where JSON syntax breaks, as line and column: the decoder on Linux gives no position,
        /// JSONSerialization gives a character offset.
        static func syntaxPosition(in data: Data) -> (line: Int, column: Int)? {
            do {
                _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
                return nil
            } catch {
                let text = String(describing: error)
                guard let range = text.range(of: "character ") else { return nil }
                guard let offset = Int(text[range.upperBound...].prefix { $0.isNumber }) else { return nil }
                return lineAndColumn(ofCharacter: offset, in: data)
            }
        }

        /// Line and column (both from 1) of a byte offset in UTF-8 text.
        static func lineAndColumn(ofCharacter offset: Int, in data: Data) -> (line: Int, column: Int) {
            let before = String(decoding: data.prefix(max(0, offset)), as: UTF8.self)
            let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
            return (lines.count, (lines.last?.count ?? 0) + 1)
        }

        /// The first line where `"key":` appears, for errors the parser gave no position for.
        static func locate(key: String?, in data: Data) -> (line: Int, column: Int)? {
            guard let key, let text = String(data: data, encoding: .utf8) else { return nil }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if let range = line.range(of: "\"\(key)\"") {
                    return (number + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
                }
            }
            return nil
        }
    }

    /// The file that failed.
    public var path: String
    public var cause: Cause
    /// Where the bad file was moved, if it was.
    public var quarantinedTo: String?
    /// Whether the previous good save was loaded in its place.
    public var restoredPrevious: Bool

    public init(path: String, cause: Cause, quarantinedTo: String?, restoredPrevious: Bool) {
        self.path = path
        self.cause = cause
        self.quarantinedTo = quarantinedTo
        self.restoredPrevious = restoredPrevious
    }
}
