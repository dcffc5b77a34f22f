/// Everything recorded when the crew leaves the site (part 四 of the standard): acceptance, handover,
/// leftovers, the site restored, the survey and the thanks. Kept in `site.json`.
public struct ExitRecord: Codable, Hashable, Sendable {
    /// The walk-through with the project manager, the client's supervisor and the engineering head.
    public var preAcceptance: PreAcceptance?
    /// Formal acceptances in order; the last one counts (a site not accepted is accepted later).
    public var acceptances: [FormalAcceptance]
    /// Spare parts and technical documents handed over with the delivery report.
    public var handover: [HandoverItem]
    /// The client's signature of the delivery report (sealed in the site's chain).
    public var delivery: SignOff?
    /// Materials left over, counted and taken back to the warehouse.
    public var leftovers: [LeftoverMaterial]
    /// When the leftovers were counted and the list finished (also when nothing was left).
    public var leftoversCountedAt: Timestamp?
    /// The state the client asked the site to be restored to.
    public var restorationRequest: String
    /// The client's confirmation that the site was restored (sealed in the site's chain).
    public var restoration: SignOff?
    /// The satisfaction survey handed to the client, and their answers if entered.
    public var survey: Survey?
    /// When the crew thanked the client and took leave.
    public var thanksAt: Timestamp?

    public init() {
        acceptances = []
        handover = []
        leftovers = []
        restorationRequest = ""
    }

    /// The formal acceptance that counts: the last one held.
    public var acceptance: FormalAcceptance? { acceptances.last }

    /// Whether anything of the exit was recorded yet.
    public var isStarted: Bool {
        preAcceptance != nil || !acceptances.isEmpty || !handover.isEmpty || !leftovers.isEmpty || leftoversCountedAt != nil
            || !restorationRequest.isEmpty || survey != nil || thanksAt != nil
    }
}

/// The role a person plays in an acceptance meeting.
public enum ParticipantRole: String, Codable, Hashable, Sendable, CaseIterable {
    case projectManager = "project-manager"
    case clientSupervisor = "client-supervisor"
    case engineeringHead = "engineering-head"
    case client
}

/// A person who took part, and in which role.
public struct Participant: Codable, Hashable, Sendable {
    public var role: ParticipantRole
    public var name: String

    public init(role: ParticipantRole, name: String) {
        self.role = role
        self.name = name
    }
}

/// The pre-acceptance walk-through and its record; its findings are problems in the site's register.
public struct PreAcceptance: Codable, Hashable, Sendable {
    public var date: LocalDate
    /// When it was held, `HH:MM`.
    public var time: String
    public var participants: [Participant]
    /// Ids of the problems found (each with an owner and a due date).
    public var findingIDs: [String]
    public var notes: String
    public var recordedAt: Timestamp

    /// The roles the standard asks to take part.
    public static let requiredRoles: [ParticipantRole] = [.projectManager, .clientSupervisor, .engineeringHead]
}

/// The result of a formal acceptance.
public enum AcceptanceResult: String, Codable, Hashable, Sendable, CaseIterable {
    case accepted
    case acceptedWithReservations = "accepted-with-reservations"
    case notAccepted = "not-accepted"

    /// Whether the client accepted the work (with or without reservations).
    public var isAccepted: Bool { self != .notAccepted }
}

/// The formal acceptance with the project manager and the client, and its report.
public struct FormalAcceptance: Codable, Hashable, Sendable {
    public var date: LocalDate
    /// When it was held, `HH:MM`.
    public var time: String
    public var participants: [Participant]
    public var result: AcceptanceResult
    /// What the client accepted with reservations about (empty otherwise).
    public var reservations: [String]
    /// The acceptance report's reference (number or title).
    public var reportReference: String
    public var recordedAt: Timestamp

    /// The roles the standard asks to take part.
    public static let requiredRoles: [ParticipantRole] = [.projectManager, .client]
}
