import Foundation

/// The exit, step by step (part 四 of the standard). Every action refuses bad input and changes nothing then.
extension Site {
    // MARK: Pre-acceptance

    /// Records the pre-acceptance: when, and the project manager, the client's supervisor and the engineering head by name.
    public mutating func recordPreAcceptance(
        date: String, time: String, participants: [ParticipantRole: String], notes: String, at now: Timestamp
    ) throws(ExitError) {
        try ensureWritable()
        guard let day = LocalDate(text: date) else { throw .badDate(date) }
        guard let clock = WorkDay.clockTime(time) else { throw .badClockTime(time) }
        let people = try Site.participants(participants, required: PreAcceptance.requiredRoles)
        let note = try Site.optional(notes)
        exit.preAcceptance = PreAcceptance(
            date: day, time: clock, participants: people, findingIDs: exit.preAcceptance?.findingIDs ?? [], notes: note, recordedAt: now)
    }

    /// Adds a finding of the pre-acceptance: a problem in the register with an owner and a due date.
    public mutating func addFinding(_ description: String, owner: String, due: String, id: String, at now: Timestamp) throws(ExitError) {
        try ensureWritable()
        guard var pre = exit.preAcceptance else { throw .noPreAcceptance }
        let text = try Site.required(description, multiLine: true)
        let who = try Site.required(owner)
        guard let dueDate = LocalDate(text: due) else { throw .badDate(due) }
        let found = now.localDate
        guard dueDate >= found else { throw .dueInThePast(dueDate) }
        var problem = Problem(id: id, day: found, openedAt: now, description: text, severity: .medium, owner: who,
                              followUpDays: min(Problem.defaultFollowUpDays, found.days(until: dueDate)), solveDays: found.days(until: dueDate))
        problem.origin = .preAcceptance
        registers.problems.append(problem)
        pre.findingIDs.append(id)
        exit.preAcceptance = pre
    }

    /// The findings of the pre-acceptance, as they stand in the problem register.
    public var findings: [Problem] {
        let ids = Set(exit.preAcceptance?.findingIDs ?? [])
        return registers.problems.filter { ids.contains($0.id) }
    }

    // MARK: Formal acceptance

    /// Records a formal acceptance with the project manager and the client; the last one recorded counts.
    public mutating func recordAcceptance(
        date: String, time: String, participants: [ParticipantRole: String], result: AcceptanceResult,
        reservations: [String], reference: String, at now: Timestamp
    ) throws(ExitError) {
        try ensureWritable()
        guard exit.preAcceptance != nil else { throw .noPreAcceptance }
        guard exit.delivery == nil else { throw .alreadySigned }
        guard let day = LocalDate(text: date) else { throw .badDate(date) }
        guard let clock = WorkDay.clockTime(time) else { throw .badClockTime(time) }
        let people = try Site.participants(participants, required: FormalAcceptance.requiredRoles)
        var kept: [String] = []
        for line in reservations where !line.trimmed.isEmpty { kept.append(try Site.required(line)) }
        if result == .acceptedWithReservations && kept.isEmpty { throw .reservationsMissing }
        if result != .acceptedWithReservations { kept = [] }
        let ref = try Site.required(reference)
        exit.acceptances.append(FormalAcceptance(
            date: day, time: clock, participants: people, result: result, reservations: kept, reportReference: ref, recordedAt: now))
    }

    // MARK: Delivery report and handover

    /// Lists a spare part or technical document handed over, with a whole quantity above zero and who received it.
    public mutating func addHandoverItem(_ kind: HandoverKind, name: String, quantity: String, receivedBy: String, id: String) throws(ExitError) {
        try ensureWritable()
        guard exit.delivery == nil else { throw .alreadySigned }
        let item = try Site.required(name)
        let digits = quantity.trimmed
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(digits), count > 0
        else { throw .badQuantity(quantity) }
        exit.handover.append(HandoverItem(id: id, kind: kind, name: item, quantity: count, receivedBy: try Site.required(receivedBy)))
    }

    /// Removes a handover line entered by mistake, before the report is signed.
    public mutating func removeHandoverItem(_ id: String) throws(ExitError) {
        try ensureWritable()
        guard exit.delivery == nil else { throw .alreadySigned }
        guard exit.handover.contains(where: { $0.id == id }) else { throw .unknownRecord(id) }
        exit.handover.removeAll { $0.id == id }
    }

    /// The client signs the delivery report (after a formal acceptance that accepted the work); sealed in the site's chain.
    public mutating func signDelivery(clientName: String, signature: Signature, at now: Timestamp, signer: DeviceKey) throws(ExitError) {
        try ensureWritable()
        guard exit.delivery == nil else { throw .alreadySigned }
        guard exit.acceptance?.result.isAccepted == true else { throw .notAccepted }
        guard !exit.handover.isEmpty else { throw .nothingHandedOver }
        let document = ExitDocument.delivery(of: self)
        exit.delivery = try sealExitDocument(document, clientName: clientName, signature: signature, at: now, signer: signer)
    }

    // MARK: Leftover materials

    /// Lists a leftover material: a quantity above zero (decimals allowed) and its unit.
    public mutating func addLeftover(_ item: String, quantity: String, unit: String, id: String, at now: Timestamp) throws(ExitError) {
        try ensureWritable()
        let name = try Site.required(item)
        guard let amount = Site.decimalQuantity(quantity) else { throw .badQuantity(quantity) }
        exit.leftovers.append(LeftoverMaterial(id: id, item: name, quantity: amount, unit: try Site.required(unit), countedAt: now))
        exit.leftoversCountedAt = nil
    }

