import Foundation
import OnsiteCore

/// The themes there are: the built-in ones, then the user's own from the config folder.
public struct ThemeCatalog: Sendable {
    public var themes: [Theme]
    /// User theme files that could not be read (each falls back to the default).
    public var problems: [FileProblem]

    /// The built-in themes (default, light, high-contrast, monochrome).
    public static let builtIn: [Theme] = BuiltInThemes.files.map { file in
        switch ThemeLoader.load(toml: file.text) {
        case .success(let theme): return theme
        // The built-in files are checked by the test suite; reaching this is a build defect.
        case .failure(let errors): preconditionFailure("built-in theme \(file.name) does not load: \(errors)")
        }
    }

    /// The built-in themes plus every `*.toml` in the user's themes folder.
    public static func load(userFolder: URL) -> ThemeCatalog {
        var catalog = ThemeCatalog(themes: builtIn, problems: [])
        for file in ConfigDirectory.tomlFiles(in: userFolder) {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            switch ThemeLoader.load(toml: String(decoding: data, as: UTF8.self)) {
            case .success(let theme):
                catalog.themes.removeAll { $0.name == theme.name }
                catalog.themes.append(theme)
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

    /// A theme by name.
    public func theme(named name: String) -> Theme? { themes.first { $0.name == name } }
}

extension Theme {
    /// The default theme.
    public static var standard: Theme { ThemeCatalog.builtIn.first { $0.name == "default" } ?? ThemeCatalog.builtIn[0] }
    /// No colours: attributes carry the meaning (NO_COLOR, terminals without colour).
    public static var monochrome: Theme { ThemeCatalog.builtIn.first { $0.name == "monochrome" } ?? standard }
}
