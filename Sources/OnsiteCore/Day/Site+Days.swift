/// Opening days and keeping the site's index of days in step with the day files.
extension Site {
    /// The most recent day, if any.
    public var latestDay: DaySummary? { days.last }

    /// Starts a working day. A date before the latest existing day (a clock set back) is refused.
    public mutating func openDay(_ date: LocalDate, at time: Timestamp) throws(DayError) -> WorkDay {
        if isReadOnly { throw .siteReadOnly }
        if let latest = days.last?.date {
            if date < latest { throw .dayBeforeLatest(latest) }
            if date == latest { throw .dayAlreadyStarted(date) }
        }
        let day = WorkDay(siteID: id, date: date, openedAt: time)
        days.append(DaySummary(day))
        return day
    }

    /// Brings the day's summary in line with the day after a change.
    public mutating func noteChanged(_ day: WorkDay) {
        let summary = DaySummary(day)
        advanceChain(to: day)
        if let index = days.lastIndex(where: { $0.date == day.date }) {
            days[index] = summary
        } else {
            days.append(summary)
            days.sort { $0.date < $1.date }
        }
    }

    /// Days waiting for the client's signature (closed without it, or not closed at all), except today.
    public func unsignedDays(before today: LocalDate) -> [DaySummary] {
        days.filter { $0.date < today && $0.state != .signed }
    }

    /// The canonical record of a day as the client would sign it now.
    public func record(of day: WorkDay) -> DayRecord { DayRecord(day: day, site: self) }
}
