import Foundation

/// Builds a long, realistic site — years of signed working days with their registers — through the domain's own
/// actions, and writes it with `SiteStore` as the program would: the files are what a real site holds.
/// For benchmarks and tests; the same options and seed always give the same records.
public struct SiteGenerator {
    /// What to generate.
    public struct Options: Sendable {
        /// The new site's id (its folder under `sites/`).
        public var siteID: String
        /// Signed working days (Monday to Saturday), the last one the working day before `today`.
        public var days: Int
        /// The date after the signed days (the day the site is opened on).
        public var today: LocalDate
        /// Also start `today`, briefed and half-way through its log, not signed.
        public var openToday: Bool
        /// Problems found a week (six working days), spread at random over the days.
        public var problemsPerWeek: Int
        public var seed: UInt64
        /// The site's time zone: every time of a day is on that day there.
        public var timeZone: TimeZone
        /// Working days written per save (the day files, then `site.json` once).
        public var daysPerSave: Int

        public init(
            siteID: String = "riverside", days: Int, today: LocalDate, openToday: Bool = false, problemsPerWeek: Int = 20,
            seed: UInt64 = 1, timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai")!, daysPerSave: Int = 6
        ) {
            self.siteID = siteID
            self.days = days
            self.today = today
            self.openToday = openToday
            self.problemsPerWeek = problemsPerWeek
            self.seed = seed
            self.timeZone = timeZone
            self.daysPerSave = daysPerSave
        }

        /// How many problems the signed days record in all.
        public var problemCount: Int { Int((Double(days) * Double(problemsPerWeek) / 6).rounded()) }
    }

    /// What was written.
    public struct Summary: Sendable {
        public var days = 0
        public var signed = 0
        public var problems = 0
        public var extraWork = 0
        public var borrowings = 0
        public var materials = 0
        public var logEntries = 0
        /// Months whose settled entries are in `history/`.
        public var archivedMonths = 0
    }

    /// Something that happens on a later working day to a record made earlier.
    enum FollowUp {
        case report(problemID: String, ReportRecipient)
        case solve(problemID: String)
        case confirm(problemID: String)
        case giveBack(borrowingID: String)
        case shortage(id: String, ShortageStatus)
    }

    let options: Options
    let standard: ServiceStandard
    let store: SiteStore
    let signer: DeviceKey
    let clock: FixedClock
    let ids: SeededIdSource
    var random: SeededRandom
    var site: Site
    /// Follow-ups by the index of the working day they happen on.
    var agenda: [Int: [FollowUp]] = [:]
    var summary = Summary()

    /// The working days (Monday to Saturday) before a date, oldest first.
    public static func workingDays(_ count: Int, before date: LocalDate) -> [LocalDate] {
        var dates: [LocalDate] = []
        var day = date.adding(days: -1)
        while dates.count < count {
            // Day number 0 (1970-01-01) was a Thursday: (n + 4) % 7 == 0 is a Sunday.
            if (day.dayNumber + 4) % 7 != 0 { dates.append(day) }
            day = day.adding(days: -1)
        }
        return dates.reversed()
    }

