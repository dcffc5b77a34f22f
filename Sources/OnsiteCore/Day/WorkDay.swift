/// One working day on a site: briefing, log, cleanup, sign-off, departure.
/// Saved as its own file, `sites/<id>/days/<YYYY-MM-DD>.json`, so opening today never reads the past.
public struct WorkDay: Codable, Hashable, Sendable, Identifiable {
    /// The version of the file format this type writes.
    public static let currentSchema = 1

    public var schema: Int
    public var siteID: String
    public var date: LocalDate
    public var openedAt: Timestamp
    public var briefing: Briefing
    /// Why no briefing was held, when none was (instead of a briefing).
    public var noBriefingReason: String?
    public var log: [LogEntry]
    /// The end-of-day 5S cleanup, item by item (by the standard's item id).
    public var cleanup: [String: ItemRecord]
    public var scheduleChanges: [ScheduleChange]
    public var signOff: SignOff?
    public var exception: SignOffException?
    public var departedAt: Timestamp?
    public var amendments: [Amendment]
    /// Files attached to the day before it was signed or closed; nil when none (older files read without it).
    public var attachments: [Attachment]?

    public var id: String { date.isoText }

    public init(siteID: String, date: LocalDate, openedAt: Timestamp) {
        schema = WorkDay.currentSchema
        self.siteID = siteID
        self.date = date
        self.openedAt = openedAt
        briefing = Briefing()
        noBriefingReason = nil
        log = []
        cleanup = [:]
        scheduleChanges = []
        signOff = nil
        exception = nil
        departedAt = nil
        amendments = []
    }

    /// Where the day stands.
    public var state: DayState {
        if signOff != nil { return .signed }
        if exception != nil { return .closedWithoutSignature }
        if briefing.heldAt != nil || noBriefingReason != nil { return .briefed }
        return .open
    }

    /// A signed day, or one closed with the client's consent, can only be amended.
    public var isClosed: Bool { signOff != nil || exception != nil }

    /// The briefing gate: held, or an explicit reason why not.
    public var briefingSettled: Bool { briefing.heldAt != nil || noBriefingReason != nil }

    /// The record of a cleanup item (open when nothing was recorded yet).
    public func cleanupRecord(_ itemID: String) -> ItemRecord { cleanup[itemID] ?? ItemRecord() }

    /// The latest moment recorded on the day (to notice a clock that went backwards).
    public var latestTime: Timestamp {
        var times = [openedAt]
        if let held = briefing.heldAt { times.append(held) }
        times += log.map(\.at)
        times += cleanup.values.compactMap(\.at)
        if let signed = signOff?.signedAt { times.append(signed) }
        if let recorded = exception?.recordedAt { times.append(recorded) }
        if let departed = departedAt { times.append(departed) }
        return times.max() ?? openedAt
    }
}

/// Where a day stands, as the days list and the home screen show it.
public enum DayState: String, Codable, Hashable, Sendable, CaseIterable {
    /// Started; no briefing yet.
    case open
    /// The briefing was held (or skipped with a reason); not signed yet.
    case briefed
    /// Signed by the client.
    case signed
    /// Closed with the client's consent but without a signature, until they sign later.
    case closedWithoutSignature = "closed-without-signature"

    /// Signed, or closed with the client's consent: only amendments change it.
    public var isClosed: Bool { self == .signed || self == .closedWithoutSignature }
}
