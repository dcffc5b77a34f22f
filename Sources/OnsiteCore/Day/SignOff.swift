import Foundation

/// The client's signature of the day's work record: the typed name and the drawn strokes.
public struct SignOff: Codable, Hashable, Sendable {
    public var clientName: String
    public var signature: Signature
    public var signedAt: Timestamp
    /// SHA-256 (hex) of the canonical text of the record the client signed.
    public var recordHash: String
    /// The canonical text of the record as signed (`DayRecord`), kept so the hash can be checked again
    /// whatever changes later (the site's name, the program's record format).
    public var record: String
    /// The device's seal (`SignOffSeal`); nil on sign-offs made before seals existed.
    public var seal: SignOffSeal?

    public init(clientName: String, signature: Signature, signedAt: Timestamp, recordHash: String, record: String = "") {
        self.clientName = clientName
        self.signature = signature
        self.signedAt = signedAt
        self.recordHash = recordHash
        self.record = record
        seal = nil
    }

    /// Whether the kept record still hashes to the hash taken at signing.
    public var recordIsIntact: Bool {
        !record.isEmpty && StandardLoader.sha256(of: Data(record.utf8)) == recordHash
    }
}

/// A drawn signature: the strokes as drawn, in dots of a pad of a given size (not a picture).
/// Stored with one text per stroke (`Signature+Coding.swift`).
public struct Signature: Hashable, Sendable {
    /// Pad size in dots (Braille: 2 dots per cell across, 4 down).
    public var width: Int
    public var height: Int
    public var strokes: [[SignaturePoint]]

    public init(width: Int, height: Int, strokes: [[SignaturePoint]] = []) {
        self.width = width
        self.height = height
        self.strokes = strokes
    }

    /// Dots drawn in all strokes.
    public var pointCount: Int { strokes.reduce(0) { $0 + $1.count } }

    /// Whether something that can count as a signature was drawn (more than a stray click).
    public var isDrawn: Bool { pointCount >= Signature.minimumPoints }

    /// Fewer dots than this is a tap, not a signature.
    public static let minimumPoints = 3
}

/// One dot of a stroke.
public struct SignaturePoint: Codable, Hashable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// How the client gave consent when they could not sign.
public enum ConsentChannel: String, Codable, Hashable, Sendable, CaseIterable {
    case inPerson = "in-person"
    case phone
    case message
}

/// A day closed without the client's signature, and the consent that allowed it.
public struct SignOffException: Codable, Hashable, Sendable {
    /// Who on the client's side agreed to the crew leaving.
    public var consentedBy: String
    public var channel: ConsentChannel
    /// When the consent was given, `HH:MM` (as told; may differ from when it was recorded).
    public var consentTime: String
    public var reason: String
    public var recordedAt: Timestamp

    public init(consentedBy: String, channel: ConsentChannel, consentTime: String, reason: String, recordedAt: Timestamp) {
        self.consentedBy = consentedBy
        self.channel = channel
        self.consentTime = consentTime
        self.reason = reason
        self.recordedAt = recordedAt
    }
}
