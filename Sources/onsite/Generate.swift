import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteUI

/// Writes a large, realistic site (years of signed days and their registers) for benchmarks and tests.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate a long site of signed working days (for benchmarks and tests; not for real records).",
        shouldDisplay: false)

    @OptionGroup var common: CommonOptions

    @Option(help: "Signed working days (Monday to Saturday), ending the working day before --today.")
    var days = 1100

    @Option(help: "Seed: the same seed and options give the same records.")
    var seed: UInt64 = 1

    @Option(name: .customLong("site-id"), help: "The new site's id.")
    var siteID = "riverside"

    @Option(help: "The date the site is opened on, YYYY-MM-DD (default: today).")
    var today: String?

    @Flag(name: .customLong("open-today"), help: "Also start today: briefed, half of its log written, not signed.")
    var openToday = false

    @Option(name: .customLong("problems-per-week"), help: "Problems found a week, spread at random over the days.")
    var problemsPerWeek = 20

    func run() throws {
        // Never beside real records: the seeded device key would make their seals forgeable.
        guard common.dataDirectory != nil else {
            throw ValidationError("--data-dir is required: a generated site never goes into the real data directory")
        }
        let directory = common.directory()
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: directory.sitesURL.path)) ?? []
        if FileManager.default.fileExists(atPath: directory.deviceKeyFile.path) || existing.contains(where: { !$0.hasPrefix(".") }) {
            throw ValidationError("\(directory.root.path) already holds sites or a device key; generate into a new folder")
        }
        let clock = SystemClock()
        let date: LocalDate
        if let today {
            guard let parsed = LocalDate(text: today) else { throw ValidationError("--today: not a date: \(today)") }
            date = parsed
        } else {
            date = Timestamp(clock: clock).localDate
        }
        guard days >= 1 else { throw ValidationError("--days must be at least 1") }
        try directory.prepare()
        let lock = try DataLock(directory: directory.root)
        defer { lock.release() }
        if FileManager.default.fileExists(atPath: directory.siteFile(siteID).path) {
            throw ValidationError("a site \"\(siteID)\" already exists in \(directory.root.path)")
        }
        try Self.writeKeyIfMissing(directory, seed: seed)
        let signer = try DeviceKey.loadOrCreate(in: directory)
        let options = SiteGenerator.Options(siteID: siteID, days: days, today: date, openToday: openToday,
                                            problemsPerWeek: problemsPerWeek, seed: seed, timeZone: clock.timeZone)
        let store = SiteStore(directory: directory, clock: clock)
        let started = ContinuousClock.now
        let summary = try SiteGenerator.generate(options, store: store, signer: signer) { done, total in
            if done % 100 == 0 || done == total {
                FileHandle.standardError.write(Data("\r\(done)/\(total) days".utf8))
            }
        }
        FileHandle.standardError.write(Data("\n".utf8))
        try Self.writeSession(directory, siteID: siteID, today: date)
        let size = (try? FileManager.default.attributesOfItem(atPath: directory.siteFile(siteID).path)[.size] as? Int) ?? 0
        print("\(siteID): \(summary.days) days (\(summary.signed) signed), \(summary.problems) problems, \(summary.extraWork) extra work, "
              + "\(summary.borrowings) borrowings, \(summary.materials) materials short, \(summary.logEntries) log entries, \(summary.archivedMonths) months in history/; "
              + "site.json \(size) bytes; written in \(String(format: "%.1f", Self.milliseconds(ContinuousClock.now - started) / 1000)) s")
    }

    /// A device key drawn from the seed, so the seals are the same on every run (kept when a key is already there).
    /// The file has `DeviceKey`'s own format; `DeviceKey.loadOrCreate` reads and checks it.
    private static func writeKeyIfMissing(_ directory: DataDirectory, seed: UInt64) throws {
        guard !FileManager.default.fileExists(atPath: directory.deviceKeyFile.path) else { return }
        var random = SeededRandom(seed: seed ^ 0xD1CE)
        let raw = Data((0..<32).map { _ in UInt8.random(in: 0...255, using: &random) })
        guard let key = DeviceKey(rawRepresentation: raw) else { return }
        struct Stored: Codable { var schema: Int, keyID: String, publicKey: String, privateKey: String }
        let stored = Stored(schema: 1, keyID: key.keyID, publicKey: key.publicKey.base64EncodedString(), privateKey: raw.base64EncodedString())
        try DurableFile.replace(directory.deviceKeyFile, with: try JSONFormat.encode(stored))
    }

    /// Leaves the user on the new site's home, as if they had closed Onsite there.
    private static func writeSession(_ directory: DataDirectory, siteID: String, today: LocalDate) throws {
        var state = AppState(language: .english, sites: [], width: 80, height: 24, today: today)
        state.stack = [.welcome(ListPosition()), .home(siteID: siteID, ListPosition())]
        try DurableFile.replace(directory.sessionURL, with: try JSONFormat.encode(SessionState(state)))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
