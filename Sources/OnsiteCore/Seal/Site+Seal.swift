import Foundation

/// The head of a site's chain of sealed sign-offs: the last sequence number and its hash.
public struct ChainHead: Codable, Hashable, Sendable {
    public var sequence: Int
    public var hash: String

    public init(sequence: Int, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }
}

/// Signing a day seals it: the sign-off is linked to the site's chain and signed with the device's key.
extension Site {
    /// The client signs the day's record (see `WorkDay.signOff`), and the device seals the sign-off as the next link
    /// of the site's chain. Refused (nothing changed) when the day cannot be signed or the key cannot sign.
    public mutating func signOff(
        _ day: inout WorkDay, clientName: String, signature: Signature, at time: Timestamp, cleanupItems: [String], signer: DeviceKey
    ) throws(DayError) {
        if isReadOnly { throw .siteReadOnly }
        var signed = day
        try signed.signOff(clientName: clientName, signature: signature, at: time, cleanupItems: cleanupItems, record: record(of: day))
        guard let signOff = signed.signOff else { return }
        guard let sealed = seal(signOff, type: SealPayload.daySignOff, recordID: SealPayload.recordID(siteID: id, date: day.date), signer: signer)
        else { throw .sealFailed }
        signed.signOff = sealed
        day = signed
        noteChanged(day)
    }

    /// Seals a signed record as the next link of the site's chain and moves the chain head to it;
    /// nil (and the chain unchanged) when the key cannot sign.
    mutating func seal(_ signOff: SignOff, type: String, recordID: String, signer: DeviceKey) -> SignOff? {
        let sequence = (chain?.sequence ?? 0) + 1
        let previous = chain?.hash ?? SignOffSeal.genesisHash
        let leader = profile.crewLeader?.name ?? ""
        let payload = SealPayload(type: type, recordID: recordID, signOff: signOff, sequence: sequence, previousHash: previous,
                                  keyID: signer.keyID, crewLeader: leader, demo: isDemo)
        let hash = payload.sha256
        guard let sealSignature = try? signer.sign(Data(hash.utf8)) else { return nil }
        var sealed = signOff
        sealed.seal = SignOffSeal(
            version: payload.schema, recordID: payload.recordID, sequence: sequence, previousHash: previous, keyID: signer.keyID,
            publicKey: signer.publicKey.base64EncodedString(), crewLeader: leader, demo: isDemo, hash: hash,
            signature: sealSignature.base64EncodedString())
        chain = ChainHead(sequence: sequence, hash: hash)
        return sealed
    }

    /// Moves the chain head forward to a day's seal when the seal is newer (a day file written before
    /// a crash kept `site.json` from following it).
    mutating func advanceChain(to day: WorkDay) {
        guard let seal = day.signOff?.seal, seal.sequence > (chain?.sequence ?? 0) else { return }
        chain = ChainHead(sequence: seal.sequence, hash: seal.hash)
    }
}
