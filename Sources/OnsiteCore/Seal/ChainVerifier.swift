import Foundation

/// Checks a site's chain of sealed sign-offs end to end: each record, each seal, the links, and the head.
public enum ChainVerifier {
    /// A site whose chain holds.
    public struct Report: Equatable, Sendable {
        public var siteID: String
        public var signedRecords: Int

        /// `<site>: N signed records, chain intact, signatures valid`.
        public var summary: String { "\(siteID): \(signedRecords) signed record\(signedRecords == 1 ? "" : "s"), chain intact, signatures valid" }
    }

    /// Why a record fails.
    public enum Reason: Equatable, Sendable {
        case unreadable(String)
        case dayRemoved
        case signOffRemoved
        case unsealed
        case recordEdited
        case edited
        case signatureInvalid
        case moved(from: String)
        case sequenceGap(expected: Int, found: Int)
        case sequenceRepeated(Int)
        case previousHashMismatch
        case headRewound(head: Int, last: Int)
        case headAhead(head: Int, last: Int)
        case headMismatch
        case headMissing

        /// The reason in English, for the command line.
        public var text: String {
            switch self {
            case .unreadable(let message): return "unreadable — \(message)"
            case .dayRemoved: return "removed — the site lists this day as signed but its day file is missing"
            case .signOffRemoved: return "removed — the site lists this day as signed but its sign-off is gone"
            case .unsealed: return "not sealed — the sign-off carries no seal"
            case .recordEdited: return "edited — the signed record no longer matches its SHA-256"
            case .edited: return "edited — the client's name, time, strokes or seal differ from what was sealed"
            case .signatureInvalid: return "signature invalid — the seal was not signed by the key it names"
            case .moved(let from): return "reordered — this day carries the seal of \(from)"
            case .sequenceGap(let expected, let found): return "removed — record \(expected) of the chain is missing (found \(found))"
            case .sequenceRepeated(let sequence): return "reordered — sequence \(sequence) appears twice"
            case .previousHashMismatch: return "removed or reordered — it does not follow the previous record of the chain"
            case .headRewound(let head, let last): return "chain head rewound — site.json ends the chain at record \(head), but records go up to \(last)"
            case .headAhead(let head, let last): return "removed — site.json ends the chain at record \(head), but the records stop at \(last)"
            case .headMismatch: return "edited — the chain head in site.json does not match the last record"
            case .headMissing: return "removed — site.json has no chain head but sealed records exist"
            }
        }
    }

    /// The first record that fails, and why.
    public struct Failure: Error, Equatable, Sendable {
        public var siteID: String
        /// The day at fault; nil for the site file itself or an exit record.
        public var date: LocalDate?
        public var reason: Reason
        /// The exit record at fault (`delivery-report`, `site-restored`), when it is one.
        public var exitRecord: String? = nil

        /// `<site> <date or record>: <reason>`.
        public var description: String { "\(siteID) \(date?.isoText ?? exitRecord ?? "site.json"): \(reason.text)" }
    }

