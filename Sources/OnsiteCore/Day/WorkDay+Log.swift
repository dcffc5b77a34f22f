/// The day's log: timestamped progress and special situations.
extension WorkDay {
    /// Adds an entry at the given time. A time earlier than the last entry (a clock moved back) is refused.
    public mutating func addLogEntry(_ kind: LogEntryKind, text: String, id: String, at time: Timestamp) throws(DayError) {
        try ensureOpen()
        let clean = try WorkDay.validated(text, multiLine: true)
        if let last = log.last?.at, time < last { throw .clockWentBackwards(now: time, latest: last) }
        log.append(LogEntry(id: id, kind: kind, text: clean, at: time))
    }

    /// Corrects the text of an entry (the time stays).
    public mutating func editLogEntry(_ id: String, text: String) throws(DayError) {
        try ensureOpen()
        let clean = try WorkDay.validated(text, multiLine: true)
        guard let index = log.firstIndex(where: { $0.id == id }) else { throw .unknownRecord(id) }
        log[index].text = clean
    }

    /// Removes an entry made by mistake (only while the day is open).
    public mutating func removeLogEntry(_ id: String) throws(DayError) {
        try ensureOpen()
        guard log.contains(where: { $0.id == id }) else { throw .unknownRecord(id) }
        log.removeAll { $0.id == id }
    }
}
