/// How serious a problem is.
public enum ProblemSeverity: String, Codable, Hashable, Sendable, CaseIterable {
    case low, medium, high, critical
}

/// Where a problem stands: open, then solved by the crew, then confirmed by the client.
public enum ProblemStatus: String, Codable, Hashable, Sendable, CaseIterable {
    case open, solved, confirmed
}

/// Whom a problem was reported to (the standard names both).
public enum ReportRecipient: String, Codable, Hashable, Sendable, CaseIterable {
    case projectManager = "project-manager"
    case engineeringHead = "engineering-head"
}

/// How something was passed on.
public enum ReportChannel: String, Codable, Hashable, Sendable, CaseIterable {
    case phone
    case inPerson = "in-person"
    case message
    case email
}

/// One report of a problem to the project manager or the engineering head.
public struct ProblemReport: Codable, Hashable, Sendable {
    public var to: ReportRecipient
    /// The name of the person told.
    public var who: String
    public var channel: ReportChannel
    public var at: Timestamp

    public init(to: ReportRecipient, who: String, channel: ReportChannel, at: Timestamp) {
        self.to = to
        self.who = who
        self.channel = channel
        self.at = at
    }
}

/// A problem found on site (问题), tracked from report to the client's confirmation.
public struct Problem: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    /// The day it was found.
    public var day: LocalDate
    public var openedAt: Timestamp
    public var description: String
    public var severity: ProblemSeverity
    public var reports: [ProblemReport]
    public var proposedSolution: String
    /// Who is responsible for solving it.
    public var owner: String
    public var status: ProblemStatus
    public var solvedAt: Timestamp?
    /// When the client confirmed the solution, and who on their side did.
    public var confirmedAt: Timestamp?
    public var confirmedBy: String?
    /// Days allowed until the first follow-up (3 by default).
    public var followUpDays: Int
    /// Days allowed until it is solved (7 by default).
    public var solveDays: Int
    /// Where it was found: nil during a working day, or at the pre-acceptance.
    public var origin: ProblemOrigin?
    /// Files attached to the problem; nil when none. Not part of any day's signed record (like its reports).
    public var attachments: [Attachment]?

    /// The standard's follow-up deadline, in days.
    public static let defaultFollowUpDays = 3
    /// The standard's solution deadline, in days.
    public static let defaultSolveDays = 7

    public init(
        id: String, day: LocalDate, openedAt: Timestamp, description: String, severity: ProblemSeverity,
        proposedSolution: String = "", owner: String = "",
        followUpDays: Int = Problem.defaultFollowUpDays, solveDays: Int = Problem.defaultSolveDays
    ) {
        self.id = id
        self.day = day
        self.openedAt = openedAt
        self.description = description
        self.severity = severity
        reports = []
        self.proposedSolution = proposedSolution
        self.owner = owner
        status = .open
        self.followUpDays = followUpDays
        self.solveDays = solveDays
    }

    /// The last day for the first follow-up (a report to the project manager or the engineering head).
    public var followUpDue: LocalDate { day.adding(days: followUpDays) }

    /// The last day for the solution.
    public var solveDue: LocalDate { day.adding(days: solveDays) }

    /// Whether the problem was followed up (reported on).
    public var isFollowedUp: Bool { !reports.isEmpty }

    /// Closed means confirmed by the client.
    public var isClosed: Bool { status == .confirmed }

    /// What is overdue on a day; empty when nothing is.
    public func overdue(on today: LocalDate) -> [ProblemDeadline] {
        guard !isClosed else { return [] }
        var late: [ProblemDeadline] = []
        let followedUpInTime = reports.contains { $0.at.localDate <= followUpDue }
        if !followedUpInTime && today > followUpDue { late.append(.followUp(followUpDue)) }
        let solvedInTime = solvedAt.map { $0.localDate <= solveDue } ?? false
        if !solvedInTime && today > solveDue { late.append(.solution(solveDue)) }
        return late
    }
}

/// Where a problem was found, when not during a working day.
public enum ProblemOrigin: String, Codable, Hashable, Sendable {
    case preAcceptance = "pre-acceptance"
}

/// A deadline a problem missed.
public enum ProblemDeadline: Hashable, Sendable {
    case followUp(LocalDate)
    case solution(LocalDate)
}
