/// Lets the shared options come before the subcommand (`onsite --data-dir X demo`),
/// which the argument parser only accepts after it.
enum ArgumentOrder {
    static let subcommands: Set<String> = ["run", "demo", "list", "standard", "export"]
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
}
