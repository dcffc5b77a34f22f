import OnsiteCore
@testable import OnsiteUI
import SnapshotTesting
import XCTest

/// Every screen as text at 80×24, in English and Chinese. Snapshots live in __Snapshots__.
final class ScreenSnapshotTests: XCTestCase {
    let fixture = Fixture()

    private func both(_ build: (Language) -> AppState, testName: String = #function) {
        for language in Language.allCases {
            assertScreen(build(language), named: language.rawValue, testName: testName)
        }
    }

    /// The demo site with its worked days, at its home.
    private func demoWithDays(_ language: Language) -> AppState {
        var state = fixture.state(language)
        let (site, days) = DemoSite.makeWithDays(standard: fixture.standard, clock: fixture.clock, ids: fixture.ids, language: language, signer: fixture.signer)
        state.store(site)
        days.forEach { state.store($0) }
        state.stack.append(.home(siteID: site.id, ListPosition()))
        return state
    }

    func testHomeOfTheDemoInFullSwing() {
        both { demoWithDays($0) }
    }

    func testDaysList() {
        both { language in
            var state = demoWithDays(language)
            fixture.send([.character("D")], to: &state)
            return state
        }
    }

    func testASignedDay() {
        both { language in
            var state = demoWithDays(language)
            fixture.send([.character("D"), .enter], to: &state)
            return state
        }
    }

    func testTodayNotStarted() {
        both { language in
            var state = demoWithDays(language)
            fixture.send([.character("T")], to: &state)
            return state
        }
    }

    func testWelcomeFirstRun() {
        both { fixture.state($0) }
    }

    func testWelcomeWithTheDemoSite() {
        both { fixture.state($0, demo: true) }
    }

    func testNewSiteFormWithProblems() {
        both { language in
            var state = fixture.state(language)
            fixture.send([.character("N")], to: &state)
            fixture.type(language == .english ? "Line 3 filler" : "三号线灌装机", into: &state)
            fixture.send([.tab], to: &state)
            fixture.send(Array(repeating: .tab, count: 4), to: &state)
            fixture.type("2026-13-01", into: &state)
            fixture.send([.control("s")], to: &state)
            return state
        }
    }

    func testHomeOfTheDemoSite() {
        both { language in
            var state = fixture.state(language, demo: true)
            fixture.send([.enter], to: &state)
            return state
        }
    }

    func testArrivalChecklist() {
        both { language in
            var state = fixture.state(language, demo: true)
            fixture.send([.enter, .character("A"), .down, .down], to: &state)
            return state
        }
    }

    func testArrivalItemRelayToCrew() {
        both { language in
            var state = fixture.state(language, demo: true)
            let index = fixture.standard.arrivalItems.firstIndex { $0.id == "client-rules-relayed" }!
            fixture.send([.enter, .character("A")] + Array(repeating: .down, count: index) + [.enter], to: &state)
            return state
        }
    }

    func testSiteRules() {
        both { language in
            var state = fixture.state(language, demo: true)
            fixture.send([.enter, .character("R")], to: &state)
            return state
        }
    }

    func testHelp() {
        both { language in
            var state = fixture.state(language, demo: true)
            fixture.send([.enter, .character("A"), .character("?")], to: &state)
            return state
        }
    }

    func testTerminalTooSmall() {
        both { fixture.state($0, width: 20, height: 6) }
    }
}
