/// Something borrowed from the client, until it is given back.
public struct Borrowing: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var item: String
    /// Who on the client's side lent it.
    public var lender: String
    public var borrowedAt: Timestamp
    public var condition: String
    public var returnedAt: Timestamp?
    public var returnCondition: String?

    public init(id: String, item: String, lender: String, borrowedAt: Timestamp, condition: String) {
        self.id = id
        self.item = item
        self.lender = lender
        self.borrowedAt = borrowedAt
        self.condition = condition
    }

    public var isReturned: Bool { returnedAt != nil }
}
