import ArgumentParser
import OnsiteCore

/// Lets the shared options come before the subcommand (`onsite --data-dir X demo`),
/// which the argument parser only accepts after it.
enum ArgumentOrder {
    static let subcommands: Set<String> = ["run", "demo", "list", "verify", "standard", "export", "train"]
    static let optionsWithValues: Set<String> = ["--data-dir", "--lang", "--theme"]

    /// The arguments with the first subcommand name moved to the front.
    static func normalized(_ arguments: [String]) -> [String] {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if optionsWithValues.contains(argument) { index += 2; continue }
            if argument.hasPrefix("-") { index += 1; continue }
            guard subcommands.contains(argument), index > 0 else { return arguments }
            var moved = arguments
            moved.remove(at: index)
            return [argument] + moved
        }
        return arguments
    }

    /// What opening Onsite asks for, read without the argument parser: only `[run|demo]` followed by
    /// `--data-dir D`, `--lang en|zh`, `--theme T` and `--no-mouse`, each at most once; nil for anything else
    /// (which then goes through the parser, so its help and messages stay the same).
    static func launchOptions(_ arguments: [String]) -> (demo: Bool, dataDirectory: String?, language: Language?, theme: String?, mouse: Bool)? {
        var rest = arguments[...]
        var demo = false
        if rest.first == "run" || rest.first == "demo" {
            demo = rest.first == "demo"
            rest = rest.dropFirst()
        }
        var values: [String: String] = [:]
        var mouse = true
        while let argument = rest.first {
            rest = rest.dropFirst()
            if argument == "--no-mouse", mouse {
                mouse = false
            } else if optionsWithValues.contains(argument), values[argument] == nil, let value = rest.first, !value.hasPrefix("-") {
                values[argument] = value
                rest = rest.dropFirst()
            } else {
                return nil
            }
        }
        var language: Language?
        if let text = values["--lang"] {
            guard let known = Language(rawValue: text) else { return nil }
            language = known
        }
        return (demo, values["--data-dir"], language, values["--theme"], mouse)
    }
}
