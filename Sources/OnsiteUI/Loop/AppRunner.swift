import Foundation
import OnsiteCore

/// Runs the loop: waits for an event, updates the state, performs the effects, draws one frame.
/// Saves happen before the next frame is drawn, so whatever the screen shows as done is on disk.
@MainActor
public final class AppRunner {
    public private(set) var state: AppState
    private let environment: AppEnvironment
    private let store: SiteStore
    private let terminal: any TerminalDevice
    private let configFile: URL?
    private var config: UserConfig
    /// Days whose last save failed: written again with the next save, and once more at the end.
    private var pendingDays: [String: WorkDay] = [:]
    /// Days already looked for on disk (a missing or unreadable file is not read again at every key).
    private var daysLookedFor: Set<String> = []
    /// Each site as this run last wrote its `site.json`: a save whose site is unchanged writes only its days.
    private var writtenSites: [String: Site] = [:]
    /// The screen changed since `session.json` was last written.
    private var sessionChanged = false
    /// History files whose problem was already shown this run.
    private var reportedHistoryFiles: Set<String> = []
    /// Reads the day under the cursor of the list of days while the list is looked at.
    private let readAhead: DayReadAhead
    /// The user asked for the training sandbox (the welcome screen's Training entry): the launcher opens it after this run.
    public private(set) var wantsTraining = false

    /// A loop over `state` drawn on `terminal`; `daysRead` are days start-up is reading (taken like read-ahead ones).
    public init(
        state: AppState, environment: AppEnvironment, store: SiteStore, terminal: any TerminalDevice,
        configFile: URL? = nil, config: UserConfig = UserConfig(), daysRead: [PendingDayRead] = []
    ) {
        self.configFile = configFile
        self.config = config
        self.state = state
        self.environment = environment
        self.store = store
        self.readAhead = DayReadAhead(store: store)
        readAhead.keep(daysRead)
        self.terminal = terminal
        let size = terminal.size
        self.state.width = size.width
        self.state.height = size.height
        self.state.unicodeLines = terminal.supportsUnicodeLines
    }

    /// Loops until the user quits or a signal ends the program; then writes the session.
    public func run() {
        loadNeededDays()
        terminal.draw(AppView.render(state))
        while true {
            let event = terminal.nextEvent(whenIdle: { whileIdle() })
            if step(event) { break }
        }
        // Ended by a signal with a failed save pending: one last attempt, since nobody can be asked.
        for siteID in state.unsaved.keys {
            guard let site = state.site(siteID) else { continue }
            save(site, day: nil)
        }
        saveSession()
    }

    /// Handles one event; returns true when the program should end.
    @discardableResult
    public func step(_ event: InputEvent) -> Bool {
        let place = AppRunner.place(of: state)
        let quit = perform(AppUpdate.update(&state, event, environment))
        if quit { return true }
        // A new screen is remembered as soon as its frame is out (before the next key is read), so after a
        // pulled plug the user comes back to it (moving within a list is not: that would cost a disk write per key).
        if AppRunner.place(of: state) != place { sessionChanged = true }
        loadNeededDays()
        terminal.draw(AppView.render(state))
        return false
    }

    /// Changes the state outside the event flow (start-up actions) and performs what it asks for.
    public func apply(_ change: (inout AppState, AppEnvironment) -> [Effect]) {
        _ = perform(change(&state, environment))
        loadNeededDays()
    }

    /// Reads the working days (and the archived register months) the screens need before the frame that shows them.
    private func loadNeededDays() {
        for siteID in state.historyToLoad {
            guard let site = state.site(siteID) else { continue }
            let (registers, problems) = store.loadHistory(of: site)
            state.storeHistory(registers, of: siteID)
            reportHistoryProblems(problems)
        }
        for request in state.historyMonthsToLoad {
            guard let site = state.site(request.siteID) else { continue }
            let (registers, problems) = readAhead.takeMonth(siteID: request.siteID, month: request.month)
                ?? store.loadHistory(of: site, months: [request.month])
            state.storeHistoryMonth(registers, request)
            reportHistoryProblems(problems)
        }
        for (siteID, date) in state.daysToLoad {
            let key = AppState.dayKey(siteID, date)
            guard daysLookedFor.insert(key).inserted else { continue }
            if let read = readAhead.take(siteID: siteID, date: date) {
                state.store(read.day, tampered: read.tampered)
                continue
            }
            switch store.loadDay(siteID: siteID, date: date) {
            case .loaded(let day): state.store(day)
            case .damaged(let problem, let day):
                state.loadProblems.append(problem)
                // The previous save was put back: the site's index must say what that day holds now.
                if let day, var site = state.site(siteID) {
                    state.store(day)
                    site.noteChanged(day)
                    state.store(site)
                    save(site, day: nil)
                }
            case .newer(let problem):
                state.loadProblems.append(problem)
            case .missing: continue
            }
        }
    }

