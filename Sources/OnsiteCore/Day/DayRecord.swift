import Crypto
import Foundation

/// The day's work record as the client signs it: the day, with the site's extra work and the problems found that day.
/// Serialised canonically (sorted keys, no spaces) so the same record always gives the same SHA-256.
public struct DayRecord: Codable, Hashable, Sendable {
    /// The version of the canonical form.
    public var format: Int
    /// A demo or training record, never a real client's.
    public var demo: Bool
    public var siteID: String
    public var siteName: String
    public var client: String
    public var date: LocalDate
    public var briefing: Briefing
    public var noBriefingReason: String?
    public var log: [LogEntry]
    public var cleanup: [String: ItemRecord]
    public var scheduleChanges: [ScheduleChange]
    public var extraWork: [ExtraWork]
    /// Problems found that day, as they were described (their later reports and status are not part of the day).
    public var problems: [ProblemAsFound]
    public var exception: SignOffException?
    /// Files attached to the day (absent when none, so records signed before attachments hash as they did).
    public var attachments: [Attachment]?

    /// The record of a day as it stands (the signature itself is not part of what is hashed).
    public init(day: WorkDay, site: Site) {
        format = 1
        demo = site.isDemo
        siteID = site.id
        siteName = site.profile.name
        client = site.profile.client
        date = day.date
        briefing = day.briefing
        noBriefingReason = day.noBriefingReason
        log = day.log
        cleanup = day.cleanup
        scheduleChanges = day.scheduleChanges
        extraWork = site.registers.extraWork.filter { $0.day == day.date }
        problems = site.registers.problems.filter { $0.day == day.date && $0.origin == nil }.map(ProblemAsFound.init)
        exception = day.exception
        attachments = day.attachments?.isEmpty == false ? day.attachments : nil
    }

    /// The canonical bytes: JSON, keys sorted, no whitespace.
    public func canonicalData() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every field is a string, a whole number, a bool or a list of them: encoding cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }

    /// SHA-256 of the canonical bytes, lowercase hex.
    public var sha256: String { StandardLoader.sha256(of: canonicalData()) }
}

/// What the day's record says of a problem found that day: the parts that cannot change once the day is signed.
public struct ProblemAsFound: Codable, Hashable, Sendable {
    public var id: String
    public var openedAt: Timestamp
    public var description: String
    public var severity: ProblemSeverity
    public var proposedSolution: String
    public var owner: String

    public init(_ problem: Problem) {
        id = problem.id
        openedAt = problem.openedAt
        description = problem.description
        severity = problem.severity
        proposedSolution = problem.proposedSolution
        owner = problem.owner
    }
}
