import Foundation

/// A report as a neutral document: sections of fields, tables, text and signed records.
/// The builder fills it with raw text; each renderer (HTML, Markdown) escapes as it writes.
public struct Report: Hashable, Sendable {
    /// The title on top (the site's name, and the day for a daily report).
    public var title: String
    /// Lines under the title: client, address, time zone, generation time.
    public var subtitle: [String]
    /// A demo or training site: every format marks it.
    public var demo: Bool
    /// The banner text shown on demo reports (empty otherwise).
    public var demoBanner: String
    /// The language of the fixed labels.
    public var language: Language
    public var sections: [ReportSection]
}

/// One titled part of a report.
public struct ReportSection: Hashable, Sendable {
    public var title: String
    /// 1 for a top-level part (a day of the dossier), 2 for a part inside it.
    public var level: Int
    /// Start a new printed page (each day of the dossier, the registers, the exit).
    public var pageBreakBefore: Bool
    public var blocks: [ReportBlock]

    public init(_ title: String, level: Int = 2, pageBreakBefore: Bool = false, blocks: [ReportBlock]) {
        self.title = title
        self.level = level
        self.pageBreakBefore = pageBreakBefore
        self.blocks = blocks
    }
}

/// A piece of a section.
public enum ReportBlock: Hashable, Sendable {
    /// Label and value pairs.
    case fields([ReportField])
    /// A table: headers and rows of cells (a cell may hold several lines).
    case table(headers: [String], rows: [[String]])
    /// A paragraph (may hold several lines).
    case text(String)
    /// A quiet remark: "none recorded".
    case note(String)
    /// A warning that must stand out (a tampered record, an unreadable day).
    case alert(String)
    /// A signed record: the name, the drawn signature, the hash and its verification.
    case signed(SignedRecordView)
    /// Attached files under a heading: images shown, other files listed with their size and SHA-256.
    case attachments(heading: String, [ReportAttachment])
}

/// An attached file as a report shows it.
public struct ReportAttachment: Hashable, Sendable {
    public var name: String
    public var size: String
    public var sha256: String
    /// One of the image types a report embeds, or another media type.
    public var mediaType: String
    public var note: String
    /// The image's bytes when it is an image whose copy is present (embedded as a `data:` URI in HTML).
    public var image: Data?
    /// The copy is not in the site's `files/` folder (or no longer matches its hash).
    public var missing: Bool
    /// "missing from the site's files folder", in the report's language.
    public var missingText: String
}

/// A label and its value.
public struct ReportField: Hashable, Sendable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// A signed record as a report shows it.
public struct SignedRecordView: Hashable, Sendable {
    /// What was signed ("Day's work record", "Delivery report").
    public var title: String
    /// The client's typed name.
    public var clientName: String
    /// When it was signed, in the site's time.
    public var signedAt: String
    public var signature: Signature
    /// SHA-256 of the record the client signed.
    public var recordHash: String
    /// The seal's hash, sequence and key, when sealed.
    public var sealHash: String?
    public var sequence: Int?
    public var keyID: String?
    public var verification: RecordVerification
    /// The verification in words, in the report's language.
    public var verificationText: String
    /// Labels for the fields above, in the report's language.
    public var labels: SignedRecordLabels
}

/// The fixed labels of a signed record block.
public struct SignedRecordLabels: Hashable, Sendable {
    public var clientName: String
    public var signedAt: String
    public var signature: String
    public var recordHash: String
    public var sealHash: String
    public var sequence: String
    public var keyID: String
    public var verification: String
}

/// Where one signed record stands when it is exported.
public enum RecordVerification: Hashable, Sendable {
    /// The record is unchanged, its seal and signature are valid, and the chain holds at it.
    case verified
    /// Signed before seals existed: only the record hash can be checked.
    case unsealed(recordIntact: Bool)
    /// The record or its seal was changed, or the chain breaks at it.
    case failed(String)

    /// A short machine word for CSV and JSON: `verified`, `unsealed`, `unsealed-record-changed`, `failed`.
    public var code: String {
        switch self {
        case .verified: return "verified"
        case .unsealed(let intact): return intact ? "unsealed" : "unsealed-record-changed"
        case .failed: return "failed"
        }
    }
}
