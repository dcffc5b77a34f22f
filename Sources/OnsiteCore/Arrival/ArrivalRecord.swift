/// Everything recorded during arrival on a site.
public struct ArrivalRecord: Codable, Hashable, Sendable {
    /// Item records by checklist item id; an item not listed is open.
    public var items: [String: ItemRecord]
    public var clientRules: [ClientRule]
    /// Whether the client gave the rules in writing.
    public var rulesInWriting: Bool
    public var acknowledgments: [Acknowledgment]
    /// Goes up each time a rule is added or reworded, so the crew must be told again.
    public var rulesVersion: Int
    public var workArea: String
    public var storageArea: String
    public var custody: [Custody]

    public init(
        items: [String: ItemRecord] = [:], clientRules: [ClientRule] = [], rulesInWriting: Bool = false,
        acknowledgments: [Acknowledgment] = [], workArea: String = "", storageArea: String = "", custody: [Custody] = []
    ) {
        self.items = items
        self.clientRules = clientRules
        self.rulesInWriting = rulesInWriting
        self.acknowledgments = acknowledgments
        rulesVersion = clientRules.count
        self.workArea = workArea
        self.storageArea = storageArea
        self.custody = custody
    }

    /// The record of an item (open when nothing was recorded yet).
    public func record(for itemID: String) -> ItemRecord { items[itemID] ?? ItemRecord() }

    /// When a crew member last acknowledged the rules, if ever.
    public func acknowledgment(of crewMemberID: String) -> Acknowledgment? {
        acknowledgments.last { $0.crewMemberID == crewMemberID }
    }

    /// Whether a crew member acknowledged the rules as they stand now (after the newest rule was added).
    public func hasAcknowledgedCurrentRules(_ crewMemberID: String) -> Bool {
        guard let ack = acknowledgment(of: crewMemberID) else { return false }
        return ack.rulesVersion >= rulesVersion
    }
}
