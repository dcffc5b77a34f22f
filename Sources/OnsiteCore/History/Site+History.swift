extension Site {
    /// Days an entry stays in `site.json` after it settled (and after its day): long enough to reopen a
    /// problem whose fix did not hold, short enough that a save never rewrites years of history.
    public static let historyDelayDays = 14

    /// The first day that still keeps settled entries in `site.json`: entries settled and dated before it leave.
    public static func historyCutoff(today: LocalDate) -> LocalDate {
        today.adding(days: -historyDelayDays)
    }

    /// Takes out of the registers every entry that is settled and dated before the cutoff, grouped by
    /// the month of its day (`yyyy-mm`). Settled means it no longer changes: a problem confirmed by the
    /// client before the cutoff, extra work and conduct of a signed day, an item returned before the
    /// cutoff. Entries of unsigned days stay, so a late signature still finds them. The caller writes the months to their files before it saves the site without them.
    /// Entries of the months in `keeping` stay (their file could not be read, so it is not rewritten).
    public mutating func takeSettledHistory(today: LocalDate, keeping: Set<String> = []) -> [String: SiteRegisters] {
        let cutoff = Site.historyCutoff(today: today)
        let signed = days.filter { $0.state == .signed }.map(\.date).sorted()
        var months: [String: SiteRegisters] = [:]
        func settle<Entry>(_ entries: inout [Entry], into path: WritableKeyPath<SiteRegisters, [Entry]>, day: (Entry) -> LocalDate, settled: (Entry) -> Bool) {
            var kept: [Entry] = []
            kept.reserveCapacity(entries.count)
            for entry in entries {
                let date = day(entry)
                let month = RegisterHistory.month(of: date)
                if date < cutoff, !keeping.contains(month), settled(entry) {
                    months[month, default: SiteRegisters()][keyPath: path].append(entry)
                } else {
                    kept.append(entry)
                }
            }
            entries = kept
        }
        // A finding of the pre-acceptance stays: the exit steps list it.
        settle(&registers.problems, into: \.problems, day: \.day) { problem in
            problem.origin == nil && problem.isClosed && signed.sortedContains(problem.day) && (problem.confirmedAt.map { $0.localDate < cutoff } ?? false)
        }
        settle(&registers.extraWork, into: \.extraWork, day: \.day) { signed.sortedContains($0.day) }
        settle(&registers.borrowings, into: \.borrowings, day: \.borrowedAt.localDate) { $0.returnedAt.map { $0.localDate < cutoff } ?? false }
        // A shortage is settled two weeks after it arrived (until then an arrival set by mistake can be undone);
        // one marked arrived before arrivals were timed stays live.
        settle(&registers.materials, into: \.materials, day: \.recordedAt.localDate) { shortage in
            shortage.status == .arrived && (shortage.arrivedAt.map { $0.localDate < cutoff } ?? false)
        }
        settle(&registers.conduct, into: \.conduct, day: \.day) { signed.sortedContains($0.day) }
        return months
    }

    /// Notes what a month's file now holds (replacing an earlier note of the same month), months in order.
    public mutating func noteArchived(_ history: RegisterHistory) {
        archivedMonths.removeAll { $0.month == history.month }
        archivedMonths.append(ArchivedMonth(month: history.month, counting: history.registers))
        archivedMonths.sort { $0.month < $1.month }
    }

    /// The site as a reader of its whole life sees it: the archived entries before the live ones.
    /// An entry that is in both (a crash between writing a month and the site) counts once, as live.
    public func withHistory(_ history: SiteRegisters) -> Site {
        guard !history.isEmpty else { return self }
        var whole = self
        whole.registers = history.merged(with: registers)
        return whole
    }
}
