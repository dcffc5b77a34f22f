import ArgumentParser
import Foundation
import OnsiteCore

/// Times the storage work of one site in-process: loading as at start-up, and the durable save of one action.
/// Prints one line of JSON (milliseconds, medians over the runs). It rewrites the latest day and `site.json`
/// with what they already hold, so run it on a copy.
struct StoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-store",
        abstract: "Time loading a site and the durable save of one action (for `make bench`; run it on a copy of the data).",
        shouldDisplay: false)

    @OptionGroup var common: CommonOptions

    @Option(name: .customLong("site"), help: "The site to time (default: the first).")
    var siteID: String?

    @Option(help: "Timed repetitions of each measurement.")
    var runs = 31

    func run() throws {
        let directory = common.directory()
        let lock = try DataLock(directory: directory.root)
        defer { lock.release() }
        let store = SiteStore(directory: directory, clock: SystemClock())
        guard let site = store.loadAll().sites.first(where: { siteID == nil || $0.id == siteID }) else {
            throw ValidationError("no site \(siteID.map { "\"\($0)\" " } ?? "")in \(directory.root.path)")
        }
        guard let latest = site.days.last, case .loaded(let day) = store.loadDay(siteID: site.id, date: latest.date) else {
            throw ValidationError("the site \(site.id) has no readable day to save")
        }
        let file = directory.siteFile(site.id)
        let bytes = FileManager.default.contents(atPath: file.path) ?? Data()
        let dayBytes = (try? JSONFormat.encode(day).count) ?? 0
        let count = max(1, runs)
        // What start-up does for the sites: read and decode every site.json, and check its days folder (names and times).
        let load = Self.median(count) { _ = store.loadAll() }
        let decode = Self.median(count) { _ = try? JSONFormat.decode(Site.self, from: bytes) }
        let indexBytes = FileManager.default.contents(atPath: directory.daysIndexFile(site.id).path)?.count ?? 0
        let encode = Self.median(count) { _ = try? JSONFormat.encode(site, userInfo: [Site.daysApart: true]) }
        let encodeIndex = Self.median(count) { _ = DaysIndex.data(of: site.days) }
        let saveSite = Self.median(count) { try? store.save(site) }
        // An action that changes the registers and the day's line (a problem found): the day, days.txt, site.json.
        var saves: [Double] = []
        for _ in 0..<count {
            let started = ContinuousClock.now
            try store.save(day, of: site)
            saves.append(Generate.milliseconds(ContinuousClock.now - started))
        }
        // An action that changes only the day's line in the index (a log entry counts in it): the day and days.txt.
        var indexSaves: [Double] = []
        var written = site
        for run in 0..<count {
            var next = written
            next.days[next.days.count - 1].entries += run % 2 == 0 ? 1 : -1
            let started = ContinuousClock.now
            try store.save([day], of: next, unlessUnchangedFrom: written)
            indexSaves.append(Generate.milliseconds(ContinuousClock.now - started))
            written = next
        }
        try store.save(day, of: site)
        // An action on the day alone (a tick, a roll call): the day file; days.txt and site.json are unchanged.
        var daySaves: [Double] = []
        for _ in 0..<count {
            let started = ContinuousClock.now
            try store.save([day], of: site, unlessUnchangedFrom: site)
            daySaves.append(Generate.milliseconds(ContinuousClock.now - started))
        }
        let fields: [(String, String)] = [
            ("site", "\"\(site.id)\""), ("days", "\(site.days.count)"), ("problems", "\(site.registers.problems.count)"),
            ("site_bytes", "\(bytes.count)"), ("index_bytes", "\(indexBytes)"), ("day_bytes", "\(dayBytes)"), ("runs", "\(count)"),
            ("load_ms", Self.format(load)), ("decode_site_ms", Self.format(decode)), ("encode_site_ms", Self.format(encode)),
            ("encode_index_ms", Self.format(encodeIndex)),
            ("save_site_ms", Self.format(saveSite)), ("save_ms", Self.format(Self.percentile(saves, 0.5))),
            ("save_p95_ms", Self.format(Self.percentile(saves, 0.95))),
            ("save_index_ms", Self.format(Self.percentile(indexSaves, 0.5))), ("save_index_p95_ms", Self.format(Self.percentile(indexSaves, 0.95))),
            ("save_day_ms", Self.format(Self.percentile(daySaves, 0.5))), ("save_day_p95_ms", Self.format(Self.percentile(daySaves, 0.95))),
        ]
        print("{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
    }

    /// The median time of `count` runs of `body`, in milliseconds.
    private static func median(_ count: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<count {
            let started = ContinuousClock.now
            body()
            times.append(Generate.milliseconds(ContinuousClock.now - started))
        }
        return percentile(times, 0.5)
    }

    private static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let position = Double(sorted.count - 1) * fraction
        let low = Int(position), high = min(Int(position) + 1, sorted.count - 1)
        return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
    }

    private static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
