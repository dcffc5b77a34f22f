import Crypto
import Foundation
import TOMLKit

/// Reads and checks service standards written in TOML.
public enum StandardLoader {
    /// The schema of standard files this program reads.
    public static let supportedSchema = 1

    /// The built-in default standard, as a document (text, hash, parsed standard). Its values were parsed from the
    /// text when the program was built (`DefaultStandard.compiled`, kept equal to the text by the test suite): a start
    /// never parses the TOML.
    public static let defaultDocument = StandardDocument(text: DefaultStandard.toml, standard: DefaultStandard.compiled)

    /// The built-in standard's text as bytes, as a site's copy of it holds them.
    static let defaultBytes = Data(DefaultStandard.toml.utf8)

    /// The built-in default standard.
    public static func defaultStandard() -> ServiceStandard { defaultDocument.standard }

    /// The default standard's TOML text, as `onsite standard export-default` writes it.
    public static var defaultText: String { DefaultStandard.toml }

    /// Parses and checks a standard; every problem found is listed.
    public static func load(toml text: String) throws(StandardErrors) -> ServiceStandard {
        try document(toml: text).standard
    }

    /// Parses and checks a standard, keeping its text and SHA-256 so a site can keep its own copy.
    public static func document(toml text: String) throws(StandardErrors) -> StandardDocument {
        let table = try parse(text)
        var reader = StandardTableReader(locator: TOMLLocator(text))
        let standard = reader.read(table)
        guard reader.errors.isEmpty, let standard else { throw StandardErrors(inOrder: reader.errors) }
        var referenced = standard
        referenced.sha256 = sha256(of: Data(text.utf8))
        return StandardDocument(text: text, standard: referenced)
    }
}

extension StandardLoader {
    /// SHA-256 of a standard's text, as lowercase hex.
    public static func sha256(of data: Data) -> String {
        let hex: [Character] = Array("0123456789abcdef")
        var text = ""
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return text
    }
}

/// All problems found in one standard file.
public struct StandardErrors: Error, Hashable, Sendable {
    public var errors: [StandardError]
}

/// A standard with the exact text it was read from.
public struct StandardDocument: Hashable, Sendable {
    public var text: String
    public var standard: ServiceStandard
}

extension StandardLoader {
    /// Parses a checked TOML file (a standard, a walkthrough): header shapes that would abort the parser are refused
    /// first (`TOMLHeaderCheck`), and a syntax error comes back with its line and column.
    static func parse(_ text: String) throws(StandardErrors) -> TOMLTable {
        if let problem = TOMLHeaderCheck.firstProblem(in: text) { throw StandardErrors(errors: [problem]) }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw StandardErrors(errors: [StandardError(line: error.source.begin.line, column: error.source.begin.column, message: error.description)])
        } catch {
            throw StandardErrors(errors: [StandardError(message: String(describing: error))])
        }
    }
}

extension StandardErrors {
    /// The errors in the order of the file: by line, then column.
    init(inOrder errors: [StandardError]) {
        self.init(errors: errors.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
    }
}
