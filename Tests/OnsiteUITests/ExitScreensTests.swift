import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

/// The exit screens, the list of sites and the read-only closed site, driven by keys.
final class ExitScreensTests: XCTestCase {
    let fixture = Fixture()

    /// Both demo sites created through the welcome screen, back on the list of sites.
    func demoState(_ language: Language = .english) -> AppState {
        var state = fixture.state(language)
        fixture.send([.character("D")], to: &state)
        fixture.send([.escape], to: &state)
        return state
    }

    func openSite(_ id: String, _ state: inout AppState) {
        state.stack = [.welcome(ListPosition()), .home(siteID: id, ListPosition())]
    }

    func testTheDemoEntryCreatesTheSiteInFullSwingAndTheClosedSite() {
        let state = demoState()
        XCTAssertEqual(Set(state.sites.map(\.id)), [DemoSite.id, DemoSite.closedID])
        XCTAssertEqual(state.site(DemoSite.closedID)?.phase, .closed)
        XCTAssertEqual(WelcomeScreen.entries(state).first, .site(DemoSite.id), "open sites first, the archive after")
        XCTAssertFalse(WelcomeScreen.entries(state).contains(.demo))
        for language in Language.allCases { assertScreen(demoState(language), named: language.rawValue) }
    }

    func testAClosedSiteIsReadOnlyEverywhere() {
        var state = demoState()
        openSite(DemoSite.closedID, &state)
        fixture.send([.character("X")], to: &state)
        XCTAssertEqual(state.screen.kind, .exit)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.screen.kind, .exitStep)
        let before = state.site(DemoSite.closedID)
        let effects = fixture.send([.character("e")], to: &state)
        XCTAssertEqual(effects, [])
        XCTAssertNil(state.prompt, "no form opens on a closed site")
        XCTAssertEqual(state.message?.text, ExitWords.readOnly)
        XCTAssertEqual(state.site(DemoSite.closedID), before)
        // Today on a closed site cannot start a day.
        openSite(DemoSite.closedID, &state)
        fixture.send([.character("T")], to: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertEqual(state.site(DemoSite.closedID)?.days.count, DemoSite.workedDays)
    }

    func testClosingSaysExactlyWhatIsMissing() {
        var state = demoState()
        openSite(DemoSite.id, &state)
        fixture.send([.character("X"), .character("C")], to: &state)
        XCTAssertNil(state.confirm)
        let text = state.message?.text.en ?? ""
        XCTAssertTrue(text.hasPrefix("Cannot close yet"), text)
        XCTAssertTrue(text.contains("Pallet jack") && text.contains("not signed by the client") && text.contains("No pre-acceptance recorded"), text)
        for language in Language.allCases {
            var shown = demoState(language)
            openSite(DemoSite.id, &shown)
            fixture.send([.character("X")], to: &shown)
            assertScreen(shown, named: language.rawValue)
        }
    }

