/// Before leaving: 5S cleanup, schedule changes, the client's sign-off or its exception, departure, amendments.
extension WorkDay {
    /// Marks a cleanup item inspected (done) by the crew leader, or back to open.
    public mutating func setCleanup(_ itemID: String, done: Bool, by inspector: String?, at time: Timestamp) throws(DayError) {
        try ensureOpen()
        cleanup[itemID] = done ? ItemRecord(state: .done, by: inspector, at: time) : ItemRecord()
    }

    /// Marks a cleanup item not applicable today, with the reason.
    public mutating func setCleanupNotApplicable(_ itemID: String, reason: String, by inspector: String?, at time: Timestamp) throws(DayError) {
        try ensureOpen()
        cleanup[itemID] = ItemRecord(state: .notApplicable, reason: try WorkDay.validated(reason), by: inspector, at: time)
    }

    /// Records a planned date that moved.
    public mutating func addScheduleChange(milestone: String, planned: String, new: String, reason: String, id: String) throws(DayError) {
        try ensureOpen()
        let name = try WorkDay.validated(milestone)
        guard let plannedDate = LocalDate(text: planned) else { throw .badDate(planned) }
        guard let newDate = LocalDate(text: new) else { throw .badDate(new) }
        scheduleChanges.append(ScheduleChange(id: id, milestone: name, plannedDate: plannedDate, newDate: newDate, reason: try WorkDay.validated(reason)))
    }

    /// Removes a schedule change entered by mistake.
    public mutating func removeScheduleChange(_ id: String) throws(DayError) {
        try ensureOpen()
        guard scheduleChanges.contains(where: { $0.id == id }) else { throw .unknownRecord(id) }
        scheduleChanges.removeAll { $0.id == id }
    }

    /// What still stands between the day and the client's signature.
    public func signOffGaps(cleanupItems: [String]) -> [SignOffGap] {
        var gaps: [SignOffGap] = []
        if !briefingSettled { gaps.append(.briefing) }
        let open = cleanupItems.filter { cleanupRecord($0).state == .open }
        if !open.isEmpty { gaps.append(.cleanup(open)) }
        return gaps
    }

    /// The client signs the day's record (`site.record(of: day)`, signature excluded): its canonical text and
    /// SHA-256 are kept with the signature. A day closed without signature may still be signed later.
    public mutating func signOff(
        clientName: String, signature: Signature, at time: Timestamp, cleanupItems: [String], record: DayRecord
    ) throws(DayError) {
        let text = String(decoding: record.canonicalData(), as: UTF8.self)
        try signOff(clientName: clientName, signature: signature, at: time, cleanupItems: cleanupItems, recordHash: record.sha256)
        signOff?.record = text
    }

    /// The gates and the signature, with only the hash of the record (the record kept by the caller).
    mutating func signOff(
        clientName: String, signature: Signature, at time: Timestamp, cleanupItems: [String], recordHash: String
    ) throws(DayError) {
        guard signOff == nil else { throw .alreadySigned }
        if exception == nil {
            let gaps = signOffGaps(cleanupItems: cleanupItems)
            guard gaps.isEmpty else { throw .notReadyToSign(gaps) }
        }
        let name = TextSanitizer.singleLine(clientName.trimmed).trimmed
        guard !name.isEmpty else { throw .emptyName }
        guard name.count <= 200 else { throw .textTooLong(limit: 200) }
        guard signature.isDrawn else { throw .emptySignature }
        try ensureClock(time)
        signOff = SignOff(clientName: name, signature: signature, signedAt: time, recordHash: recordHash)
    }

    /// Closes the day without the client's signature, with who consented, how, when and why.
    public mutating func closeWithoutSignature(
        consentedBy: String, channel: ConsentChannel, consentTime: String, reason: String, at time: Timestamp, cleanupItems: [String]
    ) throws(DayError) {
        try ensureOpen()
        let gaps = signOffGaps(cleanupItems: cleanupItems)
        guard gaps.isEmpty else { throw .notReadyToSign(gaps) }
        let who = try WorkDay.validated(consentedBy)
        guard let when = WorkDay.clockTime(consentTime) else { throw .badClockTime(consentTime) }
        let why = try WorkDay.validated(reason)
        try ensureClock(time)
        exception = SignOffException(consentedBy: who, channel: channel, consentTime: when, reason: why, recordedAt: time)
    }

    /// Records when the crew left. Only after the client signed or consented.
    public mutating func depart(at time: Timestamp) throws(DayError) {
        guard isClosed else { throw .departureBeforeSignOff }
        guard departedAt == nil else { throw .alreadyDeparted }
        try ensureClock(time)
        departedAt = time
    }

    /// Adds a correction to a closed day; the original stays as signed.
    public mutating func amend(text: String, reason: String, by: String, id: String, at time: Timestamp) throws(DayError) {
        guard isClosed else { throw .notClosed }
        amendments.append(Amendment(
            id: id, text: try WorkDay.validated(text, multiLine: true), reason: try WorkDay.validated(reason), by: try WorkDay.validated(by), at: time))
    }
}
