import Foundation

/// Where the user's settings live: `$XDG_CONFIG_HOME/onsite` (default `~/.config/onsite`).
///
/// ```
/// config.toml          language and theme
/// standards/*.toml     the company's own service standards, offered for new sites
/// themes/*.toml        the user's own colour themes
/// ```
public struct ConfigDirectory: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// `$XDG_CONFIG_HOME/onsite`, else `~/.config/onsite`.
    public static func resolve(environment: [String: String]) -> ConfigDirectory {
        ConfigDirectory(root: XDGDirectory.resolve("XDG_CONFIG_HOME", fallback: ".config", environment: environment))
    }

    public var configFile: URL { root.appendingPathComponent("config.toml") }
    public var standardsURL: URL { root.appendingPathComponent("standards") }
    public var themesURL: URL { root.appendingPathComponent("themes") }

    /// The `.toml` files of a folder, sorted by name (none when the folder does not exist).
    public static func tomlFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The company's standards in `standards/`: the ones that load, and what is wrong with the others.
    public func companyStandards() -> (documents: [StandardDocument], problems: [FileProblem]) {
        var documents: [StandardDocument] = []
        var problems: [FileProblem] = []
        for file in Self.tomlFiles(in: standardsURL) {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            do throws(StandardErrors) {
                documents.append(try StandardLoader.document(toml: String(decoding: data, as: UTF8.self)))
            } catch {
                let first = error.errors.first
                let more = error.errors.count > 1 ? " (and \(error.errors.count - 1) more; run `onsite standard check \(file.path)`)" : ""
                problems.append(FileProblem(
                    path: file.path,
                    cause: FileProblem.Cause(line: first?.line, column: first?.column, message: (first?.message ?? "unreadable") + more),
                    quarantinedTo: nil, restoredPrevious: false))
            }
        }
        return (documents, problems)
    }
}
