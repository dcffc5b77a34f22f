/// Where a site stands in the standard's life: arriving, working, leaving, closed.
public enum SitePhase: String, Codable, Hashable, Sendable, CaseIterable {
    case arrival, working, exit, closed
}

/// The steps of the exit, in the standard's order (part 四).
public enum ExitStep: String, Codable, Hashable, Sendable, CaseIterable {
    case preAcceptance, formalAcceptance, delivery, leftovers, restoration, borrowings, survey, thanks
}

/// The closing gate, closing, the archive and read-only sites.
extension Site {
    /// Closed or archived: readable, never changed.
    public var isReadOnly: Bool { closedAt != nil || archivedAt != nil }

    /// The site's phase, from what was recorded.
    public var phase: SitePhase {
        if closedAt != nil { return .closed }
        if exit.isStarted { return .exit }
        return days.isEmpty ? .arrival : .working
    }

    /// Whether one exit step is done.
    public func isDone(_ step: ExitStep) -> Bool {
        switch step {
        case .preAcceptance: exit.preAcceptance != nil
        case .formalAcceptance: exit.acceptance?.result.isAccepted == true
        case .delivery: exit.delivery != nil
        case .leftovers: exit.leftoversCountedAt != nil && exit.leftovers.allSatisfy { $0.returnedAt != nil }
        case .restoration: exit.restoration != nil
        case .borrowings: registers.openBorrowings.isEmpty
        case .survey: exit.survey != nil
        case .thanks: exit.thanksAt != nil
        }
    }

    /// Exactly what keeps the site from closing; empty when it can close.
    public var closingGaps: [ClosingGap] {
        var gaps: [ClosingGap] = []
        let unsigned = days.filter { $0.state != .signed }.map(\.date)
        if !unsigned.isEmpty { gaps.append(.daysUnsigned(unsigned)) }
        let problems = registers.openProblems.map(\.description)
        if !problems.isEmpty { gaps.append(.problemsOpen(problems)) }
        let borrowed = registers.openBorrowings.map(\.item)
        if !borrowed.isEmpty { gaps.append(.borrowingsOpen(borrowed)) }
        if exit.preAcceptance == nil { gaps.append(.noPreAcceptance) }
        if exit.acceptance?.result.isAccepted != true { gaps.append(.notAccepted) }
        if exit.delivery == nil { gaps.append(.deliveryUnsigned) }
        if exit.leftoversCountedAt == nil { gaps.append(.leftoversNotCounted) }
        let notBack = exit.leftovers.filter { $0.returnedAt == nil }.map(\.item)
        if !notBack.isEmpty { gaps.append(.leftoversNotReturned(notBack)) }
        if exit.restoration == nil { gaps.append(.restorationUnsigned) }
        if exit.survey == nil { gaps.append(.surveyNotHanded) }
        if exit.thanksAt == nil { gaps.append(.noThanks) }
        return gaps
    }

    /// Closes the site when nothing is missing: from then on it is archived and read-only.
    public mutating func close(at now: Timestamp) throws(ExitError) {
        guard closedAt == nil else { throw .alreadyClosed }
        guard archivedAt == nil else { throw .siteReadOnly }
        let gaps = closingGaps
        guard gaps.isEmpty else { throw .cannotClose(gaps) }
        closedAt = now
        archivedAt = now
    }

    /// Moves the site to the archive (read-only, listed apart).
    public mutating func archive(at now: Timestamp) {
        if archivedAt == nil { archivedAt = now }
    }

    /// Brings an archived site back to the list; a closed site stays closed and read-only.
    public mutating func restoreFromArchive() throws(ExitError) {
        guard archivedAt != nil else { throw .notArchived }
        archivedAt = nil
    }

    /// Refuses any change to a closed or archived site.
    func ensureWritable() throws(ExitError) {
        if isReadOnly { throw .siteReadOnly }
    }
}