    /// Work that waits until the frame is out and no key is waiting: remembering a new screen, and asking
    /// for the past day under the list's cursor to be read (on the read-ahead's own thread).
    private func whileIdle() {
        if let (siteID, date) = state.dayUnderCursor, !daysLookedFor.contains(AppState.dayKey(siteID, date)) {
            let month = state.historyMonthToLoad(siteID, date).flatMap { request in state.site(siteID).map { ($0, request.month) } }
            readAhead.request(siteID: siteID, date: date, month: month)
        }
        guard sessionChanged else { return }
        sessionChanged = false
        saveSession(durably: false)
    }

    /// Shows what was wrong with a month of history once: a month read for a day is read again with the whole history.
    private func reportHistoryProblems(_ problems: [FileProblem]) {
        for problem in problems where reportedHistoryFiles.insert(problem.path).inserted {
            state.loadProblems.append(problem)
        }
    }

    /// Performs effects in order; returns true when one of them ends the program.
    private func perform(_ effects: [Effect]) -> Bool {
        var quit = false
        for (index, effect) in effects.enumerated() {
            switch effect {
            case .saveSite(let site):
                save(site, day: nil)
            case .saveDay(let site, let day):
                pendingDays[AppState.dayKey(site.id, day.date)] = day
                // Days saved together (the demo's) are written in one go, with one write of their site.
                if case .saveDay(let next, _) = effects[safe: index + 1], next.id == site.id { continue }
                save(site, day: nil)
            case .redrawAll:
                terminal.invalidate()
            case .rememberLanguage(let language):
                config.language = language
                if let configFile { try? config.save(to: configFile) }
            case .trashSite(let siteID):
                writtenSites[siteID] = nil
                do {
                    try store.moveToTrash(siteID: siteID)
                    AppUpdate.siteTrashed(&state, siteID: siteID, error: nil)
                } catch {
                    AppUpdate.siteTrashed(&state, siteID: siteID, error: error)
                }
            case .exportReport(let siteID, let date, let path, let language):
                ExportAction.perform(siteID: siteID, date: date, path: path, language: language, state: &state, store: store, clock: environment.clock)
            case .recordScore(let score):
                do {
                    try TrainingScores.append(score, in: store.directory)
                } catch {
                    state.message = StatusMessage(Messages.notSaved(error), .error)
                }
            case .resetSandbox:
                pendingDays = [:]
                daysLookedFor = []
                readAhead.forget()
                writtenSites = [:]
                reportedHistoryFiles = []
                do {
                    try TrainingSandbox.reset(store.directory)
                } catch {
                    state.message = StatusMessage(Messages.storage(error), .error)
                }
            case .openTraining:
                wantsTraining = true
                quit = true
            case .attachFile(let siteID, let owner, let path, let note):
                let effects = AttachAction.perform(siteID: siteID, owner: owner, path: path, note: note,
                                                   state: &state, store: store, clock: environment.clock)
                if perform(effects) { quit = true }
            case .quit:
                quit = true
            }
        }
        return quit
    }

    /// Writes a site (and a changed day, and any day of the site whose earlier save failed) and records the result.
    private func save(_ site: Site, day: WorkDay?) {
        if let day { pendingDays[AppState.dayKey(site.id, day.date)] = day }
        do {
            // The day files first (oldest first), then the site once; a day stays pending until it is written.
            let waiting = pendingDays.filter { $0.value.siteID == site.id }.sorted { $0.key < $1.key }
            try store.save(waiting.map(\.value), of: site, standard: state.library[site.standard.sha256],
                           unlessUnchangedFrom: writtenSites[site.id])
            writtenSites[site.id] = site
            waiting.forEach { pendingDays.removeValue(forKey: $0.key) }
            AppUpdate.saveFinished(&state, siteID: site.id, error: nil)
        } catch {
            // What is on disk is no longer known: the next save writes the site whole.
            writtenSites[site.id] = nil
            AppUpdate.saveFinished(&state, siteID: site.id, error: error)
        }
    }

    /// Which screens are open, and for which day: what the session file must follow.
    private static func place(of state: AppState) -> [ScreenPlace] {
        // Compared as values: describing the screen kind in a string costs a reflection of the enum at every key.
        state.stack.map { ScreenPlace(kind: $0.kind, siteID: $0.siteID, date: $0.dayDate) }
    }

    /// Writes where the user was (best effort: the records themselves are already saved).
    /// On a change of screen the file is only replaced atomically, without waiting for the disk (no fsync):
    /// it is written often, a lost one only costs the user's place, and the records are saved on their own.
    public func saveSession(durably: Bool = true) {
        guard let data = try? JSONFormat.encode(SessionState(state)) else { return }
        try? DurableFile.replace(store.directory.sessionURL, with: data, sync: durably)
    }
}

/// Which screen is open, for which site and day: what the session file follows.
private struct ScreenPlace: Equatable {
    var kind: ScreenKind
    var siteID: String?
    var date: LocalDate?
}
