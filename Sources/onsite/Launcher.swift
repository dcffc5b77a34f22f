import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteTerminal
import OnsiteUI

/// Sets everything up in order, runs the loop, and gives the terminal back.
@MainActor
struct Launcher {
    /// `--data-dir`, when given (a plain value: building the parser's `CommonOptions` costs its option set-up).
    let dataDirectory: String?
    /// `--lang`, when given.
    let language: Language?
    let mouse: Bool
    let themeName: String?
    let openDemo: Bool
    /// Run the training sandbox (`onsite train`) instead of the real data; `resetSandbox` empties it first.
    var training = false
    var resetSandbox = false

    init(dataDirectory: String?, language: Language?, mouse: Bool, themeName: String?, openDemo: Bool,
         training: Bool = false, resetSandbox: Bool = false) {
        self.dataDirectory = dataDirectory
        self.language = language
        self.mouse = mouse
        self.themeName = themeName
        self.openDemo = openDemo
        self.training = training
        self.resetSandbox = resetSandbox
    }

    init(common: CommonOptions, mouse: Bool, themeName: String?, openDemo: Bool, training: Bool = false, resetSandbox: Bool = false) {
        self.init(dataDirectory: common.dataDirectory, language: common.language, mouse: mouse, themeName: themeName,
                  openDemo: openDemo, training: training, resetSandbox: resetSandbox)
    }

    func launch() throws {
        TerminalLocale.ensureUTF8()
        umask(0o077)
        let environment = LaunchEnvironment.current()
        let data = DataDirectory.resolve(override: dataDirectory, environment: environment)
        let directory = training ? TrainingSandbox.directory(beside: data) : data
        let configDirectory = ConfigDirectory.resolve(environment: environment)
        let clock = SystemClock()
        var problems: [FileProblem] = []
        let config: UserConfig
        switch UserConfig.load(from: configDirectory.configFile) {
        case .success(let loaded): config = loaded
        case .failure(let problem): config = UserConfig(); problems.append(problem)
        }
        let language = self.language ?? config.language ?? Self.localeLanguage(environment)
        let lock: DataLock
        let signer: DeviceKey
        var loosened: [String] = []
        do {
            loosened = try directory.prepare()
            lock = try DataLock(directory: directory.root)
            if training && resetSandbox { try TrainingSandbox.reset(directory) }
        } catch {
            throw fail(error, language: language)
        }
        defer { lock.release() }
        // The sites are read on a thread of their own while the key, the themes and the terminal are set up;
        // every way out of here waits for it before the lock is released (it may be repairing files under it).
        let store = SiteStore(directory: directory, clock: clock)
        let session = training ? nil : Self.readSession(directory)
        // The sites the first screen shows: their latest day is read beside them.
        let shown = openDemo ? [DemoSite.id] : Set(session?.stack.compactMap(\.siteID) ?? [])
        let loading = BackgroundResult { store.loadAll(latestDayOf: shown) }
        defer { _ = loading.value }
        do {
            signer = try DeviceKey.loadOrCreate(in: directory)
        } catch {
            throw fail(error, language: language)
        }
        let company = configDirectory.companyStandards()
        let themes = ThemeCatalog.load(userFolder: configDirectory.themesURL)
        let theme = ThemeChoice.pick(
            requested: themeName ?? config.theme, noColor: environment["NO_COLOR"].map { !$0.isEmpty } ?? false, catalog: themes)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(options: .init(mouse: mouse, theme: theme.theme))
        } catch {
            throw fail(error, language: language)
        }

        let loaded = loading.value
        problems += loaded.problems + company.problems
        let offered = [StandardLoader.defaultDocument] + company.documents
        var state = AppState(
            language: language, standards: offered, sites: loaded.sites,
            width: 80, height: 24, today: Timestamp(clock: clock).localDate, mouseEnabled: mouse)
        for (hash, document) in loaded.standards { state.library[hash] = document }
        if training {
            let walkthroughs = WalkthroughLoader.catalog(userFolder: configDirectory.walkthroughsURL)
            problems += walkthroughs.problems
            state.training = TrainingState(chapters: walkthroughs.chapters, scores: TrainingScores.read(from: directory).scores)
        } else {
            session?.restore(into: &state)
        }
        state.loadProblems = problems

        if let warning = theme.warning { state.message = StatusMessage(warning, .error) }
        if !loosened.isEmpty {
            let list = loosened.prefix(3).joined(separator: ", ") + (loosened.count > 3 ? " …" : "")
            state.message = StatusMessage(LocalizedText(
                en: "Someone made Onsite's files readable by others; closed again: \(list)",
                zh: "有人放宽了 Onsite 数据文件的权限,已重新收紧:\(list)"), .error)
        }
        state.loadProblems += themes.problems

        let runner = AppRunner(
            state: state, environment: AppEnvironment(clock: clock, ids: RandomIdSource(), signer: signer), store: store,
            terminal: terminal, configFile: configDirectory.configFile, config: config, daysRead: loaded.latestDays)
        if openDemo { runner.apply(AppUpdate.openDemoSite) }
        if training { runner.apply(AppUpdate.startTraining) }
        runner.run()
        terminal.stop()
        if runner.wantsTraining {
            var sandbox = self
            sandbox.training = true
            sandbox.resetSandbox = false
            try sandbox.launch()
        }
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
