import ArgumentParser

/// Lets the shared options come before the subcommand (`onsite --data-dir X demo`),
/// which the argument parser only accepts after it.
enum ArgumentOrder {
    static let subcommands: Set<String> = ["run", "demo", "list", "standard"]
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

    /// The command that opens Onsite (`run`, the default, or `demo`) and its arguments, when that is all the arguments
    /// ask for; nil for help, version, other subcommands or anything unexpected.
    static func quickStart(_ arguments: [String]) -> (ParsableCommand.Type, [String])? {
        let help: Set<String> = ["-h", "--help", "help", "--version", "--experimental-dump-help", "--generate-completion-script"]
        guard !arguments.contains(where: { help.contains($0) || $0.hasPrefix("--generate-completion") }) else { return nil }
        switch arguments.first {
        case nil: return (Run.self, [])
        case "run": return (Run.self, Array(arguments.dropFirst()))
        case "demo": return (Demo.self, Array(arguments.dropFirst()))
        case let first? where first.hasPrefix("-"): return (Run.self, arguments)
        default: return nil
        }
    }
}
