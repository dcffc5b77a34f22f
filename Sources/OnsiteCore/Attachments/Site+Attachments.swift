/// Recording attached files on their owners.
///
/// What the client signs stays honest: a day's record (`DayRecord`) holds the day's attachments and those of
/// its extra work, so they can be added only while that day is open, like any other change to it
/// (`DayError.dayClosed`; a later file is noted in an amendment). A problem's record as signed is the problem
/// as found (`ProblemAsFound`), so files attached to a problem — photos of the fix, say — may be added later,
/// like its reports. Arrival items are in no signed record. A closed or archived site refuses every attachment.
extension Site {
    /// Adds an attachment to an arrival item, a problem or an extra-work entry (a day's go to `WorkDay.attach`).
    /// Returns false when the same file (same hash) is already attached there: it is not listed twice.
    @discardableResult
    public mutating func attach(_ attachment: Attachment, to owner: AttachmentOwner, standard: ServiceStandard) throws(DayError) -> Bool {
        if isReadOnly { throw .siteReadOnly }
        let note = try WorkDay.validatedOptional(attachment.note ?? "")
        var attachment = attachment
        attachment.note = note.isEmpty ? nil : note
        switch owner {
        case .arrivalItem(let itemID):
            guard standard.arrivalItem(itemID) != nil else { throw .unknownRecord(itemID) }
            var record = arrival.record(for: itemID)
            guard Site.add(attachment, to: &record.attachments) else { return false }
            arrival.items[itemID] = record
        case .problem(let problemID):
            guard let index = registers.problems.firstIndex(where: { $0.id == problemID }) else { throw .unknownRecord(problemID) }
            guard Site.add(attachment, to: &registers.problems[index].attachments) else { return false }
        case .extraWork(let entryID):
            guard let index = registers.extraWork.firstIndex(where: { $0.id == entryID }) else { throw .unknownRecord(entryID) }
            try ensureDayOpen(registers.extraWork[index].day)
            guard Site.add(attachment, to: &registers.extraWork[index].attachments) else { return false }
        case .day(let date):
            throw .unknownRecord(date.isoText)
        }
        return true
    }

    /// Adds an attachment to a working day of this site while the day is open, and updates the days index.
    /// Returns false when the same file is already attached to the day.
    @discardableResult
    public mutating func attach(_ attachment: Attachment, to day: inout WorkDay) throws(DayError) -> Bool {
        if isReadOnly { throw .siteReadOnly }
        guard day.siteID == id else { throw .unknownRecord(day.date.isoText) }
        let added = try day.attach(attachment)
        noteChanged(day)
        return added
    }

    /// The files attached to an owner on the site (a day's are on the `WorkDay`).
    public func attachments(of owner: AttachmentOwner) -> [Attachment] {
        switch owner {
        case .arrivalItem(let itemID): arrival.items[itemID]?.attachments ?? []
        case .problem(let problemID): registers.problems.first { $0.id == problemID }?.attachments ?? []
        case .extraWork(let entryID): registers.extraWork.first { $0.id == entryID }?.attachments ?? []
        case .day: []
        }
    }

    /// Every file the site's own records name (arrival items, problems, extra work), for exports and checks.
    public var registerAttachments: [Attachment] {
        arrival.items.keys.sorted().flatMap { arrival.items[$0]?.attachments ?? [] }
            + registers.problems.flatMap { $0.attachments ?? [] }
            + registers.extraWork.flatMap { $0.attachments ?? [] }
    }

    /// Appends unless the same content is already listed; false when it was.
    static func add(_ attachment: Attachment, to list: inout [Attachment]?) -> Bool {
        var items = list ?? []
        guard !items.contains(where: { $0.sha256 == attachment.sha256 }) else { return false }
        items.append(attachment)
        list = items
        return true
    }
}

extension WorkDay {
    /// Adds an attachment to the day while it is open; false when the same file is already attached.
    /// Reached through `Site.attach(_:to:)`, which first checks that the site is writable.
    mutating func attach(_ attachment: Attachment) throws(DayError) -> Bool {
        try ensureOpen()
        let note = try WorkDay.validatedOptional(attachment.note ?? "")
        var attachment = attachment
        attachment.note = note.isEmpty ? nil : note
        return Site.add(attachment, to: &attachments)
    }

    /// The day's own attached files.
    public var dayAttachments: [Attachment] { attachments ?? [] }
}
