import Foundation
import TOMLKit

/// The settings a user's choices leave behind: interface language and theme.
public struct UserConfig: Hashable, Sendable {
    public var language: Language?
    public var theme: String?

    public init(language: Language? = nil, theme: String? = nil) {
        self.language = language
        self.theme = theme
    }

    /// Reads `config.toml`; a missing file is an empty config, a broken one an error with its place.
    public static func load(from file: URL) -> Result<UserConfig, FileProblem> {
        guard let data = FileManager.default.contents(atPath: file.path) else { return .success(UserConfig()) }
        let text = String(decoding: data, as: UTF8.self)
        let table: TOMLTable
        if let bad = TOMLHeaderCheck.firstProblem(in: text) {
            return .failure(problem(file, line: bad.line, column: bad.column, bad.message))
        }
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return .failure(problem(file, line: error.source.begin.line, column: error.source.begin.column, error.description))
        } catch {
            return .failure(problem(file, line: nil, column: nil, String(describing: error)))
        }
        var config = UserConfig()
        if let raw = table["language"] {
            guard let text = raw.string, let language = Language(rawValue: text) else {
                return .failure(problem(file, line: TOMLLocator(text).line(ofKey: "language", from: 1), column: 1, "language must be \"en\" or \"zh\""))
            }
            config.language = language
        }
        if let raw = table["theme"] {
            guard let name = raw.string else {
                return .failure(problem(file, line: TOMLLocator(text).line(ofKey: "theme", from: 1), column: 1, "theme must be a theme's name in quotes"))
            }
            config.theme = name
        }
        return .success(config)
    }

    /// Writes `config.toml` durably.
    public func save(to file: URL) throws(StorageError) {
        try DurableFile.makeDirectory(file.deletingLastPathComponent())
        var lines = ["# Onsite settings. Written by Onsite when you change them; safe to edit."]
        if let language { lines.append("language = \"\(language.rawValue)\"") }
        if let theme { lines.append("theme = \"\(theme.replacingOccurrences(of: "\"", with: ""))\"") }
        try DurableFile.replace(file, with: Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    private static func problem(_ file: URL, line: Int?, column: Int?, _ message: String) -> FileProblem {
        FileProblem(path: file.path, cause: FileProblem.Cause(line: line, column: column, message: message), quarantinedTo: nil, restoredPrevious: false)
    }
}
