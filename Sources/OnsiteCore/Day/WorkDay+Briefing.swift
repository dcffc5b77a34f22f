/// The morning briefing: roll call, tasks, cautions, PPE, and the moment it was held.
extension WorkDay {
    /// Sets a crew member's roll-call line; a late arrival needs its time (`HH:MM`).
    public mutating func setAttendance(_ crewMemberID: String, _ status: AttendanceStatus, arrivedAt: String? = nil, in site: Site) throws(DayError) {
        try ensureOpen()
        try WorkDay.ensureCrew(crewMemberID, in: site)
        var time: String?
        if status == .late {
            guard let text = arrivedAt, let clean = WorkDay.clockTime(text) else { throw .badClockTime(arrivedAt ?? "") }
            time = clean
        }
        let entry = Attendance(crewMemberID: crewMemberID, status: status, arrivedAt: time)
        if let index = briefing.attendance.firstIndex(where: { $0.crewMemberID == crewMemberID }) {
            briefing.attendance[index] = entry
        } else {
            briefing.attendance.append(entry)
        }
    }

    /// Gives a crew member a task.
    public mutating func addTask(_ text: String, to crewMemberID: String, id: String, in site: Site, carriedFrom: LocalDate? = nil) throws(DayError) {
        try ensureOpen()
        try WorkDay.ensureCrew(crewMemberID, in: site)
        briefing.tasks.append(CrewTask(id: id, crewMemberID: crewMemberID, text: try WorkDay.validated(text), carriedFrom: carriedFrom))
    }

    /// Rewords a task.
    public mutating func editTask(_ id: String, text: String) throws(DayError) {
        try ensureOpen()
        let clean = try WorkDay.validated(text)
        guard let index = briefing.tasks.firstIndex(where: { $0.id == id }) else { throw .unknownRecord(id) }
        briefing.tasks[index].text = clean
    }

    /// Marks a task done or not done.
    public mutating func setTaskDone(_ id: String, _ done: Bool) throws(DayError) {
        try ensureOpen()
        guard let index = briefing.tasks.firstIndex(where: { $0.id == id }) else { throw .unknownRecord(id) }
        briefing.tasks[index].done = done
    }

    /// Removes a task.
    public mutating func removeTask(_ id: String) throws(DayError) {
        try ensureOpen()
        guard briefing.tasks.contains(where: { $0.id == id }) else { throw .unknownRecord(id) }
        briefing.tasks.removeAll { $0.id == id }
    }

    /// The tasks of an earlier day that were not finished, to offer for carrying over
    /// (those already carried into this day are left out).
    public func unfinishedTasks(from earlier: WorkDay) -> [CrewTask] {
        let carriedIDs = Set(briefing.tasks.compactMap(\.carriedTaskID))
        // Tasks carried before their source was recorded are recognised by day, member and text.
        let carried = Set(briefing.tasks.compactMap { task in task.carriedFrom.map { "\($0.isoText)|\(task.crewMemberID)|\(task.text)" } })
        return earlier.briefing.tasks.filter { task in
            !task.done && !carriedIDs.contains(task.id)
                && !carried.contains("\((task.carriedFrom ?? earlier.date).isoText)|\(task.crewMemberID)|\(task.text)")
        }
    }

    /// Carries unfinished tasks of an earlier day into this one (ids from `makeID`).
    public mutating func carryOver(_ tasks: [CrewTask], from earlier: LocalDate, in site: Site, makeID: () -> String) throws(DayError) {
        try ensureOpen()
        for task in tasks where site.profile.crew.contains(where: { $0.id == task.crewMemberID }) {
            briefing.tasks.append(CrewTask(id: makeID(), crewMemberID: task.crewMemberID, text: task.text, carriedFrom: task.carriedFrom ?? earlier,
                                           carriedTaskID: task.id))
        }
    }

    /// Adds a caution of the day; a client rule is picked by id from the site's list.
    public mutating func addCaution(_ kind: CautionKind, text: String, ruleID: String? = nil, id: String, in site: Site) throws(DayError) {
        try ensureOpen()
        if kind == .clientRule {
            guard let ruleID, let rule = site.arrival.clientRules.first(where: { $0.id == ruleID }) else { throw .unknownRecord(ruleID ?? "") }
            briefing.cautions.append(Caution(id: id, kind: .clientRule, text: rule.text, ruleID: ruleID))
        } else {
            briefing.cautions.append(Caution(id: id, kind: kind, text: try WorkDay.validated(text)))
        }
    }

    /// Removes a caution.
    public mutating func removeCaution(_ id: String) throws(DayError) {
        try ensureOpen()
        guard briefing.cautions.contains(where: { $0.id == id }) else { throw .unknownRecord(id) }
        briefing.cautions.removeAll { $0.id == id }
    }

    /// Marks a crew member's PPE as checked or not.
    public mutating func setPPEChecked(_ crewMemberID: String, _ checked: Bool, in site: Site) throws(DayError) {
        try ensureOpen()
        try WorkDay.ensureCrew(crewMemberID, in: site)
        briefing.ppeChecked.removeAll { $0 == crewMemberID }
        if checked { briefing.ppeChecked.append(crewMemberID) }
    }

    /// Records the briefing as held now. Needs a roll call with somebody present.
    public mutating func holdBriefing(at time: Timestamp) throws(DayError) {
        try ensureOpen()
        guard briefing.heldAt == nil, noBriefingReason == nil else { throw .briefingAlreadySettled }
        guard !briefing.attendance.isEmpty else { throw .rollCallEmpty }
        guard !briefing.presentIDs.isEmpty else { throw .nobodyPresent }
        try ensureClock(time)
        briefing.heldAt = time
    }

    /// Records why no briefing was held today.
    public mutating func skipBriefing(reason: String) throws(DayError) {
        try ensureOpen()
        guard briefing.heldAt == nil, noBriefingReason == nil else { throw .briefingAlreadySettled }
        noBriefingReason = try WorkDay.validated(reason)
    }

    /// Takes back "held" or the reason, to correct the briefing before the day is closed.
    public mutating func reopenBriefing() throws(DayError) {
        try ensureOpen()
        briefing.heldAt = nil
        noBriefingReason = nil
    }
}