    /// Generates the site into the store's data directory, sealing its sign-offs with `signer`.
    /// `progress` is told each working day written (index, count).
    public static func generate(
        _ options: Options, store: SiteStore, signer: DeviceKey, standard: StandardDocument = StandardLoader.defaultDocument,
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws -> Summary {
        let dates = workingDays(options.days, before: options.today)
        let first = dates.first ?? options.today
        let clock = FixedClock(Date(timeIntervalSince1970: 0), timeZone: options.timeZone)
        var generator = SiteGenerator(options: options, standard: standard.standard, store: store, signer: signer, clock: clock,
                                      ids: SeededIdSource(seed: options.seed), random: SeededRandom(seed: options.seed),
                                      site: Site(id: options.siteID, isDemo: true, createdAt: Timestamp(clock: clock),
                                                 standard: standard.standard.reference, profile: placeholderProfile(first)))
        generator.makeSite(arrivalOn: first.adding(days: -1), plannedEnd: options.today.adding(days: 60))
        try store.save(generator.site, standard: standard)
        let problemsByDay = generator.spreadProblems(over: dates.count)
        var batch: [LocalDate: WorkDay] = [:]
        var previous: WorkDay?
        var waiting: WorkDay?
        for (index, date) in dates.enumerated() {
            if let last = previous, last.date.month != date.month {
                // Started each morning, Onsite moves the settled entries of past months to history/.
                if !batch.isEmpty { try store.save(batch.values.sorted { $0.date < $1.date }, of: generator.site) }
                batch.removeAll()
                try store.archiveSettledHistory(of: &generator.site, today: date)
            }
            if var held = waiting {
                try generator.signLater(&held, on: date, variant: index)
                batch[held.date] = held
                waiting = nil
            }
            let day = try generator.work(date, index: index, previous: previous, problems: problemsByDay[index])
            if day.exception != nil { waiting = day }
            generator.site.noteChanged(day)
            batch[date] = day
            previous = day
            if batch.count >= options.daysPerSave || index == dates.count - 1 {
                try store.save(batch.values.sorted { $0.date < $1.date }, of: generator.site)
                batch.removeAll()
            }
            progress(index + 1, dates.count)
            if index == dates.count - 1, var held = waiting, !options.openToday {
                // The last exception is signed the next morning too (today), so every day ends signed.
                try generator.signLater(&held, on: options.today, variant: index)
                try store.save(held, of: generator.site)
            }
        }
        if options.openToday {
            if var held = waiting {
                try generator.signLater(&held, on: options.today, variant: dates.count)
                batch[held.date] = held
            }
            let today = try generator.startToday(options.today, previous: previous)
            generator.site.noteChanged(today)
            batch[today.date] = today
            try store.save(batch.values.sorted { $0.date < $1.date }, of: generator.site)
        }
        try store.archiveSettledHistory(of: &generator.site, today: options.today)
        generator.summary.days = generator.site.days.count
        generator.summary.signed = generator.site.days.filter { $0.state == .signed }.count
        let registers = generator.site.registers
        let archived = generator.site.archivedMonths
        generator.summary.problems = registers.problems.count + archived.reduce(0) { $0 + $1.problems }
        generator.summary.extraWork = registers.extraWork.count + archived.reduce(0) { $0 + $1.extraWork }
        generator.summary.borrowings = registers.borrowings.count + archived.reduce(0) { $0 + $1.borrowings }
        generator.summary.materials = registers.materials.count + archived.reduce(0) { $0 + $1.materials }
        generator.summary.archivedMonths = archived.count
        return generator.summary
    }

    /// How many problems each working day finds: `problemCount` in all, each on a day drawn at random.
    mutating func spreadProblems(over count: Int) -> [Int] {
        var perDay = Array(repeating: 0, count: count)
        guard count > 0 else { return perDay }
        for _ in 0..<options.problemCount { perDay[random.int(0...(count - 1))] += 1 }
        return perDay
    }

    /// An instant on a date at a minute of the day, in the site's time zone; the clock is set to it.
    func time(_ date: LocalDate, _ minuteOfDay: Int) -> Timestamp {
        let noon = Date(timeIntervalSince1970: Double(date.dayNumber * 86_400 + 12 * 3600))
        let offset = options.timeZone.secondsFromGMT(for: noon)
        clock.set(Date(timeIntervalSince1970: Double(date.dayNumber * 86_400 + minuteOfDay * 60 - offset)))
        return Timestamp(clock: clock)
    }

    private static func placeholderProfile(_ start: LocalDate) -> SiteProfile {
        SiteProfile(name: GeneratorText.siteName, address: GeneratorText.address, client: GeneratorText.client, liaisons: [], crew: [],
                    projectManager: GeneratorText.projectManager, engineeringHead: GeneratorText.engineeringHead,
                    plannedStart: start, plannedEnd: start)
    }

    /// The site's profile and its arrival, all done on the day before the first working day.
    mutating func makeSite(arrivalOn date: LocalDate, plannedEnd: LocalDate) {
        let crew = GeneratorText.crew.map { CrewMember(id: ids.makeID(), name: $0.0, role: $0.1) }
        let liaisons = GeneratorText.liaisons.map { Liaison(id: ids.makeID(), name: $0.0, role: $0.1, phone: $0.2) }
        site.createdAt = time(date, 9 * 60)
        site.profile = SiteProfile(
            name: GeneratorText.siteName, address: GeneratorText.address, client: GeneratorText.client, liaisons: liaisons, crew: crew,
            projectManager: GeneratorText.projectManager, engineeringHead: GeneratorText.engineeringHead,
            plannedStart: date.adding(days: 1), plannedEnd: plannedEnd)
        for (offset, rule) in GeneratorText.clientRules.enumerated() {
            try? site.addClientRule(rule, id: ids.makeID(), at: time(date, 9 * 60 + 10 + offset))
        }
        site.arrival.rulesInWriting = true
        for member in crew { try? site.acknowledgeRules(crewMemberID: member.id, at: time(date, 10 * 60)) }
        try? site.setWorkArea(GeneratorText.workArea)
        try? site.setStorageArea(GeneratorText.storageArea)
        try? site.saveCustody(Custody(id: ids.makeID(), items: GeneratorText.custody, responsible: crew[0].name))
        for (offset, item) in standard.arrivalItems.enumerated() {
            try? site.markDone(item, at: time(date, 10 * 60 + 30 + offset))
        }
    }

    /// The client signs a day that was closed without signature, the next working morning.
    mutating func signLater(_ day: inout WorkDay, on date: LocalDate, variant: Int) throws {
        let client = site.profile.liaisons.first?.name ?? GeneratorText.client
        try site.signOff(&day, clientName: client, signature: DemoSite.signature(variant: variant), at: time(date, 8 * 60 + 5),
                         cleanupItems: standard.cleanup.map(\.id), signer: signer)
    }
}
