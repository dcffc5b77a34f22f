import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteTerminal
import OnsiteUI

/// Sets everything up in order, runs the loop, and gives the terminal back.
@MainActor
struct Launcher {
    let common: CommonOptions
    let mouse: Bool
    let openDemo: Bool

    func launch() throws {
        TerminalLocale.ensureUTF8()
        umask(0o077)
        let environment = ProcessInfo.processInfo.environment
        let directory = common.directory()
        let clock = SystemClock()
        let lock: DataLock
        do {
            try directory.prepare()
            lock = try DataLock(directory: directory.root)
        } catch {
            throw fail(error, language: common.language ?? Self.localeLanguage(environment))
        }
        defer { lock.release() }

        let store = SiteStore(directory: directory, clock: clock)
        let loaded = store.loadAll()
        let session = Self.readSession(directory)
        let language = common.language ?? session?.language ?? Self.localeLanguage(environment)
        var state = AppState(
            language: language, standard: StandardLoader.defaultStandard(), sites: loaded.sites,
            width: 80, height: 24, today: Timestamp(clock: clock).localDate, mouseEnabled: mouse)
        session?.restore(into: &state)
        if common.language != nil { state.language = language }
        state.loadProblems = loaded.problems
        let appEnvironment = AppEnvironment(clock: clock, ids: RandomIdSource())

        let theme: Theme = (environment["NO_COLOR"].map { !$0.isEmpty } ?? false) ? .monochrome : .standard
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(options: .init(mouse: mouse, theme: theme))
        } catch {
            throw fail(error, language: language)
        }
        let runner = AppRunner(state: state, environment: appEnvironment, store: store, terminal: terminal)
        if openDemo { runner.apply(AppUpdate.openDemoSite) }
        runner.run()
        terminal.stop()
    }

    /// The interface language the environment asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`), English by default.
    static func localeLanguage(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return Language.fromLocale(value) ?? .english }
        }
        return .english
    }

    private static func readSession(_ directory: DataDirectory) -> SessionState? {
        guard let data = FileManager.default.contents(atPath: directory.sessionURL.path),
              let session = try? JSONFormat.decode(SessionState.self, from: data),
              session.schema <= SessionState.currentSchema else { return nil }
        return session
    }

    /// Prints a clear message for a start-up failure and ends with a non-zero status.
    private func fail(_ error: any Error, language: Language) -> ExitCode {
        let text: String
        if let storage = error as? StorageError {
            text = Messages.storage(storage).text(in: language)
        } else {
            text = String(describing: error)
        }
        FileHandle.standardError.write(Data("onsite: \(text)\n".utf8))
        return ExitCode(2)
    }
}