    /// Verifies a site's chain from its days as read (every day file) and the files that could not be read.
    public static func verify(site: Site, days: [WorkDay], unreadable: [LocalDate: String] = [:]) -> Result<Report, Failure> {
        func fail(_ date: LocalDate?, _ reason: Reason) -> Result<Report, Failure> { .failure(Failure(siteID: site.id, date: date, reason: reason)) }
        if let (date, message) = unreadable.min(by: { $0.key < $1.key }) { return fail(date, .unreadable(message)) }
        let byDate = Dictionary(days.map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
        for summary in site.days where summary.state == .signed {
            guard let day = byDate[summary.date] else { return fail(summary.date, .dayRemoved) }
            if day.signOff == nil { return fail(summary.date, .signOffRemoved) }
        }
        let signed = days.filter { $0.signOff != nil }.sorted { $0.date < $1.date }
        if let unsealed = signed.first(where: { $0.signOff?.seal == nil }) { return fail(unsealed.date, .unsealed) }
        var links = signed.compactMap { day in
            day.signOff.map { Link(date: day.date, exitType: nil, type: SealPayload.daySignOff,
                                   recordID: SealPayload.recordID(siteID: site.id, date: day.date), signOff: $0) }
        }
        for (type, signOff) in [(SealPayload.deliveryReport, site.exit.delivery), (SealPayload.siteRestored, site.exit.restoration)] {
            guard let signOff else { continue }
            let link = Link(date: nil, exitType: type, type: type, recordID: SealPayload.recordID(siteID: site.id, type: type), signOff: signOff)
            if signOff.seal == nil { return .failure(link.failure(site.id, .unsealed)) }
            links.append(link)
        }
        let sealed = links.sorted { ($0.sequence, $0.date?.dayNumber ?? .max) < ($1.sequence, $1.date?.dayNumber ?? .max) }
        var previousHash = SignOffSeal.genesisHash
        for (index, link) in sealed.enumerated() {
            guard let seal = link.signOff.seal else { continue }
            func failLink(_ reason: Reason) -> Result<Report, Failure> { .failure(link.failure(site.id, reason)) }
            if seal.recordID != link.recordID { return failLink(.moved(from: seal.recordID)) }
            switch link.signOff.sealCheck(type: link.type, recordID: link.recordID) {
            case .recordEdited: return failLink(.recordEdited)
            case .edited: return failLink(.edited)
            case .signatureInvalid: return failLink(.signatureInvalid)
            case .valid, .unsealed: break
            }
            if index > 0, seal.sequence == sealed[index - 1].sequence { return failLink(.sequenceRepeated(seal.sequence)) }
            if seal.sequence != index + 1 { return failLink(.sequenceGap(expected: index + 1, found: seal.sequence)) }
            if seal.previousHash != previousHash { return failLink(.previousHashMismatch) }
            previousHash = seal.hash
        }
        let last = sealed.last
        let count = sealed.count
        switch site.chain {
        case nil where count > 0:
            return fail(nil, .headMissing)
        case let head? where head.sequence < count:
            return fail(nil, .headRewound(head: head.sequence, last: count))
        case let head? where head.sequence > count:
            return last.map { .failure($0.failure(site.id, .headAhead(head: head.sequence, last: count))) }
                ?? fail(nil, .headAhead(head: head.sequence, last: count))
        case let head? where head.hash != previousHash:
            return last.map { .failure($0.failure(site.id, .headMismatch)) } ?? fail(nil, .headMismatch)
        default:
            return .success(Report(siteID: site.id, signedRecords: count))
        }
    }
}

/// One signed record of a site's chain: a day's sign-off or an exit record.
private struct Link {
    var date: LocalDate?
    var exitType: String?
    var type: String
    var recordID: String
    var signOff: SignOff

    var sequence: Int { signOff.seal?.sequence ?? 0 }

    func failure(_ siteID: String, _ reason: ChainVerifier.Reason) -> ChainVerifier.Failure {
        ChainVerifier.Failure(siteID: siteID, date: date, reason: reason, exitRecord: exitType)
    }
}

extension SiteStore {
    /// Reads every day file of a site as it is, for verification: nothing is moved or repaired.
    /// Normal start-up never calls this (it would read the site's whole history).
    public func readAllDays(siteID: String) -> (days: [WorkDay], unreadable: [LocalDate: String]) {
        let folder = directory.daysFolder(siteID)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var days: [WorkDay] = []
        var unreadable: [LocalDate: String] = [:]
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            guard let date = LocalDate(text: String(name.dropLast(5))) else { continue }
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                unreadable[date] = "the file cannot be opened"
                continue
            }
            do throws(FileProblem.Cause) {
                days.append(try decodeDay(data, siteID: siteID, date: date))
            } catch {
                unreadable[date] = "\(error.line.map { "line \($0): " } ?? "")\(error.message)"
            }
        }
        return (days, unreadable)
    }
}
