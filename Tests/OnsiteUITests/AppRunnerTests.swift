import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

/// A terminal that replays scripted events and keeps every frame it was given.
@MainActor
final class ScriptedTerminal: TerminalDevice {
    var size: (width: Int, height: Int) = (80, 24)
    let supportsUnicodeLines = true
    var events: [InputEvent]
    var frames: [Grid] = []
    /// What was on disk each time a frame was drawn.
    var diskAtDraw: [String] = []
    let watchedFile: URL

    init(events: [InputEvent], watching file: URL) {
        self.events = events
        watchedFile = file
    }

    func nextEvent() -> InputEvent { events.isEmpty ? .terminate : events.removeFirst() }

    func draw(_ grid: Grid) {
        frames.append(grid)
        diskAtDraw.append((try? String(contentsOf: watchedFile, encoding: .utf8)) ?? "")
    }

    func invalidate() {}
}

final class AppRunnerTests: XCTestCase {
    let fixture = Fixture()
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-runner-\(UUID().uuidString)")

    override func tearDown() {
        try? FileManager.default.removeItem(at: root)
    }

    @MainActor func testATickIsOnDiskBeforeTheFrameShowingItIsDrawn() async throws {
        let directory = DataDirectory(root: root)
        try directory.prepare()
        let store = SiteStore(directory: directory, clock: fixture.clock)
        let keys: [Key] = [.character("D"), .character("A"), .home] + Array(repeating: .down, count: 9) + [.character(" ")]
        let terminal = ScriptedTerminal(events: keys.map(InputEvent.key), watching: directory.siteFile(DemoSite.id))
        let runner = AppRunner(state: fixture.state(), environment: fixture.environment, store: store, terminal: terminal)
        runner.run()
        let tickedFrame = try XCTUnwrap(terminal.frames.firstIndex { $0.contains("[✓] Spare parts") }, "no frame shows the tick")
        // The frame that shows the tick was drawn after the file held it.
        let onDisk = try JSONFormat.decode(Site.self, from: Data(terminal.diskAtDraw[tickedFrame].utf8))
        XCTAssertEqual(onDisk.arrival.record(for: "bring-spare-parts").state, .done)
        // And the session remembers the screen.
        let session = try JSONFormat.decode(SessionState.self, from: Data(contentsOf: directory.sessionURL))
        XCTAssertEqual(session.stack.last?.kind, .arrival)
    }

