/// The morning briefing (班前会): who is here, who does what, what to watch out for, PPE checked.
public struct Briefing: Codable, Hashable, Sendable {
    /// When the crew leader marked the briefing as held; nil while it is being prepared.
    public var heldAt: Timestamp?
    public var attendance: [Attendance]
    public var tasks: [CrewTask]
    public var cautions: [Caution]
    /// Crew members whose personal protective equipment was checked.
    public var ppeChecked: [String]

    public init(heldAt: Timestamp? = nil, attendance: [Attendance] = [], tasks: [CrewTask] = [], cautions: [Caution] = [], ppeChecked: [String] = []) {
        self.heldAt = heldAt
        self.attendance = attendance
        self.tasks = tasks
        self.cautions = cautions
        self.ppeChecked = ppeChecked
    }

    /// The roll-call entry of a crew member (absent from the list means not called yet).
    public func attendance(of crewMemberID: String) -> Attendance? {
        attendance.first { $0.crewMemberID == crewMemberID }
    }

    /// Crew members who are on site (present or late).
    public var presentIDs: [String] {
        attendance.filter { $0.status != .absent }.map(\.crewMemberID)
    }
}

/// Whether a crew member came to the briefing.
public enum AttendanceStatus: String, Codable, Hashable, Sendable, CaseIterable {
    case present
    case late
    case absent
}

/// One line of the roll call.
public struct Attendance: Codable, Hashable, Sendable {
    public var crewMemberID: String
    public var status: AttendanceStatus
    /// When a late member arrived, `HH:MM`.
    public var arrivedAt: String?

    public init(crewMemberID: String, status: AttendanceStatus, arrivedAt: String? = nil) {
        self.crewMemberID = crewMemberID
        self.status = status
        self.arrivedAt = arrivedAt
    }
}

/// A task given to a crew member at the briefing.
public struct CrewTask: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var crewMemberID: String
    public var text: String
    public var done: Bool
    /// The day this task was first given, when it was carried over from an earlier day.
    public var carriedFrom: LocalDate?
    /// The id of the earlier day's task this one was carried over from (so rewording it does not offer the original again).
    public var carriedTaskID: String?

    public init(id: String, crewMemberID: String, text: String, done: Bool = false, carriedFrom: LocalDate? = nil, carriedTaskID: String? = nil) {
        self.carriedTaskID = carriedTaskID
        self.id = id
        self.crewMemberID = crewMemberID
        self.text = text
        self.done = done
        self.carriedFrom = carriedFrom
    }
}

/// Where a caution of the day comes from.
public enum CautionKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// A safety point.
    case safety
    /// One of the client's rules, picked from the site's list.
    case clientRule = "client-rule"
    /// Anything else the crew leader wants said.
    case other
}

/// One caution of the day (注意事项).
public struct Caution: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: CautionKind
    public var text: String
    /// The client rule's id when `kind == .clientRule`.
    public var ruleID: String?

    public init(id: String, kind: CautionKind, text: String, ruleID: String? = nil) {
        self.id = id
        self.kind = kind
        self.text = text
        self.ruleID = ruleID
    }
}
