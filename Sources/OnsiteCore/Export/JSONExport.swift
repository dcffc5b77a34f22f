import Foundation

/// The whole site as one JSON document: the site file and every day as stored, with the export's own schema,
/// the stored schemas, the demo flag and each signed record's verification.
public struct JSONExport: Encodable, Sendable {
    /// The version of this export document.
    public static let currentSchema = 1

    public var format = "onsite-site-export"
    public var schema = JSONExport.currentSchema
    /// The schema of `site` (`Site.currentSchema`) and of each day (`WorkDay.currentSchema`).
    public var siteSchema = Site.currentSchema
    public var daySchema = WorkDay.currentSchema
    public var demo: Bool
    public var generatedAt: Timestamp?
    /// The site's UTC offset, `UTC+08:00`; every time in the document carries its own offset too.
    public var timeZone: String
    public var verification: Verification
    public var site: Site
    public var days: [WorkDay]
    /// Days the site lists whose files could not be read, by date, with the reason.
    public var unreadableDays: [String: String]

    /// The chain as a whole and each signed record.
    public struct Verification: Encodable, Sendable {
        public var chainIntact: Bool
        /// The first failure, as `onsite verify` words it.
        public var failure: String?
        public var records: [Record]
    }

    /// One signed record: a day's sign-off or an exit record.
    public struct Record: Encodable, Sendable {
        public var recordID: String
        public var type: String
        public var clientName: String
        public var signedAt: Timestamp
        public var recordHash: String
        public var sealHash: String?
        public var sequence: Int?
        /// `verified`, `unsealed`, `unsealed-record-changed` or `failed`.
        public var status: String
        public var detail: String?
    }

    /// The document of a site (of one day when `only` is given).
    public init(_ export: SiteExport, only: LocalDate? = nil) {
        let site = export.site
        demo = site.isDemo
        generatedAt = export.generatedAt
        timeZone = ExportWords.zone(site.createdAt.offsetSeconds)
        self.site = site
        days = export.days.filter { SiteExport.within($0.date, only) }
        unreadableDays = Dictionary(uniqueKeysWithValues: export.unreadable.filter { SiteExport.within($0.key, only) }.map { ($0.key.isoText, $0.value) })
        var records: [Record] = []
        func record(_ id: String, _ type: String, _ signOff: SignOff, _ status: RecordVerification) -> Record {
            var detail: String?
            if case .failed(let reason) = status { detail = reason }
            return Record(recordID: id, type: type, clientName: signOff.clientName, signedAt: signOff.signedAt, recordHash: signOff.recordHash,
                          sealHash: signOff.seal?.hash, sequence: signOff.seal?.sequence, status: status.code, detail: detail)
        }
        for day in days {
            guard let signOff = day.signOff else { continue }
            records.append(record(SealPayload.recordID(siteID: site.id, date: day.date), SealPayload.daySignOff, signOff, export.verification(of: day)))
        }
        if only == nil {
            for (type, signOff) in [(SealPayload.deliveryReport, site.exit.delivery), (SealPayload.siteRestored, site.exit.restoration)] {
                guard let signOff else { continue }
                records.append(record(SealPayload.recordID(siteID: site.id, type: type), type, signOff, export.verification(ofExit: type)))
            }
        }
        switch export.chain {
        case .success: verification = Verification(chainIntact: true, failure: nil, records: records)
        case .failure(let failure): verification = Verification(chainIntact: false, failure: failure.description, records: records)
        }
    }

    /// The document as indented JSON with sorted keys (control characters escaped as `\u001b` and the like).
    public func data() -> Data {
        (try? JSONFormat.encode(self)) ?? Data("{}\n".utf8)
    }
}
