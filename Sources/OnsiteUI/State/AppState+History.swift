import OnsiteCore

extension AppState {
    /// Sites whose archived months a screen on the stack needs and that are not read yet: a register
    /// or a problem (they list every entry of the site), or a day old enough to have archived entries (its counts).
    public var historyToLoad: [String] {
        var wanted: [String] = []
        for screen in stack {
            guard let siteID = screen.siteID, history[siteID] == nil, !wanted.contains(siteID),
                  let site = site(siteID), !site.archivedMonths.isEmpty else { continue }
            switch screen {
            case .register, .problem, .dashboard, .attachments: wanted.append(siteID)
            default: continue
            }
        }
        return wanted
    }

    /// Archived months that a day screen on the stack counts and that are not read yet (site id, `yyyy-mm`):
    /// a day's counts look only at entries of its own date, so only its month is read, never the whole history.
    public var historyMonthsToLoad: [HistoryMonthRequest] {
        var wanted: [HistoryMonthRequest] = []
        for screen in stack {
            guard case .day(let siteID, let date, _) = screen, let request = historyMonthToLoad(siteID, date) else { continue }
            if !wanted.contains(request) { wanted.append(request) }
        }
        return wanted
    }

    /// The archived month that a day's counts need, when it is not read yet.
    func historyMonthToLoad(_ siteID: String, _ date: LocalDate) -> HistoryMonthRequest? {
        guard history[siteID] == nil, let site = site(siteID), countsNeedHistory(site, date) else { return nil }
        let request = HistoryMonthRequest(siteID: siteID, month: RegisterHistory.month(of: date))
        return historyMonths[siteID]?[request.month] == nil ? request : nil
    }

    /// Keeps one archived month read for a day's counts.
    public mutating func storeHistoryMonth(_ registers: SiteRegisters, _ request: HistoryMonthRequest) {
        historyMonths[request.siteID, default: [:]][request.month] = registers
    }

    /// Keeps the archived entries of a site once read (they never change while the program runs);
    /// a dashboard of the site summed up before they were read is summed up again with them.
    public mutating func storeHistory(_ registers: SiteRegisters, of siteID: String) {
        history[siteID] = registers
        guard let whole = siteWithHistory(siteID) else { return }
        for index in stack.indices {
            if case .dashboard(siteID, var position) = stack[index] {
                position.glance = SiteGlance(site: whole, today: today)
                stack[index] = .dashboard(siteID: siteID, position)
            }
        }
    }

    /// The site with its archived entries beside the live ones once they are read; else as it is.
    public func siteWithHistory(_ id: String) -> Site? {
        guard let site = site(id) else { return nil }
        guard let archived = history[id] else { return site }
        return site.withHistory(archived)
    }

    /// The site as a day's screen counts it: with its archived entries when the day's month is archived.
    public func site(_ id: String, forDay date: LocalDate) -> Site? {
        guard let site = site(id) else { return nil }
        guard countsNeedHistory(site, date) else { return site }
        if history[id] != nil { return siteWithHistory(id) }
        return historyMonths[id]?[RegisterHistory.month(of: date)].map(site.withHistory) ?? site
    }

    /// Whether some entries of a day may be archived: the day is older than the cutoff and its month has a file.
    /// Today and the last two weeks never are, so opening them never reads history.
    private func countsNeedHistory(_ site: Site, _ date: LocalDate) -> Bool {
        guard date < Site.historyCutoff(today: today) else { return false }
        let month = RegisterHistory.month(of: date)
        return site.archivedMonths.contains { $0.month == month }
    }

    /// Says so and returns true when an entry is one of the site's archived ones, which no longer change.
    mutating func refuseArchived(_ entryID: String, siteID: String) -> Bool {
        guard let refusal = archivedRefusal(entryID, siteID: siteID) else { return false }
        message = StatusMessage(refusal, .info)
        return true
    }

    /// Why an entry cannot change because it is one of the site's archived ones; nil for a live entry.
    func archivedRefusal(_ entryID: String, siteID: String) -> LocalizedText? {
        guard let archived = history[siteID], let site = site(siteID) else { return nil }
        let live = site.registers
        let inLive = live.problems.contains { $0.id == entryID } || live.extraWork.contains { $0.id == entryID }
            || live.borrowings.contains { $0.id == entryID } || live.materials.contains { $0.id == entryID } || live.conduct.contains { $0.id == entryID }
        guard !inLive, let month = archived.month(ofEntry: entryID) else { return nil }
        return LocalizedText(
            en: "Settled and kept in the site's history of \(month): it no longer changes. If it came back, record it again as new.",
            zh: "已了结,存于本现场 \(month) 的历史记录中,不再更改。如问题复发,请作为新条目登记。")
    }
}

private extension SiteRegisters {
    /// The month (`yyyy-mm`) of the entry with this id, if one of the registers holds it.
    func month(ofEntry id: String) -> String? {
        if let entry = problems.first(where: { $0.id == id }) { return RegisterHistory.month(of: entry.day) }
        if let entry = extraWork.first(where: { $0.id == id }) { return RegisterHistory.month(of: entry.day) }
        if let entry = borrowings.first(where: { $0.id == id }) { return RegisterHistory.month(of: entry.borrowedAt.localDate) }
        if let entry = materials.first(where: { $0.id == id }) { return RegisterHistory.month(of: entry.recordedAt.localDate) }
        if let entry = conduct.first(where: { $0.id == id }) { return RegisterHistory.month(of: entry.day) }
        return nil
    }
}
