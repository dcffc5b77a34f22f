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
        /// The day at fault; nil for the site file itself.
        public var date: LocalDate?
        public var reason: Reason

        /// `<site> <date>: <reason>`.
        public var description: String { "\(siteID) \(date?.isoText ?? "site.json"): \(reason.text)" }
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
        let sealed = signed.sorted { ($0.signOff?.seal?.sequence ?? 0, $0.date) < ($1.signOff?.seal?.sequence ?? 0, $1.date) }
        var previousHash = SignOffSeal.genesisHash
        for (index, day) in sealed.enumerated() {
            guard let seal = day.signOff?.seal else { continue }
            let recordID = SealPayload.recordID(siteID: site.id, date: day.date)
            if seal.recordID != recordID { return fail(day.date, .moved(from: seal.recordID)) }
            switch day.sealCheck {
            case .recordEdited: return fail(day.date, .recordEdited)
            case .edited: return fail(day.date, .edited)
            case .signatureInvalid: return fail(day.date, .signatureInvalid)
            case .valid, .unsealed: break
            }
            if index > 0, seal.sequence == sealed[index - 1].signOff?.seal?.sequence { return fail(day.date, .sequenceRepeated(seal.sequence)) }
            if seal.sequence != index + 1 { return fail(day.date, .sequenceGap(expected: index + 1, found: seal.sequence)) }
            if seal.previousHash != previousHash { return fail(day.date, .previousHashMismatch) }
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
            return fail(last?.date, .headAhead(head: head.sequence, last: count))
        case let head? where head.hash != previousHash:
            return fail(last?.date, .headMismatch)
        default:
            return .success(Report(siteID: site.id, signedRecords: count))
        }
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
