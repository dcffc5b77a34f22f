import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

/// A terminal that runs a step of the test before handing over each scripted event.
@MainActor
private final class SteppedTerminal: TerminalDevice {
    var size: (width: Int, height: Int) = (80, 24)
    let supportsUnicodeLines = true
    var events: [(before: () -> Void, event: InputEvent)]
    var frames: [Grid] = []

    init(_ events: [(before: () -> Void, event: InputEvent)]) { self.events = events }

    func nextEvent() -> InputEvent {
        guard !events.isEmpty else { return .terminate }
        let next = events.removeFirst()
        next.before()
        return next.event
    }

    func draw(_ grid: Grid) { frames.append(grid) }
    func invalidate() {}
}

/// The day under the cursor of the list of days is read on another thread while the list is looked at;
/// what Enter then shows must be what the file holds, its seal checked.
final class DayReadAheadTests: XCTestCase {
    let fixture = Fixture()
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-readahead-\(UUID().uuidString)")

    override func tearDown() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The demo and its days on disk, and the signed day with its row in the list of days.
    private func demoOnDisk() throws -> (store: SiteStore, site: Site, signed: WorkDay, row: Int) {
        let directory = DataDirectory(root: root)
        try directory.prepare()
        let store = SiteStore(directory: directory, clock: fixture.clock)
        let (site, days) = DemoSite.makeWithDays(standard: fixture.standard, clock: fixture.clock, ids: fixture.ids,
                                                 language: .english, signer: fixture.signer)
        try store.save(days, of: site)
        let loaded = try XCTUnwrap(store.loadAll().sites.first { $0.id == DemoSite.id })
        let signed = try XCTUnwrap(days.first { $0.signOff != nil })
        let row = try XCTUnwrap((0..<loaded.days.count).first { DaysScreen.row($0, of: loaded)?.date == signed.date })
        return (store, loaded, signed, row)
    }

    @MainActor private func runner(_ store: SiteStore, _ site: Site, row: Int, _ terminal: SteppedTerminal) -> AppRunner {
        var state = fixture.state()
        state.store(site)
        state.stack = [.home(siteID: site.id, ListPosition()), .days(siteID: site.id, ListPosition(selection: row))]
        return AppRunner(state: state, environment: fixture.environment, store: store, terminal: terminal)
    }

    @MainActor func testADayReadAheadIsShownOnEnterWithItsSealChecked() async throws {
        let (store, site, signed, row) = try demoOnDisk()
        let terminal = SteppedTerminal([({}, .key(.enter))])
        let runner = runner(store, site, row: row, terminal)
        runner.run()
        let shown = try XCTUnwrap(terminal.frames.last)
        XCTAssertTrue(shown.contains(signed.date.isoText), shown.text)
        XCTAssertTrue(shown.contains("signed by"), shown.text)
        XCTAssertFalse(shown.contains("TAMPERED"), shown.text)
        XCTAssertEqual(runner.state.loadedDays[AppState.dayKey(site.id, signed.date)], signed)
    }

    @MainActor func testADayChangedOnDiskAfterItWasReadAheadIsReadAgainAndShownTampered() async throws {
        let (store, site, signed, row) = try demoOnDisk()
        var tampered = signed
        tampered.signOff?.clientName += " (edited)"
        let file = store.directory.dayFile(site.id, signed.date)
        // The list was on screen (the day read ahead, or being read); the file is changed just before Enter.
        let terminal = SteppedTerminal([({ try? DurableFile.replace(file, with: JSONFormat.encode(tampered)) }, .key(.enter))])
        let runner = runner(store, site, row: row, terminal)
        runner.run()
        let shown = try XCTUnwrap(terminal.frames.last)
        XCTAssertTrue(shown.contains("TAMPERED"), shown.text)
        XCTAssertTrue(shown.contains("(edited)"), "the edited file is what is shown: \(shown.text)")
    }

    @MainActor func testTheReadAheadKeepsOnlyAFileStillOnDisk() async throws {
        let (store, site, signed, _) = try demoOnDisk()
        let readAhead = DayReadAhead(store: store)
        readAhead.request(siteID: site.id, date: signed.date)
        readAhead.waitUntilIdle()
        let read = try XCTUnwrap(readAhead.take(siteID: site.id, date: signed.date))
        XCTAssertEqual(read.day, signed)
        XCTAssertFalse(read.tampered)
        XCTAssertNil(readAhead.take(siteID: site.id, date: signed.date), "a read is handed over once")

        readAhead.request(siteID: site.id, date: signed.date)
        // Once the read is done, the day is saved again (a new file renamed over it).
        readAhead.waitUntilIdle()
        try DurableFile.replace(store.directory.dayFile(site.id, signed.date), with: JSONFormat.encode(signed))
        XCTAssertNil(readAhead.take(siteID: site.id, date: signed.date), "a file replaced since it was read is not used")

        readAhead.request(siteID: site.id, date: signed.date)
        readAhead.waitUntilIdle()
        readAhead.forget()
        XCTAssertNil(readAhead.take(siteID: site.id, date: signed.date), "nothing is kept after forget")
    }

