import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

/// `P` on a site's home or a day asks where to write the HTML report; the runner writes it and never overwrites.
final class ExportActionTests: XCTestCase {
    let fixture = Fixture()
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-export-ui-\(UUID().uuidString)")

    override func tearDown() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Both demo sites, back on the list of sites.
    func demoState(_ language: Language = .english) -> AppState {
        var state = fixture.state(language)
        fixture.send([.character("D")], to: &state)
        fixture.send([.escape], to: &state)
        return state
    }

    func testPOnTheHomeAsksForAFileAndSubmitsTheDossierExport() throws {
        var state = demoState(.chinese)
        state.stack = [.welcome(ListPosition()), .home(siteID: DemoSite.id, ListPosition())]
        XCTAssertEqual(fixture.send([.character("P")], to: &state), [])
        let prompt = try XCTUnwrap(state.prompt)
        XCTAssertEqual(prompt.purpose, .export(.report(siteID: DemoSite.id, date: nil)))
        XCTAssertEqual(prompt.fields.first?.text, "demo-dossier.html")
        assertScreen(state, named: "zh")
        let effects = fixture.send([.enter], to: &state)
        XCTAssertEqual(effects, [.exportReport(siteID: DemoSite.id, date: nil, path: "demo-dossier.html", language: .chinese)])
        XCTAssertNil(state.prompt)
    }

    func testADayExportsItsDailyReportAndAnEmptyNameIsRefused() throws {
        var state = demoState()
        let date = try XCTUnwrap(state.site(DemoSite.id)?.days.first?.date)
        state.stack = [.welcome(ListPosition()), .home(siteID: DemoSite.id, ListPosition()), .day(siteID: DemoSite.id, date: date, ListPosition())]
        fixture.send([.character("P")], to: &state)
        XCTAssertEqual(state.prompt?.purpose, .export(.report(siteID: DemoSite.id, date: date)))
        var prompt = try XCTUnwrap(state.prompt)
        prompt.fields[0] = TextField("  ")
        state.prompt = prompt
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertEqual(state.prompt?.problem, ExportWords.noPath)
        prompt.fields[0] = TextField("~/report.html")
        state.prompt = prompt
        XCTAssertEqual(fixture.send([.enter], to: &state), [.exportReport(siteID: DemoSite.id, date: date, path: "~/report.html", language: .english)])
    }

    func testADayWithNothingRecordedHasNoReport() {
        var state = demoState()
        state.stack = [.welcome(ListPosition()), .home(siteID: DemoSite.id, ListPosition()), .day(siteID: DemoSite.id, date: state.today, ListPosition())]
        fixture.send([.character("P")], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.message?.text, ExportWords.nothingOnDay(state.today))
    }

    func testAClosedReadOnlySiteCanStillBeExported() {
        var state = demoState()
        state.stack = [.welcome(ListPosition()), .home(siteID: DemoSite.closedID, ListPosition())]
        fixture.send([.character("P")], to: &state)
        XCTAssertEqual(state.prompt?.purpose, .export(.report(siteID: DemoSite.closedID, date: nil)))
        XCTAssertNotEqual(state.message?.text, ExitWords.readOnly)
    }

    func testPathsResolveFromHomeAndTheCurrentFolder() {
        XCTAssertEqual(ExportPrompts.resolve("~/a.html", home: "/home/tom", currentFolder: "/work").path, "/home/tom/a.html")
        XCTAssertEqual(ExportPrompts.resolve("a.html", home: "/home/tom", currentFolder: "/work").path, "/work/a.html")
        XCTAssertEqual(ExportPrompts.resolve("/media/usb/a.html", home: nil, currentFolder: "/work").path, "/media/usb/a.html")
    }

    @MainActor func testTheRunnerWritesTheReportAndRefusesToOverwriteIt() async throws {
        let directory = DataDirectory(root: root)
        try directory.prepare()
        let store = SiteStore(directory: directory, clock: fixture.clock)
        let (site, days) = DemoSite.makeWithDays(standard: fixture.standard, clock: fixture.clock, ids: fixture.ids, language: .english, signer: fixture.signer)
        try store.save(days, of: site)
        var state = fixture.state()
        state.sites = [site]
        state.stack = [.welcome(ListPosition()), .home(siteID: site.id, ListPosition())]
        let file = root.appendingPathComponent("dossier.html")
        let terminal = ScriptedTerminal(events: [], watching: file)
        let runner = AppRunner(state: state, environment: fixture.environment, store: store, terminal: terminal)
        let effect = Effect.exportReport(siteID: site.id, date: nil, path: file.path, language: .english)
        runner.apply { _, _ in [effect] }
        let html = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(html.contains("Site dossier"))
        XCTAssertTrue(html.contains(try XCTUnwrap(days.first?.signOff?.recordHash)))
        XCTAssertEqual(runner.state.message?.kind, .success)
        XCTAssertTrue(runner.state.message?.text.en.contains("3 signed records verified") == true, "\(String(describing: runner.state.message))")

        try Data("mine".utf8).write(to: file)
        runner.apply { _, _ in [effect] }
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "mine")
        XCTAssertEqual(runner.state.message?.kind, .error)
        XCTAssertTrue(runner.state.message?.text.en.contains("already exists") == true)
        XCTAssertTrue(runner.state.message?.text.zh.contains("已存在") == true)
    }
}
