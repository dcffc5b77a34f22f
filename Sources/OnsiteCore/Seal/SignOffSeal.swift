import Foundation

/// The device's seal on a client's sign-off: its place in the site's chain and the Ed25519 signature
/// of the hash of `SealPayload`. Stored with the sign-off in the day file.
public struct SignOffSeal: Codable, Hashable, Sendable {
    /// The version of the payload's canonical form.
    public var version: Int
    /// The sealed record: `<site id>/<date>` (a seal moved to another day no longer matches it).
    public var recordID: String
    /// 1, 2, … in the site's chain of sign-offs.
    public var sequence: Int
    /// The hash of the previous seal in the chain (64 zeros for the first).
    public var previousHash: String
    /// `DeviceKey.keyID` of the key that signed.
    public var keyID: String
    /// The signing public key, base64 of its 32 raw bytes.
    public var publicKey: String
    /// The crew leader named on the site when the client signed.
    public var crewLeader: String
    /// A demo or training record.
    public var demo: Bool
    /// SHA-256 (hex) of the canonical payload.
    public var hash: String
    /// The Ed25519 signature of the hash's bytes, base64.
    public var signature: String

    /// The previous hash of the first seal of a chain.
    public static let genesisHash = String(repeating: "0", count: 64)
}

/// What a seal signs, serialised canonically (JSON, sorted keys, no whitespace) and hashed with SHA-256.
public struct SealPayload: Codable, Hashable, Sendable {
    public var schema: Int
    public var type: String
    public var recordID: String
    public var sequence: Int
    public var keyID: String
    public var crewLeader: String
    public var clientName: String
    /// When the client signed, ISO 8601 with the site's offset.
    public var signedAt: String
    /// SHA-256 of the `DayRecord` text the client saw.
    public var recordHash: String
    /// SHA-256 of the canonical JSON of the drawn strokes.
    public var strokesHash: String
    public var previousHash: String
    public var demo: Bool

    /// The record type of a day's sign-off.
    public static let daySignOff = "day-sign-off"
    /// The record type of the delivery report the client signs at the exit.
    public static let deliveryReport = "delivery-report"
    /// The record type of the client's confirmation that the site was restored.
    public static let siteRestored = "site-restored"

    /// The id of a day's record in its site's chain.
    public static func recordID(siteID: String, date: LocalDate) -> String { "\(siteID)/\(date.isoText)" }

    /// The id of one of the site's exit records (`type` is `deliveryReport` or `siteRestored`) in its chain.
    public static func recordID(siteID: String, type: String) -> String { "\(siteID)/\(type)" }

    /// The payload of a sign-off of a day with a seal's chain fields.
    public init(siteID: String, date: LocalDate, signOff: SignOff, sequence: Int, previousHash: String,
                keyID: String, crewLeader: String, demo: Bool) {
        self.init(type: SealPayload.daySignOff, recordID: SealPayload.recordID(siteID: siteID, date: date), signOff: signOff,
                  sequence: sequence, previousHash: previousHash, keyID: keyID, crewLeader: crewLeader, demo: demo)
    }

    /// The payload of any signed record of a site with a seal's chain fields.
    public init(type: String, recordID: String, signOff: SignOff, sequence: Int, previousHash: String,
                keyID: String, crewLeader: String, demo: Bool) {
        schema = 1
        self.type = type
        self.recordID = recordID
        self.sequence = sequence
        self.keyID = keyID
        self.crewLeader = crewLeader
        clientName = signOff.clientName
        signedAt = signOff.signedAt.isoText
        recordHash = signOff.recordHash
        strokesHash = SealPayload.strokesHash(signOff.signature)
        self.previousHash = previousHash
        self.demo = demo
    }

    /// The payload a stored seal claims to sign, rebuilt from the day as it is now.
    public init(siteID: String, date: LocalDate, signOff: SignOff, seal: SignOffSeal) {
        self.init(siteID: siteID, date: date, signOff: signOff, sequence: seal.sequence, previousHash: seal.previousHash,
                  keyID: seal.keyID, crewLeader: seal.crewLeader, demo: seal.demo)
    }

    /// SHA-256 (hex) of the canonical JSON of a signature's strokes.
    public static func strokesHash(_ signature: Signature) -> String { StandardLoader.sha256(of: signature.canonicalJSON) }

    /// The canonical bytes: JSON, keys sorted, no whitespace.
    public func canonicalData() -> Data { SealPayload.canonical(self) }

    /// SHA-256 of the canonical bytes, lowercase hex.
    public var sha256: String { StandardLoader.sha256(of: canonicalData()) }

    private static func canonical<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings, whole numbers and bools only: encoding cannot fail.
        return (try? encoder.encode(value)) ?? Data()
    }
}

/// Where one sign-off's own seal stands (without the rest of the chain).
public enum SealCheck: Equatable, Sendable {
    /// Signed before sign-offs were sealed, or not signed.
    case unsealed
    /// The record, the hash and the signature all match.
    case valid
    /// The kept record text no longer hashes to the signed hash.
    case recordEdited
    /// The name, time, strokes or chain fields differ from what was sealed (or the seal sits on another day).
    case edited
    /// The signature is not the stored key's signature of the hash.
    case signatureInvalid

    /// Whether the sign-off was changed after it was sealed.
    public var isTampered: Bool { self != .unsealed && self != .valid }
}

extension WorkDay {
    /// Checks the day's own seal: the record text, the payload's hash and one Ed25519 verification.
    public var sealCheck: SealCheck {
        signOff?.sealCheck(type: SealPayload.daySignOff, recordID: SealPayload.recordID(siteID: siteID, date: date)) ?? .unsealed
    }
}

extension SignOff {
    /// Checks a signed record's own seal, for the record it is stored as (its type and id).
    public func sealCheck(type: String, recordID: String) -> SealCheck {
        guard let seal else { return .unsealed }
        if !recordIsIntact { return .recordEdited }
        let payload = SealPayload(type: type, recordID: recordID, signOff: self, sequence: seal.sequence, previousHash: seal.previousHash,
                                  keyID: seal.keyID, crewLeader: seal.crewLeader, demo: seal.demo)
        guard seal.recordID == payload.recordID, DeviceKey.keyID(of: Data(base64Encoded: seal.publicKey) ?? Data()) == seal.keyID,
              payload.sha256 == seal.hash else { return .edited }
        guard let signature = Data(base64Encoded: seal.signature), let key = Data(base64Encoded: seal.publicKey),
              DeviceKey.isValid(signature: signature, of: Data(seal.hash.utf8), publicKey: key) else { return .signatureInvalid }
        return .valid
    }
}
