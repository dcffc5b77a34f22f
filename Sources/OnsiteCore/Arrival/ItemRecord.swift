/// Where a checklist item stands.
public enum ItemState: String, Codable, Hashable, Sendable {
    case open
    case done
    case notApplicable = "not-applicable"
}

/// What was recorded for one checklist item: its state, a note, who resolved it and when.
public struct ItemRecord: Codable, Hashable, Sendable {
    public var state: ItemState
    /// Why the item does not apply (required for `.notApplicable`).
    public var reason: String
    public var note: String
    public var by: String?
    public var at: Timestamp?
    /// Files attached to the item (photos, documents); nil when none, so older files and hashes stay as they were.
    public var attachments: [Attachment]?

    public init(state: ItemState = .open, reason: String = "", note: String = "", by: String? = nil, at: Timestamp? = nil) {
        self.state = state
        self.reason = reason
        self.note = note
        self.by = by
        self.at = at
    }
}
