/// One of the client's own site rules, as briefed to the crew leader.
public struct ClientRule: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var text: String
    public var addedAt: Timestamp

    public init(id: String, text: String, addedAt: Timestamp) {
        self.id = id
        self.text = text
        self.addedAt = addedAt
    }
}

/// A crew member confirmed they were told the client's rules.
public struct Acknowledgment: Codable, Hashable, Sendable {
    public var crewMemberID: String
    public var at: Timestamp
    /// The version of the rule list the member was told (see `ArrivalRecord.rulesVersion`).
    public var rulesVersion: Int

    public init(crewMemberID: String, at: Timestamp, rulesVersion: Int) {
        self.crewMemberID = crewMemberID
        self.at = at
        self.rulesVersion = rulesVersion
    }
}

/// Who keeps what in the storage area.
public struct Custody: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var items: String
    public var responsible: String

    public init(id: String, items: String, responsible: String) {
        self.id = id
        self.items = items
        self.responsible = responsible
    }
}
