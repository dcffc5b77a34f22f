/// Where a missing material stands.
public enum ShortageStatus: String, Codable, Hashable, Sendable, CaseIterable {
    case open
    case ordered
    case arrived
}

/// A material short on site (欠料).
public struct MaterialShortage: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var item: String
    /// Quantity with its unit, as written ("20 m", "4 pcs").
    public var quantity: String
    public var neededBy: LocalDate?
    public var status: ShortageStatus
    public var recordedAt: Timestamp
    /// When it was marked arrived (nil while it is not, and for arrivals marked before this was kept).
    /// An arrival settled more than two weeks ago moves to the site's history like other settled entries.
    public var arrivedAt: Timestamp?

    public init(id: String, item: String, quantity: String, neededBy: LocalDate?, recordedAt: Timestamp, status: ShortageStatus = .open) {
        self.id = id
        self.item = item
        self.quantity = quantity
        self.neededBy = neededBy
        self.recordedAt = recordedAt
        self.status = status
    }
}
