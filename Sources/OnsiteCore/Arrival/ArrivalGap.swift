/// Something that keeps an arrival item, or arrival as a whole, from being complete.
public enum ArrivalGap: Hashable, Sendable {
    /// The item has not been resolved yet.
    case itemOpen(itemID: String)
    /// No client rule has been recorded.
    case noClientRules
    /// These crew members have not acknowledged the current rules.
    case notAcknowledged(names: [String])
    /// The site has no crew, so nobody can be told the rules.
    case noCrew
    case workAreaMissing
    case storageAreaMissing
    /// Nobody is named responsible for what is stored.
    case custodyMissing
    case noLiaisons
    /// These liaison people have no duties recorded.
    case liaisonsWithoutDuties(names: [String])
}