    @MainActor func testAFailedSaveIsShownAndRetriedByTheNextChange() async throws {
        let directory = DataDirectory(root: root)
        try directory.prepare()
        // A file where the demo's folder must go: every save of the demo fails (even for root).
        _ = FileManager.default.createFile(atPath: directory.siteFolder(DemoSite.id).path, contents: Data("x".utf8))
        let store = SiteStore(directory: directory, clock: fixture.clock)
        let terminal = ScriptedTerminal(events: [.key(.character("D"))], watching: directory.siteFile(DemoSite.id))
        let runner = AppRunner(state: fixture.state(), environment: fixture.environment, store: store, terminal: terminal)
        runner.step(.key(.character("D")))
        XCTAssertTrue(terminal.frames.last!.contains("NOT SAVED"))
        XCTAssertNotNil(runner.state.site(DemoSite.id), "the data stays in memory")
        XCTAssertEqual(runner.step(.key(.character("q"))), false, "quitting with unsaved data asks first")
        XCTAssertEqual(runner.state.confirm, .quitUnsaved)
        runner.step(.key(.character("n")))
        // The obstacle goes away; the next change saves everything.
        try FileManager.default.removeItem(at: directory.siteFolder(DemoSite.id))
        runner.step(.key(.character("A")))
        runner.step(.key(.character(" ")))
        XCTAssertTrue(runner.state.unsaved.isEmpty)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.siteFile(DemoSite.id).path))
        let site = try XCTUnwrap(runner.state.site(DemoSite.id))
        for summary in site.days {
            XCTAssertTrue(FileManager.default.fileExists(atPath: directory.dayFile(DemoSite.id, summary.date).path), "the days that failed are written too")
        }
    }

    @MainActor func testASignalWithAFailedSavePendingTriesOnceMoreBeforeExiting() async throws {
        let directory = DataDirectory(root: root)
        try directory.prepare()
        _ = FileManager.default.createFile(atPath: directory.siteFolder(DemoSite.id).path, contents: Data("x".utf8))
        let store = SiteStore(directory: directory, clock: fixture.clock)
        let terminal = ScriptedTerminal(events: [], watching: directory.siteFile(DemoSite.id))
        let runner = AppRunner(state: fixture.state(), environment: fixture.environment, store: store, terminal: terminal)
        runner.step(.key(.character("D")))
        XCTAssertFalse(runner.state.unsaved.isEmpty)
        // The obstacle is gone by the time SIGTERM arrives (the scripted terminal ends with .terminate).
        try FileManager.default.removeItem(at: directory.siteFolder(DemoSite.id))
        runner.run()
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.siteFile(DemoSite.id).path), "saved on the way out")
    }

    @MainActor func testADayChangeIsOnDiskBeforeTheFrameShowingItIsDrawn() async throws {
        let directory = DataDirectory(root: root)
        try directory.prepare()
        let store = SiteStore(directory: directory, clock: fixture.clock)
        let today = Timestamp(clock: fixture.clock).localDate
        let keys: [Key] = [.character("D"), .character("T"), .enter]
        let terminal = ScriptedTerminal(events: keys.map(InputEvent.key), watching: directory.dayFile(DemoSite.id, today))
        let runner = AppRunner(state: fixture.state(), environment: fixture.environment, store: store, terminal: terminal)
        runner.run()
        let started = try XCTUnwrap(terminal.frames.firstIndex { $0.contains("Next: Hold the morning briefing") }, "no frame shows the started day")
        let onDisk = try JSONFormat.decode(WorkDay.self, from: Data(terminal.diskAtDraw[started].utf8))
        XCTAssertEqual(onDisk.date, today)
        // A new runner over the same folder finds the day and the site's index of it.
        let reloaded = store.loadAll()
        XCTAssertEqual(reloaded.sites.first { $0.id == DemoSite.id }?.days.last?.date, today)
    }

    @MainActor func testAChangeOfTheDayAloneWritesTheDayAndLeavesTheSiteFileAlone() async throws {
        let directory = DataDirectory(root: root)
        try directory.prepare()
        let store = SiteStore(directory: directory, clock: fixture.clock)
        let today = Timestamp(clock: fixture.clock).localDate
        // The demo with today started and its briefing open (in memory; the runner's first save writes it all).
        var state = fixture.state(demo: true)
        var site = try XCTUnwrap(state.site(DemoSite.id))
        let opened = try site.openDay(state.today, at: Timestamp(clock: fixture.clock))
        state.store(site)
        state.store(opened)
        fixture.send([.enter, .character("T"), .enter], to: &state)
        XCTAssertEqual(state.screen.kind, .briefing)
        let terminal = ScriptedTerminal(events: [], watching: directory.dayFile(DemoSite.id, today))
        let runner = AppRunner(state: state, environment: fixture.environment, store: store, terminal: terminal)
        func inode(_ url: URL) throws -> Int { try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int) }
        runner.step(.key(.character("p")))
        XCTAssertTrue(runner.state.unsaved.isEmpty)
        let siteInode = try inode(directory.siteFile(DemoSite.id))
        let indexInode = try inode(directory.daysIndexFile(DemoSite.id))
        let dayInode = try inode(directory.dayFile(DemoSite.id, today))
        // The next roll call changes the day only: its file is replaced, site.json is not written again.
        runner.step(.key(.character("p")))
        XCTAssertTrue(runner.state.unsaved.isEmpty)
        XCTAssertNotEqual(try inode(directory.dayFile(DemoSite.id, today)), dayInode, "the day is written")
        XCTAssertEqual(try inode(directory.siteFile(DemoSite.id)), siteInode, "the unchanged site is not rewritten")
        XCTAssertEqual(try inode(directory.daysIndexFile(DemoSite.id)), indexInode, "nor its unchanged days index")
        let onDisk = try JSONFormat.decode(WorkDay.self, from: Data(contentsOf: directory.dayFile(DemoSite.id, today)))
        XCTAssertEqual(onDisk, runner.state.loadedDays[AppState.dayKey(DemoSite.id, today)])
        // The files still hold the site as it is in memory.
        let inMemory = try XCTUnwrap(runner.state.site(DemoSite.id))
        XCTAssertEqual(try DaysIndex.days(from: Data(contentsOf: directory.daysIndexFile(DemoSite.id))), inMemory.days)
        XCTAssertEqual(store.loadAll().sites.first { $0.id == DemoSite.id }, inMemory)
    }

    @MainActor func testTheSessionPutsTheUserBackWhereTheyWere() async throws {
        var state = fixture.state(demo: true)
        fixture.send([.enter, .character("A"), .down, .down, .enter], to: &state)
        let data = try JSONFormat.encode(SessionState(state))
        var restored = fixture.state(demo: true)
        try JSONFormat.decode(SessionState.self, from: data).restore(into: &restored)
        XCTAssertEqual(restored.stack, state.stack)
        XCTAssertEqual(AppView.render(restored), AppView.render(state))
    }

    @MainActor func testASessionNamingAMissingSiteFallsBackToWelcome() async throws {
        var state = fixture.state(demo: true)
        fixture.send([.enter, .character("A")], to: &state)
        let session = SessionState(state)
        var restored = fixture.state()
        session.restore(into: &restored)
        XCTAssertEqual(restored.stack.count, 1)
        XCTAssertEqual(restored.screen.kind, .welcome)
    }
}
