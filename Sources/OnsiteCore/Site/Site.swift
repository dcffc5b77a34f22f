/// A client site: its profile and everything recorded there.
/// Saved as one human-readable JSON file, `sites/<id>/site.json`.
public struct Site: Codable, Hashable, Sendable, Identifiable {
    /// The version of the file format this type writes.
    public static let currentSchema = 1

    public var schema: Int
    public var id: String
    /// A demo or training site: never a real client's record.
    public var isDemo: Bool
    public var createdAt: Timestamp
    /// The standard the site started with; later changes to the standard do not change it.
    public var standard: StandardReference
    public var profile: SiteProfile
    public var arrival: ArrivalRecord

    public init(
        id: String, isDemo: Bool, createdAt: Timestamp, standard: StandardReference,
        profile: SiteProfile, arrival: ArrivalRecord = ArrivalRecord()
    ) {
        schema = Site.currentSchema
        self.id = id
        self.isDemo = isDemo
        self.createdAt = createdAt
        self.standard = standard
        self.profile = profile
        self.arrival = arrival
    }
}
