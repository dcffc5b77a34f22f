import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteUI

/// The `onsite` command: the program itself, and the subcommands for scripts.

struct Onsite: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "onsite",
        abstract: "Walks a crew through the on-site service standard and keeps every record safe.",
        version: version,
        subcommands: [Run.self, Demo.self, List.self, Verify.self, Export.self, StandardCommand.self, Train.self, Generate.self, StoreBench.self],
        defaultSubcommand: Run.self
    )
}

/// Options every subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Where the records are kept (default: $XDG_DATA_HOME/onsite).")
    var dataDirectory: String?

    @Option(name: .customLong("lang"), help: "Interface language: en or zh (default: from LANG).")
    var language: Language?

    func directory() -> DataDirectory {
        DataDirectory.resolve(override: dataDirectory, environment: LaunchEnvironment.current())
    }
}

extension Language: ExpressibleByArgument {}

/// How the program looks and what input it takes.
struct DisplayOptions: ParsableArguments {
    @Flag(name: .customLong("no-mouse"), help: "Do not use the mouse.")
    var noMouse = false

    @Option(name: .customLong("theme"), help: "Colour theme: default, light, high-contrast, monochrome, or one of yours.")
    var theme: String?
}

/// Opens Onsite (the default).
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open Onsite (a demo site is offered when there is no data yet).")

    @OptionGroup var common: CommonOptions
    @OptionGroup var display: DisplayOptions

    func run() throws {
        try MainActor.assumeIsolated {
            try Launcher(common: common, mouse: !display.noMouse, themeName: display.theme, openDemo: false).launch()
        }
    }
}

/// Opens the demo site directly, creating it if it is missing.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the demo site (created if it is missing).")

    @OptionGroup var common: CommonOptions
    @OptionGroup var display: DisplayOptions

    func run() throws {
        try MainActor.assumeIsolated {
            try Launcher(common: common, mouse: !display.noMouse, themeName: display.theme, openDemo: true).launch()
        }
    }
}
