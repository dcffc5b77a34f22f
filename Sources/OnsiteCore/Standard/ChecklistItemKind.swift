/// What an arrival item records besides its state, and so what "done" requires.
public enum ChecklistItemKind: String, Codable, Hashable, Sendable {
    /// A plain tick.
    case check
    /// The client's rules and facilities, kept as a list on the site.
    case clientRules = "client-rules"
    /// The client's rules relayed to every crew member, each acknowledgment timed.
    case relayToCrew = "relay-to-crew"
    /// Work area, storage area and who keeps what.
    case areas
    /// The client's liaison people and their duties.
    case liaisons
}