    @MainActor func testEachSitesLatestDayIsReadAtStartUpAndUsedWhileItsFileIsUnchanged() async throws {
        let (store, site, _, _) = try demoOnDisk()
        let latest = try XCTUnwrap(site.days.last)
        let file = store.directory.dayFile(site.id, latest.date)
        XCTAssertEqual(store.loadAll().latestDays.count, 0, "read only for the sites asked for")
        let loaded = store.loadAll(latestDayOf: [site.id])
        let pending = try XCTUnwrap(loaded.latestDays.first { $0.path == file.path })
        let read = try XCTUnwrap(pending.read.value)
        XCTAssertEqual(read.day.date, latest.date)
        XCTAssertEqual(read.path, file.path)
        XCTAssertNotNil(read.day.signOff)
        XCTAssertFalse(read.tampered)

        let readAhead = DayReadAhead(store: store)
        readAhead.keep(loaded.latestDays)
        XCTAssertEqual(readAhead.take(siteID: site.id, date: latest.date)?.day, read.day)
        readAhead.keep(loaded.latestDays)
        try DurableFile.replace(file, with: JSONFormat.encode(read.day))
        XCTAssertNil(readAhead.take(siteID: site.id, date: latest.date), "a file replaced since start-up is read again")

        // A latest day edited after it was signed is read as tampered.
        var edited = read.day
        edited.signOff?.clientName += " (edited)"
        try DurableFile.replace(file, with: JSONFormat.encode(edited))
        let again = try XCTUnwrap(store.loadAll(latestDayOf: [site.id]).latestDays.first { $0.path == file.path }?.read.value)
        XCTAssertTrue(again.tampered)
        XCTAssertEqual(again.day, edited)
    }

    @MainActor func testTheArchivedMonthAnOldDayCountsIsReadAheadWithIt() async throws {
        let directory = DataDirectory(root: root)
        try directory.prepare()
        let store = SiteStore(directory: directory, clock: fixture.clock)
        let today = Timestamp(clock: fixture.clock).localDate
        _ = try SiteGenerator.generate(SiteGenerator.Options(days: 60, today: today, seed: 3), store: store, signer: fixture.signer)
        let site = try XCTUnwrap(store.loadAll().sites.first)  // start-up moves the settled months to history/
        let month = try XCTUnwrap(site.archivedMonths.first?.month)
        let old = try XCTUnwrap(site.days.first { RegisterHistory.month(of: $0.date) == month })
        let readAhead = DayReadAhead(store: store)
        readAhead.request(siteID: site.id, date: old.date, month: (site, month))
        readAhead.waitUntilIdle()
        let read = try XCTUnwrap(readAhead.takeMonth(siteID: site.id, month: month))
        XCTAssertEqual(read.registers, store.loadHistory(of: site, months: [month]).registers)
        XCTAssertFalse(read.registers.problems.isEmpty)
        XCTAssertTrue(read.problems.isEmpty)
        XCTAssertNotNil(readAhead.take(siteID: site.id, date: old.date))
        XCTAssertNil(readAhead.takeMonth(siteID: site.id, month: month), "a month is handed over once")
    }

    @MainActor func testADamagedDayIsLeftToTheOrdinaryReadWhichRepairsIt() async throws {
        let (store, site, signed, _) = try demoOnDisk()
        let file = store.directory.dayFile(site.id, signed.date)
        try Data("{ not json".utf8).write(to: file)
        let readAhead = DayReadAhead(store: store)
        readAhead.request(siteID: site.id, date: signed.date)
        readAhead.waitUntilIdle()
        XCTAssertNil(readAhead.take(siteID: site.id, date: signed.date))
        XCTAssertEqual(try Data(contentsOf: file), Data("{ not json".utf8), "the read ahead moves nothing")
        XCTAssertNil(store.readDayAhead(siteID: site.id, date: LocalDate(year: 2001, month: 1, day: 1)), "no file, no day")
    }
}
