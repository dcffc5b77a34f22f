/// A member of the crew.
public struct CrewMember: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var role: String

    public init(id: String, name: String, role: String) {
        self.id = id
        self.name = name
        self.role = role
    }
}

/// One of the client's people the crew works with, and what they are responsible for.
public struct Liaison: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// Role and duties, as the client described them.
    public var role: String
    public var phone: String

    public init(id: String, name: String, role: String, phone: String) {
        self.id = id
        self.name = name
        self.role = role
        self.phone = phone
    }
}
