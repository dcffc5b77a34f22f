/// Adding to and updating the site's registers. Entries recorded on a signed day stay as signed.
extension Site {
    // MARK: Problems

    /// Records a problem; a description is required.
    public mutating func addProblem(
        _ description: String, severity: ProblemSeverity, day: LocalDate, id: String, at time: Timestamp,
        proposedSolution: String = "", owner: String = ""
    ) throws(DayError) {
        try ensureDayOpen(day)
        let text = try WorkDay.validated(description, multiLine: true)
        registers.problems.append(Problem(
            id: id, day: day, openedAt: time, description: text, severity: severity,
            proposedSolution: try WorkDay.validatedOptional(proposedSolution), owner: try WorkDay.validatedOptional(owner)))
    }

    /// Changes what a problem says (description, severity, solution, owner), while the day it was found is not signed.
    public mutating func editProblem(_ id: String, description: String, severity: ProblemSeverity, proposedSolution: String, owner: String) throws(DayError) {
        let index = try problemIndex(id)
        try ensureDayOpen(registers.problems[index].day)
        let text = try WorkDay.validated(description, multiLine: true)
        let solution = try WorkDay.validatedOptional(proposedSolution)
        let who = try WorkDay.validatedOptional(owner)
        registers.problems[index].description = text
        registers.problems[index].severity = severity
        registers.problems[index].proposedSolution = solution
        registers.problems[index].owner = who
    }

    /// Records that a problem was reported to the project manager or the engineering head.
    public mutating func reportProblem(_ id: String, to recipient: ReportRecipient, who: String, channel: ReportChannel, at time: Timestamp) throws(DayError) {
        let index = try problemIndex(id)
        registers.problems[index].reports.append(ProblemReport(to: recipient, who: try WorkDay.validated(who), channel: channel, at: time))
    }

    /// Moves a problem on: open → solved → confirmed by the client (or back to open when a fix did not hold).
    public mutating func setProblemStatus(_ id: String, _ status: ProblemStatus, confirmedBy: String? = nil, at time: Timestamp) throws(DayError) {
        let index = try problemIndex(id)
        var problem = registers.problems[index]
        switch (problem.status, status) {
        case (.open, .solved):
            problem.solvedAt = time
        case (.solved, .confirmed):
            problem.confirmedAt = time
            problem.confirmedBy = try WorkDay.validated(confirmedBy ?? "")
        case (.solved, .open), (.confirmed, .open):
            problem.solvedAt = nil
            problem.confirmedAt = nil
            problem.confirmedBy = nil
        default:
            throw .statusOrder(from: problem.status.rawValue, to: status.rawValue)
        }
        problem.status = status
        registers.problems[index] = problem
    }

    /// Changes a problem's deadlines (days after it was found).
    public mutating func setProblemDeadlines(_ id: String, followUpDays: Int, solveDays: Int) throws(DayError) {
        let index = try problemIndex(id)
        guard (0...365).contains(followUpDays) else { throw .badNumber(String(followUpDays)) }
        guard (0...3650).contains(solveDays) else { throw .badNumber(String(solveDays)) }
        registers.problems[index].followUpDays = followUpDays
        registers.problems[index].solveDays = solveDays
    }

    private func problemIndex(_ id: String) throws(DayError) -> Int {
        guard let index = registers.problems.firstIndex(where: { $0.id == id }) else { throw .unknownRecord(id) }
        return index
    }

    // MARK: Extra work

    /// Records work outside the contract done on a day that is not closed.
    public mutating func addExtraWork(_ description: String, quantity: String, requestedBy: String, day: LocalDate, id: String, at time: Timestamp) throws(DayError) {
        try ensureDayOpen(day)
        registers.extraWork.append(ExtraWork(
            id: id, day: day, description: try WorkDay.validated(description, multiLine: true), quantity: try WorkDay.validated(quantity),
            requestedBy: try WorkDay.validated(requestedBy), requestedAt: time))
    }

    /// Removes extra work entered by mistake, while its day is not closed.
    public mutating func removeExtraWork(_ id: String) throws(DayError) {
        guard let entry = registers.extraWork.first(where: { $0.id == id }) else { throw .unknownRecord(id) }
        try ensureDayOpen(entry.day)
        registers.extraWork.removeAll { $0.id == id }
    }

    // MARK: Borrowings

    /// Records something borrowed from the client.
    public mutating func borrow(_ item: String, from lender: String, condition: String, id: String, at time: Timestamp) throws(DayError) {
        registers.borrowings.append(Borrowing(
            id: id, item: try WorkDay.validated(item), lender: try WorkDay.validated(lender), borrowedAt: time,
            condition: try WorkDay.validated(condition)))
    }

    /// Records that a borrowed item went back, and in what condition.
    public mutating func returnBorrowing(_ id: String, condition: String, at time: Timestamp) throws(DayError) {
        guard let index = registers.borrowings.firstIndex(where: { $0.id == id }) else { throw .unknownRecord(id) }
        guard registers.borrowings[index].returnedAt == nil else { throw .statusOrder(from: "returned", to: "returned") }
        registers.borrowings[index].returnCondition = try WorkDay.validated(condition)
        registers.borrowings[index].returnedAt = time
    }

    // MARK: Materials short

    /// Records a material short on site.
    public mutating func addShortage(_ item: String, quantity: String, neededBy: String, id: String, at time: Timestamp) throws(DayError) {
        let date: LocalDate?
        if neededBy.trimmed.isEmpty { date = nil } else {
            guard let parsed = LocalDate(text: neededBy) else { throw .badDate(neededBy) }
            date = parsed
        }
        registers.materials.append(MaterialShortage(
            id: id, item: try WorkDay.validated(item), quantity: try WorkDay.validated(quantity), neededBy: date, recordedAt: time))
    }

    /// Moves a shortage on (open, ordered, arrived), noting when it arrived.
    public mutating func setShortageStatus(_ id: String, _ status: ShortageStatus, at time: Timestamp) throws(DayError) {
        guard let index = registers.materials.firstIndex(where: { $0.id == id }) else { throw .unknownRecord(id) }
        if registers.materials[index].status != status {
            registers.materials[index].arrivedAt = status == .arrived ? time : nil
        }
        registers.materials[index].status = status
    }

    // MARK: Conduct

    /// Logs an incident against the rule it broke, or a commendation, for a crew member.
    public mutating func addConduct(
        _ kind: ConductKind, crewMemberID: String, reference: String, note: String, day: LocalDate, id: String, at time: Timestamp
    ) throws(DayError) {
        try WorkDay.ensureCrew(crewMemberID, in: self)
        registers.conduct.append(ConductEntry(
            id: id, day: day, crewMemberID: crewMemberID, kind: kind, reference: try WorkDay.validated(reference),
            note: try WorkDay.validatedOptional(note), at: time))
    }

    /// Refuses a change to what a signed or closed day recorded.
    func ensureDayOpen(_ day: LocalDate) throws(DayError) {
        if isReadOnly { throw .siteReadOnly }
        if let summary = daySummary(day), summary.state.isClosed {
            throw .dayClosed(summary.state)
        }
    }
}
