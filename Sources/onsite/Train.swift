import ArgumentParser
import Foundation
import OnsiteCore

/// `onsite train`: the training sandbox with the guided walkthrough, and `onsite train check` for a trainer's own chapters.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Open the training sandbox: a guided walkthrough of the standard, with a quiz per chapter.",
        discussion: """
            The sandbox has its own data directory beside the real one (<data-dir>-training); nothing done in it reaches \
            the real records. Chapters placed in $XDG_CONFIG_HOME/onsite/walkthroughs/ are offered beside the built-in ones.
            """,
        subcommands: [Open.self, Check.self],
        defaultSubcommand: Open.self
    )

    /// Opens the sandbox.
    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "open", abstract: "Open the training sandbox (the default).")

        @OptionGroup var common: CommonOptions
        @OptionGroup var display: DisplayOptions

        @Flag(name: .customLong("reset"), help: "Empty the sandbox first (a fresh practice site; the quiz scores are kept).")
        var reset = false

        @Flag(name: .customLong("yes"), help: "With --reset: do not ask first.")
        var yes = false

        func run() throws {
            if reset && !yes {
                let path = TrainingSandbox.directory(beside: common.directory()).root.path
                print("Reset the training sandbox at \(path)? The practice site is removed; the scores are kept. [y/N] ", terminator: "")
                guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
                    print("Nothing was changed.")
                    return
                }
            }
            try MainActor.assumeIsolated {
                try Launcher(common: common, mouse: !display.noMouse, themeName: display.theme, openDemo: false,
                             training: true, resetSandbox: reset).launch()
            }
        }
    }

    /// Checks walkthrough files.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Say \"valid\", or list every error as file:line:column: message.")

        @Argument(help: "Walkthrough TOML files.")
        var files: [String]

        func run() throws {
            var failed = false
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    print("\(file): cannot read the file")
                    failed = true
                    continue
                }
                do throws(StandardErrors) {
                    let chapter = try WalkthroughLoader.load(toml: String(decoding: data, as: UTF8.self), source: file)
                    print("\(file): valid — \"\(chapter.title.en)\" (\(chapter.id)), \(chapter.steps.count) steps, \(chapter.quiz.count) questions")
                } catch {
                    for problem in error.errors {
                        print("\(file):\(problem.line.map(String.init) ?? "?"):\(problem.column.map(String.init) ?? "?"): \(problem.message)")
                    }
                    print("\(error.errors.count) error\(error.errors.count == 1 ? "" : "s")")
                    failed = true
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}
