/// A client site: its profile and everything recorded there.
/// Saved as one human-readable JSON file, `sites/<id>/site.json`.
public struct Site: Codable, Hashable, Sendable, Identifiable {
    /// The version of the file format this type writes.
    /// Schema 2 added the days index and the registers (schema 1 files read as having none);
    /// schema 3 the exit record, closing and the archive (older files read as not started, open, not archived);
    /// schema 4 the months of settled register entries kept in `history/` (older files read as having none);
    /// schema 5 keeps the days index in `days.txt` beside the file (older files hold it, and read with it).
    public static let currentSchema = 5

    /// Set in an encoder's `userInfo` to leave `days` out: the store writes them to `days.txt` (`DaysIndex`).
    /// An export of the site keeps them.
    public static let daysApart = CodingUserInfoKey(rawValue: "onsite.site.daysApart")!

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
    /// Acceptance, handover, leftovers, restoration, survey and thanks.
    public var exit: ExitRecord
    /// When the site was closed through the closing gate; a closed site is read-only.
    public var closedAt: Timestamp?
    /// When the site was moved to the archive; an archived site is read-only until restored.
    public var archivedAt: Timestamp?
    /// Months whose settled register entries were moved to `history/<yyyy-mm>.json`, oldest first.
    public var archivedMonths: [ArchivedMonth]

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
        exit = ExitRecord()
        archivedMonths = []
    }

    private enum CodingKeys: String, CodingKey {
        case schema, id, isDemo, createdAt, standard, profile, arrival, days, registers, chain, exit, closedAt, archivedAt, archivedMonths
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // A newer program's file may hold what this one would drop on its next save: never read it as current.
        let stored = try container.decodeIfPresent(Int.self, forKey: .schema) ?? 1
        guard stored <= Site.currentSchema else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [CodingKeys.schema], debugDescription: "written by a newer Onsite (schema \(stored))"))
        }
        // Migration 1 → 2: a schema-1 file has no days and no registers yet.
        schema = Site.currentSchema
        id = try container.decode(String.self, forKey: .id)
        isDemo = try container.decode(Bool.self, forKey: .isDemo)
        createdAt = try container.decode(Timestamp.self, forKey: .createdAt)
        standard = try container.decode(StandardReference.self, forKey: .standard)
        profile = try container.decode(SiteProfile.self, forKey: .profile)
        arrival = try container.decode(ArrivalRecord.self, forKey: .arrival)
        // Schema 4 writes one line per day, read here as plain strings (a decoder per day cost more than the line);
        // older files hold objects; schema 5 files have none here (the store reads `days.txt`).
        if let lines = try? container.decodeIfPresent([String].self, forKey: .days) {
            days = try lines.enumerated().map { index, line in
                guard let summary = DaySummary(line: line) else {
                    throw DecodingError.dataCorrupted(DecodingError.Context(
                        codingPath: [CodingKeys.days], debugDescription: "day \(index + 1) of the index is not a day's summary: \(line)"))
                }
                return summary
            }
        } else {
            days = try container.decodeIfPresent([DaySummary].self, forKey: .days) ?? []
        }
        registers = try container.decodeIfPresent(SiteRegisters.self, forKey: .registers) ?? SiteRegisters()
        // Files written before sign-offs were sealed have no chain yet.
        chain = try container.decodeIfPresent(ChainHead.self, forKey: .chain)
        // Migration 2 → 3: no exit recorded, open, not archived.
        exit = try container.decodeIfPresent(ExitRecord.self, forKey: .exit) ?? ExitRecord()
        closedAt = try container.decodeIfPresent(Timestamp.self, forKey: .closedAt)
        archivedAt = try container.decodeIfPresent(Timestamp.self, forKey: .archivedAt)
        // Migration 3 → 4: every entry is still in the registers.
        archivedMonths = try container.decodeIfPresent([ArchivedMonth].self, forKey: .archivedMonths) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(id, forKey: .id)
        try container.encode(isDemo, forKey: .isDemo)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(standard, forKey: .standard)
        try container.encode(profile, forKey: .profile)
        try container.encode(arrival, forKey: .arrival)
        if encoder.userInfo[Site.daysApart] as? Bool != true {
            try container.encode(days.map(\.line), forKey: .days)
        }
        try container.encode(registers, forKey: .registers)
        try container.encodeIfPresent(chain, forKey: .chain)
        try container.encode(exit, forKey: .exit)
        try container.encodeIfPresent(closedAt, forKey: .closedAt)
        try container.encodeIfPresent(archivedAt, forKey: .archivedAt)
        try container.encode(archivedMonths, forKey: .archivedMonths)
    }

    /// Whether two versions of a site differ only in their days index (what `site.json` holds is the same).
    public func equalsApartFromDays(_ other: Site) -> Bool {
        var mine = self, theirs = other
        mine.days = []
        theirs.days = []
        return mine == theirs
    }

    /// The summary of a day, if the day exists.
    public func daySummary(_ date: LocalDate) -> DaySummary? {
        days.last { $0.date == date }
    }
}
