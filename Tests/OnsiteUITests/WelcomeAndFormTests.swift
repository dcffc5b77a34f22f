import OnsiteCore
@testable import OnsiteUI
import XCTest

final class WelcomeAndFormTests: XCTestCase {
    let fixture = Fixture()

    func testFirstRunOffersNewSiteAndDemo() {
        let state = fixture.state()
        let screen = AppView.render(state)
        XCTAssertTrue(screen.contains("Start a new site"))
        XCTAssertTrue(screen.contains("Open the demo site"))
    }

    func testOpeningTheDemoCreatesAndSavesIt() {
        var state = fixture.state()
        let effects = fixture.send([.character("D")], to: &state)
        XCTAssertEqual(state.site(DemoSite.id)?.isDemo, true)
        let site = state.site(DemoSite.id)!
        let closed = state.site(DemoSite.closedID)!
        XCTAssertEqual(effects, site.days.map { .saveDay(site, state.day(DemoSite.id, $0.date)!) }
                       + closed.days.map { .saveDay(closed, state.day(DemoSite.closedID, $0.date)!) },
                       "every worked day of both demo sites is saved, with its site")
        XCTAssertEqual(effects.count, 2 * DemoSite.workedDays)
        guard case .home(DemoSite.id, _) = state.screen else { return XCTFail("expected the demo's home, got \(state.screen)") }
    }

    func testSavingAnEmptyFormKeepsTheFormAndFlagsRequiredFields() {
        var state = fixture.state()
        fixture.send([.character("N")], to: &state)
        fixture.type("Plant 7", into: &state)
        let effects = fixture.send([.control("s")], to: &state)
        XCTAssertEqual(effects, [])
        guard case .siteForm(let form) = state.screen else { return XCTFail("left the form") }
        XCTAssertEqual(form.draft.name, "Plant 7", "typed text must survive a validation error")
        XCTAssertTrue(form.attemptedSave)
        let screen = AppView.render(state)
        XCTAssertTrue(screen.contains("! required"))
        XCTAssertEqual(state.message?.kind, .error)
    }

    func testAValidFormCreatesTheSiteAndOpensItsHome() {
        var state = fixture.state()
        fixture.send([.character("N")], to: &state)
        for value in ["Line 3 installation", "14 Harbour Road", "Northgate Bottling", "Helen Carter", "Raj Patel", "2026-11-23", "2026-12-20", "Tom Baker", "Crew leader"] {
            fixture.type(value, into: &state)
            fixture.send([.tab], to: &state)
        }
        let effects = fixture.send([.control("s")], to: &state)
        XCTAssertEqual(effects.count, 1)
        guard case .saveSite(let site) = effects.first else { return XCTFail("no save") }
        XCTAssertEqual(site.profile.name, "Line 3 installation")
        XCTAssertEqual(site.profile.crewLeader?.name, "Tom Baker")
        XCTAssertEqual(site.profile.plannedEnd, LocalDate(year: 2026, month: 12, day: 20))
        guard case .home(site.id, _) = state.screen else { return XCTFail("expected the new site's home") }
    }

    func testAnInvalidDateIsFlaggedWhileTyping() {
        var state = fixture.state()
        fixture.send([.character("N")], to: &state)
        fixture.send(Array(repeating: .tab, count: 5), to: &state)
        fixture.type("2026-02-30", into: &state)
        XCTAssertTrue(AppView.render(state).contains("! no such date"))
        fixture.send([.control("u")], to: &state)
        fixture.type("next week", into: &state)
        XCTAssertTrue(AppView.render(state).contains("! use YYYY-MM-DD"))
    }

    func testEscapeKeepsTheDraftForLater() {
        var state = fixture.state()
        fixture.send([.character("N")], to: &state)
        fixture.type("华东 Plant 七号", into: &state)
        fixture.send([.escape], to: &state)
        guard case .welcome = state.screen else { return XCTFail("Esc should go back") }
        XCTAssertTrue(AppView.render(state).contains("Continue the new site you started"))
        fixture.send([.character("N")], to: &state)
        guard case .siteForm(let form) = state.screen else { return XCTFail("form did not reopen") }
        XCTAssertEqual(form.draft.name, "华东 Plant 七号")
    }

    func testPastedEscapeSequencesAreNeutralised() {
        var state = fixture.state()
        fixture.send([.character("N")], to: &state)
        _ = AppUpdate.update(&state, .paste("evil\u{1b}[2J\r\u{8}name"), fixture.environment)
        guard case .siteForm(let form) = state.screen else { return XCTFail("left the form") }
        XCTAssertFalse(form.draft.name.unicodeScalars.contains { $0.value < 0x20 })
        XCTAssertTrue(form.draft.name.hasPrefix("evil"))
        XCTAssertTrue(form.draft.name.hasSuffix("name"))
        XCTAssertFalse(AppView.render(state).text.contains("\u{1b}"))
    }

    func testTinyTerminalSaysSoAndKeepsWorking() {
        var state = fixture.state(demo: true)
        fixture.send([.enter], to: &state)
        _ = AppUpdate.update(&state, .resize(width: 20, height: 6), fixture.environment)
        let small = AppView.render(state)
        XCTAssertEqual(small.width, 20)
        XCTAssertTrue(small.text.contains("Terminal too"))
        fixture.send([.down, .enter, .character(" ")], to: &state)
        _ = AppUpdate.update(&state, .resize(width: 80, height: 24), fixture.environment)
        guard case .home(DemoSite.id, _) = state.screen else { return XCTFail("keys must not act while too small") }
    }

    func testQuitIsImmediateWhenEverythingIsSaved() {
        var state = fixture.state()
        XCTAssertEqual(fixture.send([.character("q")], to: &state), [.quit])
    }

    func testQuitAsksWhenASaveFailed() {
        var state = fixture.state(demo: true)
        AppUpdate.saveFinished(&state, siteID: DemoSite.id, error: .diskFull(path: "/data"))
        XCTAssertEqual(fixture.send([.character("q")], to: &state), [])
        XCTAssertEqual(state.confirm, .quitUnsaved)
        XCTAssertTrue(AppView.render(state).contains("NOT SAVED"))
        XCTAssertEqual(fixture.send([.character("y")], to: &state), [.quit])
    }

    func testHelpIsGeneratedFromTheKeyTable() {
        var state = fixture.state()
        fixture.send([.character("?")], to: &state)
        let screen = AppView.render(state)
        for binding in KeyMap.help(for: .welcome).prefix(10) {
            XCTAssertTrue(screen.contains(binding.description.en), "help lacks \(binding.description.en)")
        }
    }

    func testLanguageSwitchesAtRuntime() {
        var state = fixture.state()
        fixture.send([.character("L")], to: &state)
        XCTAssertEqual(state.language, .chinese)
        XCTAssertTrue(AppView.render(state).contains("新建现场"))
    }
}
