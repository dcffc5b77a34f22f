/// A client site: its profile and everything recorded there.
/// Saved as one human-readable JSON file, `sites/<id>/site.json`.
public struct Site: Codable, Hashable, Sendable, Identifiable {
    /// The version of the file format this type writes.
    /// Schema 2 added the days index and the registers (schema 1 files read as having none).
    public static let currentSchema = 2

    public var schema: Int
    public var id: String
    /// A demo or training site: never a real client's record.
    public var isDemo: Bool
    public var createdAt: Timestamp
    /// The standard the site started with; later changes to the standard do not change it.
    public var standard: StandardReference
    public var profile: SiteProfile
    public var arrival: ArrivalRecord
    /// One summary per working day, oldest first; each day's full record is its own file.
    public var days: [DaySummary]
    /// Problems, extra work, borrowings, materials short and conduct, across days.
    public var registers: SiteRegisters
    /// The last sealed sign-off of the site's chain; nil before the first (and in files written before seals).
    public var chain: ChainHead?

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
        days = []
        registers = SiteRegisters()
        chain = nil
    }

    private enum CodingKeys: String, CodingKey {
        case schema, id, isDemo, createdAt, standard, profile, arrival, days, registers, chain
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // Migration 1 → 2: a schema-1 file has no days and no registers yet.
        schema = Site.currentSchema
        id = try container.decode(String.self, forKey: .id)
        isDemo = try container.decode(Bool.self, forKey: .isDemo)
        createdAt = try container.decode(Timestamp.self, forKey: .createdAt)
        standard = try container.decode(StandardReference.self, forKey: .standard)
        profile = try container.decode(SiteProfile.self, forKey: .profile)
        arrival = try container.decode(ArrivalRecord.self, forKey: .arrival)
        days = try container.decodeIfPresent([DaySummary].self, forKey: .days) ?? []
        registers = try container.decodeIfPresent(SiteRegisters.self, forKey: .registers) ?? SiteRegisters()
        // Files written before sign-offs were sealed have no chain yet.
        chain = try container.decodeIfPresent(ChainHead.self, forKey: .chain)
    }

    /// The summary of a day, if the day exists.
    public func daySummary(_ date: LocalDate) -> DaySummary? {
        days.last { $0.date == date }
    }
}
