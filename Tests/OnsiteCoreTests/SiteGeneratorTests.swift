import Foundation
import XCTest
@testable import OnsiteCore

/// The generator of long sites writes, through the real store, a site that loads and whose chain verifies.
final class SiteGeneratorTests: XCTestCase {
    private var folder: URL!

    override func setUp() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-generator-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func generate(_ options: SiteGenerator.Options) throws -> (SiteStore, SiteGenerator.Summary) {
        let directory = DataDirectory(root: folder)
        try directory.prepare()
        let store = SiteStore(directory: directory, clock: Fixture.clock())
        return (store, try SiteGenerator.generate(options, store: store, signer: Fixture.signer))
    }

    func testTwelveDaysLoadVerifyAndHaveTheCountsAsked() throws {
        let today = LocalDate(year: 2026, month: 11, day: 23)
        let options = SiteGenerator.Options(days: 12, today: today, seed: 42, daysPerSave: 5)
        let (store, summary) = try generate(options)
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.problems.count, 0, "\(loaded.problems)")
        let site = try XCTUnwrap(loaded.sites.first)
        XCTAssertEqual(site.days.count, 12)
        XCTAssertTrue(site.days.allSatisfy { $0.state == .signed && $0.departed })
        XCTAssertEqual(site.days.last?.date, LocalDate(year: 2026, month: 11, day: 21), "the Saturday before a Monday")
        XCTAssertFalse(site.days.contains { ($0.date.dayNumber + 4) % 7 == 0 }, "no work on Sundays")
        XCTAssertEqual(site.registers.problems.count, options.problemCount)
        XCTAssertEqual(options.problemCount, 40)
        XCTAssertEqual(summary.problems, 40)
        XCTAssertTrue(site.isArrivalComplete(StandardLoader.defaultStandard()))

        let read = store.readAllDays(siteID: site.id)
        XCTAssertEqual(read.days.count, 12)
        XCTAssertTrue(read.unreadable.isEmpty)
        guard case .success(let report) = ChainVerifier.verify(site: site, days: read.days, unreadable: read.unreadable) else {
            return XCTFail("the generated chain does not verify")
        }
        XCTAssertEqual(report.summary, "\(site.id): 12 signed records, chain intact, signatures valid")
        for day in read.days {
            XCTAssertTrue((10...30).contains(day.log.count))
            XCTAssertFalse(day.briefing.attendance.isEmpty)
            XCTAssertFalse(day.briefing.tasks.isEmpty)
            XCTAssertNotNil(day.briefing.heldAt)
            XCTAssertEqual(day.log.first?.at.localDate, day.date, "each day's times are on that day")
            // A day closed without signature is signed the next working morning.
            XCTAssertTrue(day.signOff?.signedAt.localDate == day.date || day.exception != nil)
        }
    }

    func testTheSameSeedWritesTheSameRecordsAndTodayCanBeLeftOpen() throws {
        let today = LocalDate(year: 2026, month: 11, day: 23)
        let options = SiteGenerator.Options(days: 3, today: today, openToday: true, seed: 7)
        let (store, summary) = try generate(options)
        XCTAssertEqual(summary.days, 4)
        XCTAssertEqual(summary.signed, 3)
        let site = try XCTUnwrap(store.loadAll().sites.first)
        XCTAssertEqual(site.days.last?.date, today)
        XCTAssertEqual(site.days.last?.state.isClosed, false)
        let first = try Data(contentsOf: store.directory.siteFile(site.id))

        try FileManager.default.removeItem(at: folder)
        let (again, _) = try generate(options)
        XCTAssertEqual(try Data(contentsOf: again.directory.siteFile(site.id)), first)
    }
}
