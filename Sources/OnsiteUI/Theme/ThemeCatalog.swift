import Foundation
import OnsiteCore

/// The themes there are: the built-in ones, then the user's own from the config folder.
/// A built-in theme is parsed only when it is asked for: start-up reads the one in use, not all four.
public struct ThemeCatalog: Sendable {
    /// The user's own themes that loaded (a name of a built-in theme replaces it).
    public var userThemes: [Theme]
    /// User theme files that could not be read (each falls back to the default).
    public var problems: [FileProblem]

    public init(userThemes: [Theme] = [], problems: [FileProblem] = []) {
        self.userThemes = userThemes
        self.problems = problems
    }

    /// The built-in themes (default, light, high-contrast, monochrome), each parsed.
    public static var builtIn: [Theme] { BuiltInThemes.files.compactMap { builtInTheme(named: $0.name) } }

    /// One built-in theme by name, parsed from its file.
    public static func builtInTheme(named name: String) -> Theme? {
        guard let file = BuiltInThemes.files.first(where: { $0.name == name }) else { return nil }
        switch ThemeLoader.load(toml: file.text) {
        case .success(let theme): return theme
        // The built-in files are checked by the test suite; reaching this is a build defect.
        case .failure(let errors): preconditionFailure("built-in theme \(file.name) does not load: \(errors)")
        }
    }

    /// The name of every theme: the built-in ones not replaced by the user's, then the user's (none is parsed for it:
    /// a built-in file carries its theme's name, as the tests check).
    public var names: [String] {
        let replaced = Set(userThemes.map(\.name))
        return BuiltInThemes.files.map(\.name).filter { !replaced.contains($0) } + userThemes.map(\.name)
    }

    /// The built-in themes plus every `*.toml` in the user's themes folder.
    public static func load(userFolder: URL) -> ThemeCatalog {
        var catalog = ThemeCatalog()
        for file in ConfigDirectory.tomlFiles(in: userFolder) {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            switch ThemeLoader.load(toml: String(decoding: data, as: UTF8.self)) {
            case .success(let theme):
                catalog.userThemes.removeAll { $0.name == theme.name }
                catalog.userThemes.append(theme)
            case .failure(let errors):
                let first = errors.errors.first
                catalog.problems.append(FileProblem(
                    path: file.path,
                    cause: FileProblem.Cause(line: first?.line, column: first?.column, message: (first?.message ?? "unreadable") + " — the default theme is used instead"),
                    quarantinedTo: nil, restoredPrevious: false))
            }
        }
        return catalog
    }

    /// A theme by name: the user's own first, then the built-in one.
    public func theme(named name: String) -> Theme? {
        userThemes.last { $0.name == name } ?? Self.builtInTheme(named: name)
    }
}

extension Theme {
    /// The default theme.
    public static var standard: Theme { ThemeCatalog.builtInTheme(named: "default") ?? ThemeCatalog.builtIn[0] }
    /// No colours: attributes carry the meaning (NO_COLOR, terminals without colour).
    public static var monochrome: Theme { ThemeCatalog.builtInTheme(named: "monochrome") ?? standard }
}
