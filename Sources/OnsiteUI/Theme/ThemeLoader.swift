import OnsiteCore

/// Reads a theme from TOML: semantic roles only, every error with its line.
public enum ThemeLoader {
    /// A problem in a theme file.
    public typealias Problem = StandardError

    /// Parses a theme; unknown roles, colours or fields are errors, a missing role looks like `normal`.
    public static func load(toml text: String) -> Result<Theme, ThemeErrors> {
        let root: [String: TOMLNode]
        do {
            root = try TOMLNode.parse(text)
        } catch {
            return .failure(ThemeErrors(errors: [error]))
        }
        var errors: [Problem] = []
        func fail(_ message: String, key: String, after line: Int = 1) {
            let place = TOMLNode.line(ofKey: key, in: text, after: line)
            errors.append(Problem(line: place, column: place == nil ? nil : 1, message: message))
        }
        for key in root.keys where !["name", "description", "colors", "background", "roles"].contains(key) {
            fail("unknown field \"\(key)\" (expected name, description, colors, background, roles)", key: key)
        }
        let name = root["name"]?.stringValue ?? ""
        if name.isEmpty { fail("missing \"name\"", key: "name") }
        let usesColor = root["colors"]?.boolValue ?? true
        let lightBackground = root["background"]?.stringValue == "light"
        // Where the roles start, for an error's line only (looked up when there is one).
        func rolesLine() -> Int { TOMLNode.line(ofHeader: "roles", in: text) ?? 1 }
        var styles: [StyleRole: TextStyle] = [:]
        for (roleName, value) in root["roles"]?.tableValue ?? [:] {
            guard let role = StyleRole(rawValue: roleName) else {
                fail("unknown role \"\(roleName)\" (roles: \(StyleRole.allCases.map(\.rawValue).joined(separator: ", ")))", key: roleName, after: rolesLine())
                continue
            }
            guard let fields = value.tableValue else {
                fail("role \"\(roleName)\" must be a table like { fg = \"white\" }", key: roleName, after: rolesLine())
                continue
            }
            var style = TextStyle()
            for (field, fieldValue) in fields {
                switch field {
                case "fg", "bg":
                    let fallbackName = fields[field + "_fallback"]?.stringValue
                    switch color(fieldValue, fallback: fallbackName) {
                    case .success(let color): if field == "fg" { style.foreground = color } else { style.background = color }
                    case .failure(let problem): fail("role \"\(roleName)\" \(field): \(problem.message)", key: roleName, after: rolesLine())
                    }
                case "fg_fallback", "bg_fallback": break
                case "bold", "reverse", "underline", "dim":
                    guard let flag = fieldValue.boolValue else {
                        fail("role \"\(roleName)\" \(field) must be true or false", key: roleName, after: rolesLine())
                        continue
                    }
                    switch field {
                    case "bold": style.bold = flag
                    case "reverse": style.reverse = flag
                    case "underline": style.underline = flag
                    default: style.dim = flag
                    }
                default:
                    fail("role \"\(roleName)\": unknown field \"\(field)\" (fg, bg, fg_fallback, bg_fallback, bold, reverse, underline, dim)", key: roleName, after: rolesLine())
                }
            }
            styles[role] = style
        }
        guard errors.isEmpty else { return .failure(ThemeErrors(errors: errors.sorted { ($0.line ?? 0) < ($1.line ?? 0) })) }
        return .success(Theme(name: name, usesColor: usesColor, lightBackground: lightBackground, styles: styles))
    }

    private static let basicNames: [String: TerminalColor.BasicFallback] = [
        "black": .black, "red": .red, "green": .green, "yellow": .yellow,
        "blue": .blue, "magenta": .magenta, "cyan": .cyan, "white": .white,
    ]

    /// Why a colour value was refused.
    private struct ColorProblem: Error { var message: String }

    private static func color(_ node: TOMLNode, fallback: String?) -> Result<TerminalColor, ColorProblem> {
        if let name = node.stringValue {
            guard let basic = basicNames[name.lowercased()] else {
                return .failure(ColorProblem(message: "unknown colour \"\(name)\" (use \(basicNames.keys.sorted().joined(separator: ", ")) or 0-255)"))
            }
            return .success(TerminalColor(basic))
        }
        if let index = node.intValue {
            guard (0...255).contains(index) else { return .failure(ColorProblem(message: "colour \(index) is not in 0-255")) }
            guard let fallback else { return .success(TerminalColor.indexed(UInt8(index), fallback: TerminalColor.nearestBasic(UInt8(index)))) }
            guard let basic = basicNames[fallback.lowercased()] else { return .failure(ColorProblem(message: "unknown fallback colour \"\(fallback)\"")) }
            return .success(TerminalColor.indexed(UInt8(index), fallback: basic))
        }
        return .failure(ColorProblem(message: "a colour is a name in quotes or a number 0-255"))
    }
}

/// Every problem found in one theme file.
public struct ThemeErrors: Error, Hashable, Sendable {
    public var errors: [StandardError]
}
