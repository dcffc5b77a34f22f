import ArgumentParser
import Foundation

let arguments = ArgumentOrder.normalized(Array(CommandLine.arguments.dropFirst()))
// Opening Onsite is the common case and start-up time counts: parse it as its own command, without the tree of
// every subcommand (about a fifth of start-up's CPU). Anything else, and any doubt, goes through the full parser.
if let (command, rest) = ArgumentOrder.quickStart(arguments), let parsed = try? command.parseAsRoot(rest) {
    var started = parsed
    do {
        try started.run()
        Onsite.exit()
    } catch {
        Onsite.exit(withError: error)
    }
}
Onsite.main(arguments)
