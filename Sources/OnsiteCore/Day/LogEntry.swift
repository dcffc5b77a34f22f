/// What kind of thing a log entry records.
public enum LogEntryKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// Progress of the work.
    case progress
    /// A special situation (特殊状况): a stoppage, a visit, an accident, a change of plan.
    case situation
}

/// One timestamped entry of the day's log.
public struct LogEntry: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: LogEntryKind
    public var text: String
    public var at: Timestamp

    public init(id: String, kind: LogEntryKind, text: String, at: Timestamp) {
        self.id = id
        self.kind = kind
        self.text = text
        self.at = at
    }
}

/// A planned date that moved, as agreed with the client at the end of the day.
public struct ScheduleChange: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    /// What the date is for (a milestone, a stage of the work).
    public var milestone: String
    public var plannedDate: LocalDate
    public var newDate: LocalDate
    public var reason: String

    public init(id: String, milestone: String, plannedDate: LocalDate, newDate: LocalDate, reason: String) {
        self.id = id
        self.milestone = milestone
        self.plannedDate = plannedDate
        self.newDate = newDate
        self.reason = reason
    }
}

/// A correction of a day that was already signed or closed: the original stays as it was.
public struct Amendment: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    /// What the correction says.
    public var text: String
    public var reason: String
    public var by: String
    public var at: Timestamp

    public init(id: String, text: String, reason: String, by: String, at: Timestamp) {
        self.id = id
        self.text = text
        self.reason = reason
        self.by = by
        self.at = at
    }
}
