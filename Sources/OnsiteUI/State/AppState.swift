import OnsiteCore

/// Everything the screen shows, in memory. `AppUpdate` changes it; `AppView` draws it.
public struct AppState: Sendable {
    public var language: Language
    /// Every standard known, by SHA-256 of its text: the built-in one, the company's files, each site's copy.
    public var library: [String: StandardDocument]
    /// The standards offered for a new site (SHA-256s), the built-in one first.
    public var choices: [String]
    public var sites: [Site]
    /// The navigation stack; the last screen is the one shown.
    public var stack: [Screen]
    public var prompt: PromptState?
    public var confirm: ConfirmPurpose?
    public var showingHelp = false
    public var message: StatusMessage?
    /// Sites whose last save failed, with the reason; their data is kept here until a save succeeds.
    public var unsaved: [String: StorageError] = [:]
    /// Site forms left with Esc, kept until saved: by site id, or `AppState.newSiteKey`.
    public var drafts: [String: SiteDraft] = [:]
    /// The draft key of a site not created yet.
    public static let newSiteKey = "new"
    /// Files that could not be read at start, shown until dismissed.
    public var loadProblems: [FileProblem] = []
    public var width: Int
    public var height: Int
    public var unicodeLines: Bool
    /// The site's calendar day now (set by the loop from the clock).
    public var today: LocalDate
    public var mouseEnabled: Bool
    /// Working days read from disk so far, by `AppState.dayKey`; the loop reads those the screens need.
    public private(set) var loadedDays: [String: WorkDay] = [:]
    /// Loaded days whose own seal fails (by `AppState.dayKey`): checked once when a day is stored, not at every frame.
    public private(set) var tamperedDays: Set<String> = []
    /// Archived register entries read so far, by site id (see `historyToLoad`).
    public internal(set) var history: [String: SiteRegisters] = [:]
    /// Archived months read for a day's counts before the whole history was needed, by site id, then `yyyy-mm`.
    public internal(set) var historyMonths: [String: [String: SiteRegisters]] = [:]
    /// Search text of the site rules screen (empty: no filter).
    public var rulesSearch: String = ""
    /// The training sandbox's walkthrough (`onsite train`); nil for real data.
    public var training: TrainingState?

    public init(
        language: Language, standards: [StandardDocument] = [StandardLoader.defaultDocument], sites: [Site], width: Int, height: Int,
        today: LocalDate, unicodeLines: Bool = true, mouseEnabled: Bool = true
    ) {
        self.language = language
        library = Dictionary(standards.map { ($0.standard.sha256, $0) }, uniquingKeysWith: { first, _ in first })
        choices = standards.map(\.standard.sha256)
        self.sites = sites
        self.width = width
        self.height = height
        self.today = today
        self.unicodeLines = unicodeLines
        self.mouseEnabled = mouseEnabled
        stack = [.welcome(ListPosition())]
    }

    /// The screen on top of the stack.
    public var screen: Screen {
        get { stack.last ?? .welcome(ListPosition()) }
        set {
            if stack.isEmpty { stack = [newValue] } else { stack[stack.count - 1] = newValue }
        }
    }

    /// The standard new sites start with unless another is chosen.
    /// Daily lists it leaves out come from the built-in standard (see `ServiceStandard.completed(with:)`).
    public var standard: ServiceStandard {
        let chosen = choices.first.flatMap { library[$0]?.standard } ?? StandardLoader.defaultStandard()
        return chosen.completed(with: StandardLoader.defaultStandard())
    }

    /// The standard a site follows: its own copy, never the file as it is today.
    /// A copy older than the daily part gets the built-in daily lists.
    public func standard(for siteID: String) -> ServiceStandard {
        guard let own = site(siteID).flatMap({ library[$0.standard.sha256]?.standard }) else { return standard }
        return own.completed(with: StandardLoader.defaultStandard())
    }

    /// The standard of the site on screen (the default when no site is open).
    public var currentStandard: ServiceStandard {
        screen.siteID.map(standard(for:)) ?? standard
    }

    /// A site by id.
    public func site(_ id: String) -> Site? { sites.first { $0.id == id } }

    /// Puts a changed site in place (or adds it).
    public mutating func store(_ site: Site) {
        if let index = sites.firstIndex(where: { $0.id == site.id }) { sites[index] = site } else { sites.append(site) }
    }

    /// The key of a day in `loadedDays`.
    public static func dayKey(_ siteID: String, _ date: LocalDate) -> String { siteID + "/" + date.isoText }

    /// A working day, if it exists and was read.
    public func day(_ siteID: String, _ date: LocalDate) -> WorkDay? { loadedDays[AppState.dayKey(siteID, date)] }

    /// Puts a changed day in place.
    public mutating func store(_ day: WorkDay) {
        store(day, tampered: day.sealCheck.isTampered)
    }

    /// Keeps a day read from disk whose seal was already checked.
    public mutating func store(_ day: WorkDay, tampered: Bool) {
        let key = AppState.dayKey(day.siteID, day.date)
        loadedDays[key] = day
        if tampered { tamperedDays.insert(key) } else { tamperedDays.remove(key) }
    }

    /// Forgets every day read so far (the training sandbox was reset).
    public mutating func forgetLoadedDays() {
        loadedDays = [:]
        tamperedDays = []
        history = [:]
        historyMonths = [:]
    }

    /// Whether a loaded day's sign-off was changed after it was sealed.
    public func isTampered(_ day: WorkDay) -> Bool { tamperedDays.contains(AppState.dayKey(day.siteID, day.date)) }

    /// Days the screens on the stack need and that are not read yet: each screen's day and, while it is
    /// not closed, the working day before it (for tasks to carry over), plus the latest day of a site.
    public var daysToLoad: [(siteID: String, date: LocalDate)] {
        var wanted: [(String, LocalDate)] = []
        for screen in stack {
            guard let siteID = screen.siteID, let site = site(siteID) else { continue }
            if let date = screen.dayDate {
                wanted.append((siteID, date))
                if site.daySummary(date)?.state.isClosed != true, let previous = site.days.last(where: { $0.date < date }) {
                    wanted.append((siteID, previous.date))
                }
            } else if let latest = site.days.last {
                wanted.append((siteID, latest.date))
            }
        }
        var seen = Set<String>()
        return wanted.filter { siteID, date in
            let key = AppState.dayKey(siteID, date)
            guard loadedDays[key] == nil, site(siteID)?.daySummary(date) != nil, !seen.contains(key) else { return false }
            seen.insert(key)
            return true
        }
    }

    /// The past day under the cursor of the list of days on screen, when it is not read yet: what opening it would read.
    public var dayUnderCursor: (siteID: String, date: LocalDate)? {
        guard case .days(let siteID, let position) = screen, let site = site(siteID),
              let row = DaysScreen.row(position.selection, of: site), row.state.isClosed,
              loadedDays[AppState.dayKey(siteID, row.date)] == nil else { return nil }
        return (siteID, row.date)
    }

    /// The text of a pair in the current language (only that one is put together).
    public func t(_ english: @autoclosure () -> String, _ chinese: @autoclosure () -> String) -> String {
        language == .english ? english() : chinese()
    }

    /// Smallest terminal the screens are laid out for.
    public static let minimumWidth = 56
    public static let minimumHeight = 16

    /// Whether the terminal is too small to draw the screens.
    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }
}
