/// An incident (a rule broken) or a commendation.
public enum ConductKind: String, Codable, Hashable, Sendable, CaseIterable {
    case incident
    case commendation
}

/// A note on a crew member's conduct, against the standard's vocabulary.
public struct ConductEntry: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var day: LocalDate
    public var crewMemberID: String
    public var kind: ConductKind
    /// The rule broken or the quality shown, as the standard words it (in the language it was picked in).
    public var reference: String
    public var note: String
    public var at: Timestamp

    public init(id: String, day: LocalDate, crewMemberID: String, kind: ConductKind, reference: String, note: String, at: Timestamp) {
        self.id = id
        self.day = day
        self.crewMemberID = crewMemberID
        self.kind = kind
        self.reference = reference
        self.note = note
        self.at = at
    }
}
