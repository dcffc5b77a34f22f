import TOMLKit

/// A TOML document as plain values, so layers above read settings files without TOMLKit.
public indirect enum TOMLNode: Hashable, Sendable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case float(Double)
    case array([TOMLNode])
    case table([String: TOMLNode])
    /// Dates and times, which settings files here never need.
    case other

    /// Parses TOML text; a syntax error comes back with its line and column.
    public static func parse(_ text: String) throws(StandardError) -> [String: TOMLNode] {
        if let problem = TOMLHeaderCheck.firstProblem(in: text) { throw problem }
        do {
            return convert(try TOMLTable(string: text))
        } catch let error as TOMLParseError {
            throw StandardError(line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            throw StandardError(message: String(describing: error))
        }
    }

    /// The line (from 1) where a key is first assigned in the text, if it can be found.
    public static func line(ofKey key: String, in text: String, after start: Int = 1) -> Int? {
        TOMLLocator(text).line(ofKey: key, from: start)
    }

    /// The line (from 1) of a `[header]` in the text, if it can be found.
    public static func line(ofHeader header: String, in text: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.trimmingCharacters(in: .whitespaces) == "[\(header)]" {
            return index + 1
        }
        return nil
    }

    public var stringValue: String? { if case .string(let value) = self { value } else { nil } }
    public var intValue: Int? { if case .integer(let value) = self { value } else { nil } }
    public var boolValue: Bool? { if case .boolean(let value) = self { value } else { nil } }
    public var tableValue: [String: TOMLNode]? { if case .table(let value) = self { value } else { nil } }

    private static func convert(_ table: TOMLTable) -> [String: TOMLNode] {
        var result: [String: TOMLNode] = [:]
        for key in table.keys {
            if let value = table[key] { result[key] = convert(value) }
        }
        return result
    }

    private static func convert(_ value: TOMLValueConvertible) -> TOMLNode {
        if let text = value.string { return .string(text) }
        if let flag = value.bool { return .boolean(flag) }
        if let number = value.int { return .integer(number) }
        if let number = value.double { return .float(number) }
        if let table = value.table { return .table(convert(table)) }
        if let array = value.array { return .array(array.map { convert($0) }) }
        return .other
    }
}
