/// Work outside the contract (合同外追加工作): signed by the client with the day, listed for the project manager.
public struct ExtraWork: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    /// The day it was done; the client signs it with that day's record.
    public var day: LocalDate
    public var description: String
    /// Quantity or hours, as written ("3 h", "12 m of cable tray").
    public var quantity: String
    /// Who on the client's side asked for it.
    public var requestedBy: String
    public var requestedAt: Timestamp
    /// Files attached before its day was signed (signed with it); nil when none, so older records hash as before.
    public var attachments: [Attachment]?

    public init(id: String, day: LocalDate, description: String, quantity: String, requestedBy: String, requestedAt: Timestamp) {
        self.id = id
        self.day = day
        self.description = description
        self.quantity = quantity
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
    }
}
