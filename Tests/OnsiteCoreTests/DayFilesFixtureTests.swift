import Foundation
import XCTest
@testable import OnsiteCore

/// The first version of day files and of the sealed chain, as a committed data directory (never edited):
/// it must load and verify for ever. And a day file cut at every byte offset is never loaded as good.
final class DayFilesFixtureTests: StorageTestCase {
    private func installFixture() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/demo-data-1")
        try FileManager.default.createDirectory(at: directory.root.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: directory.root)
    }

    func testTheFirstVersionOfDayFilesLoadsAndItsChainVerifies() throws {
        try installFixture()
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.problems, [])
        let site = try XCTUnwrap(loaded.sites.first)
        XCTAssertEqual(site.days.map(\.state), [.signed, .signed, .closedWithoutSignature, .signed])
        for summary in site.days {
            guard case .loaded(let day) = store.loadDay(siteID: site.id, date: summary.date) else { return XCTFail("\(summary.date.isoText) not read") }
            if let signOff = day.signOff {
                XCTAssertTrue(signOff.recordIsIntact, summary.date.isoText)
                XCTAssertNotNil(signOff.seal, summary.date.isoText)
            }
        }
        let read = store.readAllDays(siteID: site.id)
        guard case .success(let report) = ChainVerifier.verify(site: site, days: read.days, unreadable: read.unreadable) else {
            return XCTFail("the committed chain no longer verifies")
        }
        XCTAssertEqual(report.signedRecords, 3)
    }

    func testADayFileCutAtEveryByteOffsetIsReportedAndItsPreviousSaveUsed() throws {
        var site = Fixture.site()
        var day = try site.openDay(LocalDate(year: 2026, month: 11, day: 23), at: Timestamp(clock: Fixture.clock()))
        XCTAssertNil(storageError { try store.save(day, of: site) })
        try day.addLogEntry(.progress, text: "框架就位 · frame placed", id: "l-1", at: Timestamp(clock: Fixture.clock()))
        site.noteChanged(day)
        XCTAssertNil(storageError { try store.save(day, of: site) })
        let file = directory.dayFile(site.id, day.date)
        let backup = URL(fileURLWithPath: file.path + ".bak")
        let whole = try Data(contentsOf: file)
        let previous = try Data(contentsOf: backup)
        var cuts = 0
        for length in 0..<whole.count {
            try whole.prefix(length).write(to: file)
            try previous.write(to: backup)
            switch store.loadDay(siteID: site.id, date: day.date) {
            case .damaged(let problem, let restored):
                XCTAssertEqual(problem.path, file.path)
                XCTAssertNotNil(problem.quarantinedTo, "cut at \(length): the damaged file is kept in quarantine")
                XCTAssertEqual(restored?.log.count, 0, "cut at \(length): the previous save is used")
                cuts += 1
            case .loaded(let read):
                // Only the final newline may go: the JSON is then still whole, and so is the day.
                XCTAssertEqual(read, day, "cut at \(length) of \(whole.count) loaded as something else")
                XCTAssertTrue(whole.suffix(whole.count - length).allSatisfy { $0 == UInt8(ascii: "\n") }, "cut at \(length) loaded as good")
            case .missing, .newer:
                XCTFail("cut at \(length): \(String(describing: store.loadDay(siteID: site.id, date: day.date)))")
            }
        }
        XCTAssertEqual(cuts, whole.count - 1, "every cut that loses a byte of the record is noticed")
    }
}
