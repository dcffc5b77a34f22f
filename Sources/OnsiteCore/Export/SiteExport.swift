/// Everything an export reads: the loaded site, its days, its standard, the chain's verification and the language.
/// Pure data: the caller reads the files, runs `ChainVerifier` and passes the time of generation, if it is shown.
public struct SiteExport: Sendable {
    public var site: Site
    /// Every day read (oldest first); a day the site lists but that could not be read is named in the dossier.
    public var days: [WorkDay]
    /// Days the site lists whose files could not be read, and why.
    public var unreadable: [LocalDate: String]
    /// The site's own standard (for the titles of checklist and cleanup items).
    public var standard: ServiceStandard
    /// The result of `ChainVerifier.verify` for this site.
    public var chain: Result<ChainVerifier.Report, ChainVerifier.Failure>
    /// The language of the report's fixed labels.
    public var language: Language
    /// When the export was made (shown in the reports); nil leaves it out.
    public var generatedAt: Timestamp?
    /// The stored copies of attached files (read by the caller with `AttachmentFiles.load`); none by default.
    public var files = AttachmentFiles()

    /// An export of a site; the chain is verified here from the same days unless given.
    public init(
        site: Site, days: [WorkDay], unreadable: [LocalDate: String] = [:], standard: ServiceStandard, language: Language,
        generatedAt: Timestamp? = nil, chain: Result<ChainVerifier.Report, ChainVerifier.Failure>? = nil
    ) {
        self.site = site
        self.days = days.sorted { $0.date < $1.date }
        self.unreadable = unreadable
        self.standard = standard
        self.language = language
        self.generatedAt = generatedAt
        self.chain = chain ?? ChainVerifier.verify(site: site, days: days, unreadable: unreadable)
    }

    /// The words of the report's language.
    var words: ExportWords { ExportWords(language: language, offsetSeconds: site.createdAt.offsetSeconds) }

    /// A day as read, if it was.
    public func day(_ date: LocalDate) -> WorkDay? { days.first { $0.date == date } }

    /// A crew member's name by id (the id itself when the member is gone).
    func crewName(_ id: String) -> String {
        site.profile.crew.first { $0.id == id }?.name ?? id
    }

    /// Where a day's sign-off stands.
    func verification(of day: WorkDay) -> RecordVerification {
        guard let signOff = day.signOff else { return .unsealed(recordIntact: false) }
        return verification(of: signOff, type: SealPayload.daySignOff, recordID: SealPayload.recordID(siteID: site.id, date: day.date)) {
            $0.date == day.date
        }
    }

    /// Where an exit record's signature stands (`SealPayload.deliveryReport`, `SealPayload.siteRestored`).
    func verification(ofExit type: String) -> RecordVerification {
        let signOff = type == SealPayload.deliveryReport ? site.exit.delivery : site.exit.restoration
        guard let signOff else { return .unsealed(recordIntact: false) }
        return verification(of: signOff, type: type, recordID: SealPayload.recordID(siteID: site.id, type: type)) { $0.exitRecord == type }
    }

    private func verification(
        of signOff: SignOff, type: String, recordID: String, isThis: (ChainVerifier.Failure) -> Bool
    ) -> RecordVerification {
        let check = signOff.sealCheck(type: type, recordID: recordID)
        switch check {
        case .recordEdited: return .failed(ChainVerifier.Reason.recordEdited.text)
        case .edited: return .failed(ChainVerifier.Reason.edited.text)
        case .signatureInvalid: return .failed(ChainVerifier.Reason.signatureInvalid.text)
        case .valid, .unsealed: break
        }
        if case .failure(let failure) = chain, isThis(failure) { return .failed(failure.reason.text) }
        if check == .unsealed { return .unsealed(recordIntact: signOff.recordIsIntact) }
        return .verified
    }

    /// Whether a day belongs in an export limited to one date (nil: every day).
    static func within(_ date: LocalDate, _ only: LocalDate?) -> Bool { only.map { $0 == date } ?? true }
}
