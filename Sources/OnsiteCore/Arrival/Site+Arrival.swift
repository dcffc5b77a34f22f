import Foundation

/// The arrival gate and the actions of the arrival checklist.
extension Site {
    /// Longest note or rule the program keeps (far beyond what a person types on site).
    public static let maxTextLength = 20_000

    /// What keeps one item from being done, given what is recorded now.
    public func gaps(for item: ChecklistItemDefinition) -> [ArrivalGap] {
        switch item.kind {
        case .check:
            return []
        case .clientRules:
            return arrival.clientRules.isEmpty ? [.noClientRules] : []
        case .relayToCrew:
            if arrival.clientRules.isEmpty { return [.noClientRules] }
            if profile.crew.isEmpty { return [.noCrew] }
            let missing = profile.crew.filter { !arrival.hasAcknowledgedCurrentRules($0.id) }.map(\.name)
            return missing.isEmpty ? [] : [.notAcknowledged(names: missing)]
        case .areas:
            var gaps: [ArrivalGap] = []
            if arrival.workArea.trimmed.isEmpty { gaps.append(.workAreaMissing) }
            if arrival.storageArea.trimmed.isEmpty { gaps.append(.storageAreaMissing) }
            if arrival.custody.isEmpty { gaps.append(.custodyMissing) }
            return gaps
        case .liaisons:
            if profile.liaisons.isEmpty { return [.noLiaisons] }
            let vague = profile.liaisons.filter { $0.role.trimmed.isEmpty }.map(\.name)
            return vague.isEmpty ? [] : [.liaisonsWithoutDuties(names: vague)]
        }
    }

    /// Whether an item counts as resolved: done with nothing missing, or not applicable.
    public func isResolved(_ item: ChecklistItemDefinition) -> Bool {
        let record = arrival.record(for: item.id)
        switch record.state {
        case .open: return false
        case .notApplicable: return true
        case .done: return gaps(for: item).isEmpty
        }
    }

    /// Progress of arrival against a standard.
    public func arrivalProgress(_ standard: ServiceStandard) -> Progress {
        let items = standard.arrivalItems
        return Progress(resolved: items.filter(isResolved).count, total: items.count)
    }

    /// What still keeps arrival from being complete, item by item (required items only).
    public func arrivalMissing(_ standard: ServiceStandard) -> [(item: ChecklistItemDefinition, gaps: [ArrivalGap])] {
        standard.arrivalItems.compactMap { item in
            guard item.required, !isResolved(item) else { return nil }
            let record = arrival.record(for: item.id)
            let gaps = record.state == .open ? [ArrivalGap.itemOpen(itemID: item.id)] + gaps(for: item) : gaps(for: item)
            return (item, gaps)
        }
    }

    /// Arrival is complete when every required item is resolved.
    public func isArrivalComplete(_ standard: ServiceStandard) -> Bool {
        arrivalMissing(standard).isEmpty
    }

    /// Marks an item done, if what it needs is recorded.
    public mutating func markDone(_ item: ChecklistItemDefinition, at time: Timestamp) throws(ArrivalError) {
        let missing = gaps(for: item)
        guard missing.isEmpty else { throw .incomplete(itemID: item.id, gaps: missing) }
        let leader = profile.crewLeader?.name
        update(item.id) { record in
            record.state = .done
            record.reason = ""
            record.by = leader
            record.at = time
        }
    }

    /// Marks an item as not applicable here, with the reason why.
    public mutating func markNotApplicable(_ item: ChecklistItemDefinition, reason: String, at time: Timestamp) throws(ArrivalError) {
        let clean = try Site.validated(reason)
        let leader = profile.crewLeader?.name
        update(item.id) { record in
            record.state = .notApplicable
            record.reason = clean
            record.by = leader
            record.at = time
        }
    }

    /// Puts a resolved item back to open.
    public mutating func reopen(_ item: ChecklistItemDefinition) {
        update(item.id) { record in
            record.state = .open
            record.reason = ""
            record.by = nil
            record.at = nil
        }
    }

    /// Sets (or clears, with an empty text) the note of an item.
    public mutating func setNote(_ note: String, for item: ChecklistItemDefinition) throws(ArrivalError) {
        let clean = TextSanitizer.multiLine(note)
        guard clean.count <= Site.maxTextLength else { throw .textTooLong(limit: Site.maxTextLength) }
        update(item.id) { $0.note = clean.trimmed }
    }

    private mutating func update(_ itemID: String, _ change: (inout ItemRecord) -> Void) {
        var record = arrival.record(for: itemID)
        change(&record)
        arrival.items[itemID] = record
    }

    /// A non-empty, single-line, sanitised text within the length limit.
    static func validated(_ text: String) throws(ArrivalError) -> String {
        let clean = TextSanitizer.singleLine(text.trimmed).trimmed
        guard !clean.isEmpty else { throw .emptyText }
        guard clean.count <= maxTextLength else { throw .textTooLong(limit: maxTextLength) }
        return clean
    }
}

/// How many of how many.
public struct Progress: Hashable, Sendable {
    public var resolved: Int
    public var total: Int

    public init(resolved: Int, total: Int) {
        self.resolved = resolved
        self.total = total
    }

    /// 0…1.
    public var fraction: Double { total == 0 ? 1 : Double(resolved) / Double(total) }
    public var isComplete: Bool { resolved >= total }
}

extension String {
    /// Without leading and trailing white space.
    var trimmed: String {
        // Most text has printable ASCII at both ends: nothing to trim, and no Foundation call (screens trim every frame).
        if let first = utf8.first, let last = utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
