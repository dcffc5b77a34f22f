/// Editing the lists that arrival keeps: client rules, acknowledgments, areas and custody.
extension Site {
    /// Records one of the client's rules.
    public mutating func addClientRule(_ text: String, id: String, at time: Timestamp) throws(ArrivalError) {
        let clean = try Site.validated(text)
        arrival.clientRules.append(ClientRule(id: id, text: clean, addedAt: time))
        arrival.rulesVersion += 1
    }

    /// Rewords a client rule (a rewording counts as new: the crew is told again).
    public mutating func editClientRule(_ id: String, text: String, at time: Timestamp) throws(ArrivalError) {
        let clean = try Site.validated(text)
        guard let index = arrival.clientRules.firstIndex(where: { $0.id == id }) else { throw .unknownRecord(id) }
        guard arrival.clientRules[index].text != clean else { return }
        arrival.clientRules[index].text = clean
        arrival.clientRules[index].addedAt = time
        arrival.rulesVersion += 1
    }

    /// Removes a client rule.
    public mutating func removeClientRule(_ id: String) throws(ArrivalError) {
        guard arrival.clientRules.contains(where: { $0.id == id }) else { throw .unknownRecord(id) }
        arrival.clientRules.removeAll { $0.id == id }
    }

    /// Records that a crew member was told the client's current rules.
    public mutating func acknowledgeRules(crewMemberID: String, at time: Timestamp) throws(ArrivalError) {
        guard profile.crew.contains(where: { $0.id == crewMemberID }) else { throw .unknownCrewMember(crewMemberID) }
        arrival.acknowledgments.removeAll { $0.crewMemberID == crewMemberID }
        arrival.acknowledgments.append(Acknowledgment(crewMemberID: crewMemberID, at: time, rulesVersion: arrival.rulesVersion))
    }

    /// Withdraws an acknowledgment recorded by mistake.
    public mutating func withdrawAcknowledgment(crewMemberID: String) {
        arrival.acknowledgments.removeAll { $0.crewMemberID == crewMemberID }
    }

    /// Sets the agreed work area (empty clears it).
    public mutating func setWorkArea(_ text: String) throws(ArrivalError) {
        arrival.workArea = try Site.validatedOptional(text)
    }

    /// Sets the agreed storage area (empty clears it).
    public mutating func setStorageArea(_ text: String) throws(ArrivalError) {
        arrival.storageArea = try Site.validatedOptional(text)
    }

    /// Adds or replaces who keeps what.
    public mutating func saveCustody(_ custody: Custody) throws(ArrivalError) {
        let entry = Custody(id: custody.id, items: try Site.validated(custody.items), responsible: try Site.validated(custody.responsible))
        if let index = arrival.custody.firstIndex(where: { $0.id == custody.id }) {
            arrival.custody[index] = entry
        } else {
            arrival.custody.append(entry)
        }
    }

    /// Removes a custody entry.
    public mutating func removeCustody(_ id: String) throws(ArrivalError) {
        guard arrival.custody.contains(where: { $0.id == id }) else { throw .unknownRecord(id) }
        arrival.custody.removeAll { $0.id == id }
    }

    static func validatedOptional(_ text: String) throws(ArrivalError) -> String {
        let clean = TextSanitizer.singleLine(text.trimmed).trimmed
        guard clean.count <= maxTextLength else { throw .textTooLong(limit: maxTextLength) }
        return clean
    }
}
