import Foundation
import XCTest
@testable import OnsiteCore

/// Every reader of a file a person can edit or a disk can damage, fed thousands of mutated inputs:
/// it returns a value or an error, and never crashes. The seed is in every message so a failure can be
/// repeated (`ONSITE_FUZZ_SEED`, `ONSITE_FUZZ_RUNS`).
///
/// Mutations are generated here with a seeded generator rather than with a property-testing library:
/// the one this machine offers runs under Swift Testing, which this suite does not use.
final class ReaderFuzzTests: XCTestCase {
    static let runs = Int(ProcessInfo.processInfo.environment["ONSITE_FUZZ_RUNS"] ?? "") ?? 1000
    static let seed = UInt64(ProcessInfo.processInfo.environment["ONSITE_FUZZ_SEED"] ?? "") ?? UInt64(Date().timeIntervalSince1970)

    /// A small, seeded generator (SplitMix64).
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces that matter to TOML and JSON parsers, and bytes that are not UTF-8.
    private static let tokens: [[UInt8]] = ["[[", "]]", "[", "]", "{", "}", "\"", "'''", "\"\"\"", "=", ",", ":", "#", "\n", "\r\n", "\\",
                                            "\\u0000", "1e999", "-", "null", "true", "9999999999999999999999", "\u{202E}", "日本"].map { Array($0.utf8) }
        + [[0x00], [0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80]]

    /// One to four random edits of the text: flip a byte, cut, duplicate, insert a token, truncate.
    static func mutate(_ input: [UInt8], _ random: inout Generator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            guard !bytes.isEmpty else { bytes = tokens.randomElement(using: &random)!; continue }
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes[at] ^= UInt8.random(in: 1...255, using: &random)
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &random)))
            case 2: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + Int.random(in: 1...64, using: &random))], at: at)
            case 3: bytes.insert(contentsOf: tokens.randomElement(using: &random)!, at: at)
            default: bytes.removeSubrange(at...)
            }
        }
        return bytes
    }

    /// Runs a reader over mutations of a valid input; returns how many inputs were refused and accepted.
    private func fuzz(_ name: String, _ valid: Data, offset: UInt64, _ read: (Data) -> Bool) -> (refused: Int, accepted: Int) {
        var random = Generator(state: Self.seed &+ offset)
        var counts = (refused: 0, accepted: 0)
        let original = Array(valid)
        for _ in 0..<Self.runs {
            let input = Data(Self.mutate(original, &random))
            if ProcessInfo.processInfo.environment["ONSITE_FUZZ_KEEP"] != nil { try? input.write(to: URL(fileURLWithPath: NSTemporaryDirectory() + "onsite-fuzz-last")) }
            if read(input) { counts.accepted += 1 } else { counts.refused += 1 }
        }
        XCTAssertGreaterThan(counts.refused, 0, "\(name), seed \(Self.seed): mutations must reach the error paths")
        return counts
    }

    func testTheStandardReaderNeverCrashes() {
        let counts = fuzz("standard", Data(StandardLoader.defaultText.utf8), offset: 1) { data in
            (try? StandardLoader.document(toml: String(decoding: data, as: UTF8.self))) != nil
        }
        XCTAssertEqual(counts.refused + counts.accepted, Self.runs)
    }

    func testTheSiteReaderNeverCrashes() throws {
        let (site, _) = DemoSite.makeWithDays(standard: Fixture.standard, clock: Fixture.clock(), ids: SequentialIdSource(prefix: "f"), language: .chinese, signer: Fixture.signer)
        let data = try JSONFormat.encode(site)
        _ = fuzz("site.json", data, offset: 2) { (try? JSONFormat.decode(Site.self, from: $0)) != nil }
    }

    func testTheDayReaderNeverCrashes() throws {
        let (_, days) = DemoSite.makeWithDays(standard: Fixture.standard, clock: Fixture.clock(), ids: SequentialIdSource(prefix: "f"), language: .english, signer: Fixture.signer)
        let data = try JSONFormat.encode(try XCTUnwrap(days.last))
        _ = fuzz("day file", data, offset: 3) { (try? JSONFormat.decode(WorkDay.self, from: $0)) != nil }
    }

    func testTheConfigReaderNeverCrashes() {
        let valid = Data("language = \"zh\"\ntheme = \"high-contrast\"\n".utf8)
        _ = fuzz("config.toml", valid, offset: 4) { (try? TOMLNode.parse(String(decoding: $0, as: UTF8.self))) != nil }
    }

    /// Damaged files on disk: the store reports them and keeps running, whatever the damage.
    func testTheStoreLoadsWhateverIsOnDisk() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let directory = DataDirectory(root: folder.url.appendingPathComponent("data"))
        let store = SiteStore(directory: directory, clock: Fixture.clock())
        let (site, days) = DemoSite.makeWithDays(standard: Fixture.standard, clock: Fixture.clock(), ids: SequentialIdSource(prefix: "f"), language: .english, signer: Fixture.signer)
        var random = Generator(state: Self.seed &+ 5)
        let siteData = Array(try JSONFormat.encode(site))
        let dayData = Array(try JSONFormat.encode(days[0]))
        for trial in 0..<max(1, Self.runs / 20) {
            try? FileManager.default.removeItem(at: directory.root)
            try directory.prepare()
            for day in days { XCTAssertNil(storageError { try store.save(day, of: site) }) }
            try Data(Self.mutate(siteData, &random)).write(to: directory.siteFile(site.id))
            try Data(Self.mutate(dayData, &random)).write(to: directory.dayFile(site.id, days[0].date))
            let loaded = store.loadAll()
            for loadedSite in loaded.sites {
                for summary in loadedSite.days { _ = store.loadDay(siteID: loadedSite.id, date: summary.date) }
            }
            XCTAssertLessThanOrEqual(loaded.sites.count, 1, "trial \(trial), seed \(Self.seed)")
        }
    }
}
