/// What the site file keeps about each day, so lists and counts never read the day files.
public struct DaySummary: Codable, Hashable, Sendable, Identifiable {
    public var date: LocalDate
    public var state: DayState
    public var departed: Bool
    /// Log entries of the day.
    public var entries: Int
    public var amendments: Int

    public var id: String { date.isoText }

    public init(date: LocalDate, state: DayState, departed: Bool, entries: Int, amendments: Int) {
        self.date = date
        self.state = state
        self.departed = departed
        self.entries = entries
        self.amendments = amendments
    }

    /// The summary of a day as it stands.
    public init(_ day: WorkDay) {
        self.init(date: day.date, state: day.state, departed: day.departedAt != nil, entries: day.log.count, amendments: day.amendments.count)
    }
}
