import ArgumentParser
import Foundation

let arguments = ArgumentOrder.normalized(Array(CommandLine.arguments.dropFirst()))
// Opening Onsite with its few options is read by hand: even parsing `Run` alone costs the argument
// parser's reflection over every option (about 5 ms of start-up here).
if let launch = ArgumentOrder.launchOptions(arguments) {
    do {
        try MainActor.assumeIsolated {
            try Launcher(dataDirectory: launch.dataDirectory, language: launch.language, mouse: launch.mouse,
                         themeName: launch.theme, openDemo: launch.demo).launch()
        }
        Onsite.exit()
    } catch {
        Onsite.exit(withError: error)
    }
}
Onsite.main(arguments)