    /// Removes a leftover listed by mistake, while it is not taken back.
    public mutating func removeLeftover(_ id: String) throws(ExitError) {
        try ensureWritable()
        guard let entry = exit.leftovers.first(where: { $0.id == id }) else { throw .unknownRecord(id) }
        guard entry.returnedAt == nil else { throw .alreadySigned }
        exit.leftovers.removeAll { $0.id == id }
    }

    /// Marks a leftover taken back to the warehouse, or not yet.
    public mutating func setLeftoverReturned(_ id: String, _ returned: Bool, at now: Timestamp) throws(ExitError) {
        try ensureWritable()
        guard let index = exit.leftovers.firstIndex(where: { $0.id == id }) else { throw .unknownRecord(id) }
        exit.leftovers[index].returnedAt = returned ? now : nil
    }

    /// Says the count is finished (the list is complete, also when nothing was left over), or reopens it.
    public mutating func setLeftoversCounted(_ counted: Bool, at now: Timestamp) throws(ExitError) {
        try ensureWritable()
        exit.leftoversCountedAt = counted ? now : nil
    }

    // MARK: Site restored

    /// Records the state the client asked the site to be restored to.
    public mutating func setRestorationRequest(_ text: String) throws(ExitError) {
        try ensureWritable()
        guard exit.restoration == nil else { throw .alreadySigned }
        exit.restorationRequest = try Site.required(text, multiLine: true)
    }

    /// The client confirms the site is restored as asked; sealed in the site's chain.
    public mutating func signRestoration(clientName: String, signature: Signature, at now: Timestamp, signer: DeviceKey) throws(ExitError) {
        try ensureWritable()
        guard exit.restoration == nil else { throw .alreadySigned }
        guard !exit.restorationRequest.isEmpty else { throw .noRestorationRequest }
        let document = ExitDocument.restoration(of: self)
        exit.restoration = try sealExitDocument(document, clientName: clientName, signature: signature, at: now, signer: signer)
    }

    // MARK: Survey and thanks

    /// Records that the satisfaction survey was handed to the client.
    public mutating func handSurvey(to person: String, at now: Timestamp) throws(ExitError) {
        try ensureWritable()
        var survey = Survey(handedTo: try Site.required(person), handedAt: now)
        survey.answers = exit.survey?.answers
        exit.survey = survey
    }

    /// Enters the client's answers: the overall level and a score per key factor, 1 to 5 each, and comments.
    public mutating func enterSurveyAnswers(level: Int, scores: [FactorScore], comments: String, at now: Timestamp) throws(ExitError) {
        try ensureWritable()
        guard var survey = exit.survey else { throw .surveyNotHanded }
        guard SurveyAnswers.range.contains(level) else { throw .scoreOutOfRange(level) }
        if let bad = scores.first(where: { !SurveyAnswers.range.contains($0.score) }) { throw .scoreOutOfRange(bad.score) }
        let text = comments.trimmed.isEmpty ? "" : try Site.required(comments, multiLine: true)
        survey.answers = SurveyAnswers(level: level, scores: scores, comments: text, enteredAt: now)
        exit.survey = survey
    }

    /// Records that the crew thanked the client and took leave.
    public mutating func recordThanks(at now: Timestamp) throws(ExitError) {
        try ensureWritable()
        exit.thanksAt = now
    }

    // MARK: Shared

    private mutating func sealExitDocument(
        _ document: ExitDocument, clientName: String, signature: Signature, at now: Timestamp, signer: DeviceKey
    ) throws(ExitError) -> SignOff {
        let name = TextSanitizer.singleLine(clientName.trimmed).trimmed
        guard !name.isEmpty else { throw .emptyName }
        guard name.count <= 200 else { throw .text(.textTooLong(limit: 200)) }
        guard signature.isDrawn else { throw .emptySignature }
        let text = document.canonicalText
        let signOff = SignOff(clientName: name, signature: signature, signedAt: now, recordHash: StandardLoader.sha256(of: Data(text.utf8)), record: text)
        guard let sealed = seal(signOff, type: document.type, recordID: SealPayload.recordID(siteID: id, type: document.type), signer: signer)
        else { throw .sealFailed }
        return sealed
    }

    static func participants(_ names: [ParticipantRole: String], required: [ParticipantRole]) throws(ExitError) -> [Participant] {
        var people: [Participant] = []
        for role in ParticipantRole.allCases {
            let name = TextSanitizer.singleLine((names[role] ?? "").trimmed).trimmed
            if name.isEmpty {
                if required.contains(role) { throw .missingParticipant(role) }
                continue
            }
            guard name.count <= 200 else { throw .text(.textTooLong(limit: 200)) }
            people.append(Participant(role: role, name: name))
        }
        return people
    }

    static func required(_ text: String, multiLine: Bool = false) throws(ExitError) -> String {
        do { return try WorkDay.validated(text, multiLine: multiLine) } catch { throw .text(error) }
    }

    static func optional(_ text: String) throws(ExitError) -> String {
        text.trimmed.isEmpty ? "" : try required(text, multiLine: true)
    }

    /// `12`, `2.5` or `2,5` as a decimal text above zero; nil for anything else (negative, zero, letters, exponents).
    static func decimalQuantity(_ text: String) -> String? {
        let trimmed = text.trimmed.replacingOccurrences(of: ",", with: ".")
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count <= 9, parts.count == 1 || parts[1].count <= 3, let value = Double(trimmed), value > 0 else { return nil }
        return trimmed
    }
}