    func testTheExitStepsThroughTheirForms() throws {
        var state = demoState()
        openSite(DemoSite.id, &state)
        fixture.send([.character("X"), .enter, .character("e")], to: &state)
        // The form starts with today, now, the project manager and the engineering head; the supervisor is typed.
        fixture.send([.tab, .tab, .tab], to: &state)
        fixture.type("Mark Hughes", into: &state)
        var effects = fixture.send([.enter], to: &state)
        XCTAssertEqual(effects.count, 1)
        XCTAssertNotNil(state.site(DemoSite.id)?.exit.preAcceptance)
        fixture.send([.character("a")], to: &state)
        fixture.type("Guard rail loose", into: &state)
        fixture.send([.tab], to: &state)
        fixture.type("Tom Baker", into: &state)
        effects = fixture.send([.enter], to: &state)
        XCTAssertEqual(state.site(DemoSite.id)?.findings.map(\.description), ["Guard rail loose"])
        for language in Language.allCases {
            var shown = state
            shown.language = language
            assertScreen(shown, named: "finding-" + language.rawValue)
        }
        // Formal acceptance: an unknown result keeps the form with the reason.
        fixture.send([.escape, .down, .enter, .character("e"), .tab, .tab, .tab], to: &state)
        fixture.type("Mark Hughes", into: &state)
        fixture.send([.tab, .backspace], to: &state)
        fixture.type("maybe", into: &state)
        fixture.send([.tab, .tab], to: &state)
        fixture.type("AR-9", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(state.prompt?.problem?.en.contains("is not a result") == true)
        fixture.send([.backTab, .backTab], to: &state)
        for _ in 0..<5 { fixture.send([.backspace], to: &state) }
        fixture.type("2", into: &state)
        fixture.send([.tab], to: &state)
        fixture.type("Paint touch-up; Labels", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state).count, 1)
        XCTAssertEqual(state.site(DemoSite.id)?.exit.acceptance?.result, .acceptedWithReservations)
        XCTAssertEqual(state.site(DemoSite.id)?.exit.acceptance?.reservations, ["Paint touch-up", "Labels"])
        // Delivery: a negative quantity is refused in the form, and nothing is lost.
        fixture.send([.escape, .down, .enter, .character("a")], to: &state)
        fixture.type("Seal kit", into: &state)
        fixture.send([.tab, .backspace], to: &state)
        fixture.type("-3", into: &state)
        fixture.send([.tab], to: &state)
        fixture.type("Mark Hughes", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertEqual(state.prompt?.fields.map(\.text), ["Seal kit", "-3", "Mark Hughes"])
        XCTAssertTrue(state.prompt?.problem?.en.contains("not a quantity") == true)
        fixture.send([.backTab, .backspace, .backspace], to: &state)
        fixture.type("3", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state).count, 1)
        fixture.send([.character("s")], to: &state)
        XCTAssertEqual(state.screen.kind, .exitSignature)
        for language in Language.allCases {
            var shown = state
            shown.language = language
            assertScreen(shown, named: "pad-" + language.rawValue)
        }
    }

    func testSurveyScoresNeedTheSurveyHandedAndTheLevelFirst() {
        var state = demoState()
        openSite(DemoSite.id, &state)
        fixture.send([.character("X")] + Array(repeating: Key.down, count: 6) + [.enter], to: &state)
        XCTAssertEqual(fixture.send([.character("4")], to: &state), [])
        XCTAssertEqual(state.message?.text, ExitWords.error(.surveyNotHanded, state))
        fixture.send([.character("h")], to: &state)
        fixture.type("Mark Hughes", into: &state)
        fixture.send([.enter, .down, .character("5")], to: &state)
        XCTAssertEqual(state.message?.text, ExitPromptError.levelFirst.text)
        fixture.send([.up, .character("4"), .down, .character("5")], to: &state)
        XCTAssertEqual(state.site(DemoSite.id)?.exit.survey?.answers?.level, 4)
        XCTAssertEqual(state.site(DemoSite.id)?.exit.survey?.answers?.scores.map(\.score), [5])
        for language in Language.allCases {
            var shown = state
            shown.language = language
            assertScreen(shown, named: language.rawValue)
        }
    }

    func testArchivingRestoringAndDeletingFromTheListOfSites() {
        var state = demoState()
        XCTAssertEqual(fixture.send([.character("a")], to: &state).count, 1)
        XCTAssertNotNil(state.site(DemoSite.id)?.archivedAt)
        XCTAssertEqual(WelcomeScreen.orderedSites(state).map(\.id), [DemoSite.id, DemoSite.closedID], "the archive, newest first")
        fixture.send([.character("a")], to: &state)
        XCTAssertNil(state.site(DemoSite.id)?.archivedAt)
        // Deleting asks for the name; a wrong name keeps the form, the right one moves the site to the trash.
        fixture.send([.home, .character("x")], to: &state)
        fixture.type("Northgate", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(state.prompt?.problem?.en.contains("does not match") == true)
        fixture.send(Array(repeating: Key.backspace, count: 9), to: &state)
        fixture.type(state.site(DemoSite.id)?.profile.name ?? "", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [.trashSite(DemoSite.id)])
        AppUpdate.siteTrashed(&state, siteID: DemoSite.id, error: nil)
        XCTAssertNil(state.site(DemoSite.id))
    }

    func testTwoSitesWithTheSameNameAreRefusedInTheForm() {
        var state = demoState()
        fixture.send([.character("N")], to: &state)
        fixture.type("  northgate bottling — LINE 3 filler   installation ", into: &state)
        let problems = SiteFormScreen.visibleProblems(
            { if case .siteForm(let form) = state.screen { form } else { SiteFormState(siteID: nil, draft: SiteDraft()) } }(),
            taken: state.sites.map(\.profile.name))
        XCTAssertEqual(problems[.name], .nameTaken)
    }
}
