/// How one calendar day of a site reads at a glance.
public enum DayMark: Hashable, Sendable {
    /// Signed by the client.
    case signed
    /// Closed with the client's consent but without a signature.
    case exception
    /// Worked and not signed yet (open or briefed).
    case open
    /// No working day recorded.
    case none

    /// The mark of a day in the site's index.
    public init(_ state: DayState) {
        switch state {
        case .signed: self = .signed
        case .closedWithoutSignature: self = .exception
        case .open, .briefed: self = .open
        }
    }
}

/// A site summed up for the dashboard: its days week by week, problems open and overdue at the end of each week,
/// and the satisfaction survey. Built once from what `site.json` holds (the days' index and the registers),
/// never from the day files: O(days + problems + weeks).
public struct SiteGlance: Hashable, Sendable {
    /// One calendar week, Monday first.
    public struct Week: Hashable, Sendable {
        /// The Monday the week starts on.
        public var monday: LocalDate
        /// Seven marks, Monday to Sunday.
        public var days: [DayMark]
        /// Problems open at the end of the week (or on the glance's day, for the week it falls in).
        public var open: Int
        /// Of those, the ones past a deadline.
        public var overdue: Int
    }

    /// The day the glance was taken on (passed in: the domain never reads the clock).
    public var today: LocalDate
    /// Every week from the first day (or problem) to today, or to the closing for a closed site; oldest first.
    public var weeks: [Week]
    public var signedDays: Int
    public var exceptionDays: Int
    public var openDays: Int
    /// Problems not confirmed by the client now, and those of them overdue now.
    public var openProblems: Int
    public var overdueProblems: Int
    /// The highest weekly counts, to scale the bars.
    public var peakOpen: Int
    public var peakOverdue: Int
    /// The satisfaction survey, if it was handed over.
    public var survey: Survey?

    /// Days recorded in the site's index.
    public var totalDays: Int { signedDays + exceptionDays + openDays }

    /// The glance of a site on a day.
    public init(site: Site, today: LocalDate) {
        self.today = today
        survey = site.exit.survey
        var signed = 0, exceptions = 0, open = 0
        for summary in site.days {
            switch DayMark(summary.state) {
            case .signed: signed += 1
            case .exception: exceptions += 1
            default: open += 1
            }
        }
        signedDays = signed
        exceptionDays = exceptions
        openDays = open
        let problems = site.registers.problems
        openProblems = problems.filter { !$0.isClosed }.count
        overdueProblems = problems.filter { !$0.overdue(on: today).isEmpty }.count

        // The range of weeks: from the earliest day or problem to today (or the closing), never before the latest day.
        let starts = site.days.map(\.date) + problems.map(\.day)
        guard let first = starts.min() else {
            weeks = []
            peakOpen = 0
            peakOverdue = 0
            return
        }
        var last = site.closedAt?.localDate ?? today
        if let latest = site.days.map(\.date).max(), latest > last { last = latest }
        if last < first { last = first }
        let firstMonday = SiteGlance.monday(of: first)
        let count = firstMonday.days(until: SiteGlance.monday(of: last)) / 7 + 1
        var weeks = (0..<count).map { Week(monday: firstMonday.adding(days: 7 * $0), days: Array(repeating: .none, count: 7), open: 0, overdue: 0) }
        for summary in site.days {
            let offset = firstMonday.days(until: summary.date)
            guard offset >= 0, offset / 7 < count else { continue }
            weeks[offset / 7].days[offset % 7] = DayMark(summary.state)
        }

        // Each problem is open (and later overdue) over a run of week ends: counted with difference arrays.
        var openDelta = Array(repeating: 0, count: count + 1)
        var overdueDelta = Array(repeating: 0, count: count + 1)
        /// The first week whose end (capped at `last`) is on or after a date.
        func firstWeek(endingOnOrAfter date: LocalDate) -> Int {
            if date > last { return count }
            let offset = firstMonday.days(until: date)
            return max(0, offset < 0 ? 0 : offset / 7)
        }
        for problem in problems {
            let from = firstWeek(endingOnOrAfter: problem.day)
            // Closed from the day the client confirmed it.
            let until = problem.isClosed ? firstWeek(endingOnOrAfter: problem.confirmedAt?.localDate ?? problem.day) : count
            guard from < until else { continue }
            openDelta[from] += 1
            openDelta[until] -= 1
            if let late = SiteGlance.overdueFrom(problem) {
                let start = max(from, firstWeek(endingOnOrAfter: late))
                if start < until {
                    overdueDelta[start] += 1
                    overdueDelta[until] -= 1
                }
            }
        }
        var openRun = 0, overdueRun = 0, peakOpen = 0, peakOverdue = 0
        for index in 0..<count {
            openRun += openDelta[index]
            overdueRun += overdueDelta[index]
            weeks[index].open = openRun
            weeks[index].overdue = overdueRun
            peakOpen = max(peakOpen, openRun)
            peakOverdue = max(peakOverdue, overdueRun)
        }
        self.weeks = weeks
        self.peakOpen = peakOpen
        self.peakOverdue = peakOverdue
    }

    /// The first day a problem counts as overdue (as `Problem.overdue(on:)` decides it), or nil when it never missed a deadline.
    static func overdueFrom(_ problem: Problem) -> LocalDate? {
        var dates: [LocalDate] = []
        if !problem.reports.contains(where: { $0.at.localDate <= problem.followUpDue }) { dates.append(problem.followUpDue.adding(days: 1)) }
        if !(problem.solvedAt.map { $0.localDate <= problem.solveDue } ?? false) { dates.append(problem.solveDue.adding(days: 1)) }
        return dates.min()
    }

    /// The Monday of a date's week.
    public static func monday(of date: LocalDate) -> LocalDate {
        // 1970-01-01 was a Thursday (index 3 counted from Monday).
        let weekday = ((date.dayNumber + 3) % 7 + 7) % 7
        return date.adding(days: -weekday)
    }
}
