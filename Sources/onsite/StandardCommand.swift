import ArgumentParser
import Foundation
import OnsiteCore

/// `onsite standard`: check a company's own standard file, or start one from the default.
struct StandardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standard",
        abstract: "Check a service standard file, or write the default one as a starting point.",
        discussion: "Standards placed in $XDG_CONFIG_HOME/onsite/standards/ are offered when a new site is created.",
        subcommands: [Check.self, ExportDefault.self]
    )

    /// Checks one standard file.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Say \"valid\", or list every error as file:line:column: message.")

        @Argument(help: "The standard's TOML file.")
        var file: String

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("onsite: cannot read \(file)\n".utf8))
                throw ExitCode(2)
            }
            do throws(StandardErrors) {
                let document = try StandardLoader.document(toml: String(decoding: data, as: UTF8.self))
                let standard = document.standard
                print("\(file): valid — \"\(standard.name.en)\" (\(standard.id) v\(standard.version)), \(standard.arrivalItems.count) arrival items, \(standard.siteRules.reduce(0) { $0 + $1.rules.count }) site rules, \(Self.daily(standard)), sha256 \(standard.sha256.prefix(12))")
            } catch {
                for problem in error.errors {
                    print("\(file):\(problem.line.map(String.init) ?? "?"):\(problem.column.map(String.init) ?? "?"): \(problem.message)")
                }
                print("\(error.errors.count) error\(error.errors.count == 1 ? "" : "s")")
                throw ExitCode(1)
            }
        }

        /// The daily part in counts; a list left out is named as taken from the built-in standard.
        static func daily(_ standard: ServiceStandard) -> String {
            let counts = [
                ("cleanup items", standard.cleanup.count), ("safety points", standard.safetyPoints.count), ("PPE items", standard.ppe.count),
                ("trust-lost entries", standard.trustLost.count), ("trust-won entries", standard.trustWon.count),
            ]
            let given = counts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
            let builtIn = counts.filter { $0.1 == 0 }.map(\.0)
            if given.isEmpty { return "no [daily] part (the built-in daily lists are used)" }
            return "daily: " + given.joined(separator: ", ") + (builtIn.isEmpty ? "" : " (built-in: \(builtIn.joined(separator: ", ")))")
        }
    }

    /// Writes the built-in standard.
    struct ExportDefault: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-default",
            abstract: "Write the built-in standard as TOML (to a file, or to the screen with no file).")

        @Argument(help: "Where to write it; nothing is overwritten without --force.")
        var file: String?

        @Flag(help: "Replace the file if it exists.")
        var force = false

        func run() throws {
            guard let file else {
                print(StandardLoader.defaultText, terminator: "")
                return
            }
            if FileManager.default.fileExists(atPath: file), !force {
                FileHandle.standardError.write(Data("onsite: \(file) exists; use --force to replace it\n".utf8))
                throw ExitCode(1)
            }
            do {
                try DurableFile.replace(URL(fileURLWithPath: file), with: Data(StandardLoader.defaultText.utf8))
            } catch {
                FileHandle.standardError.write(Data("onsite: cannot write \(file): \(error)\n".utf8))
                throw ExitCode(2)
            }
            print("wrote \(file) — change the id, name and items, raise the version, then `onsite standard check \(file)`")
        }
    }
}
