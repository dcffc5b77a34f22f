/// Why an arrival action was refused. Nothing is changed when one is thrown.
public enum ArrivalError: Error, Hashable, Sendable {
    /// The item cannot be marked done while these gaps remain.
    case incomplete(itemID: String, gaps: [ArrivalGap])
    /// "Not applicable" needs a reason.
    case reasonRequired
    case unknownItem(String)
    case emptyText
    case textTooLong(limit: Int)
    case unknownCrewMember(String)
    case unknownRecord(String)
}
