import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

/// The record to sign and the dashboard as text at 80×24 in English and Chinese, at 20×6, and at every size in between.
final class GlanceSnapshotTests: XCTestCase {
    let fixture = Fixture()

    /// Both demo sites created through the welcome screen, the given one's home open.
    private func demo(_ language: Language, _ siteID: String = DemoSite.id) -> AppState {
        var state = fixture.state(language)
        fixture.send([.character("D"), .escape], to: &state)
        state.stack = [.welcome(ListPosition()), .home(siteID: siteID, ListPosition())]
        return state
    }

    private func preview(_ language: Language) -> AppState {
        fixture.clock.set(fixture.date(hour: 17, minute: 5))
        var state = fixture.filledDay(language)
        state.stack.append(.day(siteID: DemoSite.id, date: state.today, ListPosition(selection: DayScreen.Entry.allCases.firstIndex(of: .signOff)!)))
        fixture.send([.enter], to: &state)
        return state
    }

    func testThePreview() {
        for language in Language.allCases {
            var state = preview(language)
            assertScreen(state, named: "top-" + language.rawValue)
            fixture.send([.end], to: &state)
            assertScreen(state, named: "end-" + language.rawValue)
        }
    }

    func testTheDashboardOfTheDemoInFullSwing() {
        for language in Language.allCases {
            var state = demo(language)
            fixture.send([.character("O")], to: &state)
            XCTAssertEqual(state.screen.kind, .dashboard)
            assertScreen(state, named: language.rawValue)
        }
    }

    func testTheDashboardOfTheClosedDemoWithItsSurvey() {
        for language in Language.allCases {
            var state = demo(language, DemoSite.closedID)
            fixture.send([.character("O")], to: &state)
            let grid = AppView.render(state)
            XCTAssertTrue(grid.contains(language == .english ? "level" : "级"), grid.text)
            assertScreen(state, named: language.rawValue)
        }
    }

    /// On the Linux console (no Unicode lines) and without colour, each kind of day keeps its own character.
    func testTheDashboardInASCII() {
        var state = demo(.english)
        state.unicodeLines = false
        fixture.send([.character("O")], to: &state)
        let grid = AppView.render(state)
        XCTAssertTrue(grid.contains("+ signed") && grid.contains("! without signature") && grid.contains("o not signed") && grid.contains(". no work"), grid.text)
        assertScreen(state, named: "ascii")
    }

    func testTheDashboardOfAThreeYearSite() {
        var state = fixture.longSiteState()
        assertScreen(state, named: "latest")
        XCTAssertTrue(AppView.render(state).contains("earlier weeks (PgUp)"))
        fixture.send([.pageUp, .pageUp], to: &state)
        assertScreen(state, named: "two-pages-back")
        fixture.send([.home], to: &state)
        XCTAssertTrue(AppView.render(state).contains("later (PgDn)"))
        XCTAssertFalse(AppView.render(state).contains("earlier weeks"))
        fixture.send([.end], to: &state)
        guard case .dashboard(_, let position) = state.screen else { return XCTFail() }
        XCTAssertEqual(position.weeksBack, 0)
    }

    /// A frame of the dashboard of a three-year site only draws: the sums were made when it opened.
    func testADashboardFrameOfAThreeYearSiteIsQuick() {
        let state = fixture.longSiteState(width: 100, height: 30)
        _ = AppView.render(state)
        let frames = 200
        let start = Date()
        for _ in 0..<frames { _ = AppView.render(state) }
        let perFrame = Date().timeIntervalSince(start) / Double(frames)
        // A debug build on a shared machine: the budget here is loose; the release build is far below a millisecond.
        XCTAssertLessThan(perFrame, 0.005, "a frame took \(perFrame * 1000) ms")
    }

    func testAtTwentyBySix() {
        for language in Language.allCases {
            var dashboard = demo(language)
            fixture.send([.character("O")], to: &dashboard)
            var signing = preview(language)
            for index in [0, 1] {
                var state = index == 0 ? dashboard : signing
                _ = AppUpdate.update(&state, .resize(width: 20, height: 6), fixture.environment)
                fixture.send([.pageDown, .down, .end, .home], to: &state)
                assertScreen(state, named: (index == 0 ? "dashboard-" : "preview-") + language.rawValue)
                _ = AppUpdate.update(&state, .resize(width: 80, height: 24), fixture.environment)
                XCTAssertEqual(state.screen.kind, index == 0 ? .dashboard : .signPreview)
                if index == 0 { dashboard = state } else { signing = state }
            }
        }
    }

    /// Below the width for two columns: the calendar, the problems, then as much of the survey as fits.
    func testNarrowLayouts() {
        var closed = demo(.english, DemoSite.closedID)
        fixture.send([.character("O")], to: &closed)
        _ = AppUpdate.update(&closed, .resize(width: 56, height: 16), fixture.environment)
        assertScreen(closed, named: "closed-56x16")
        var long = fixture.longSiteState(.chinese)
        _ = AppUpdate.update(&long, .resize(width: 64, height: 30), fixture.environment)
        assertScreen(long, named: "long-64x30-zh")
        var preview = preview(.english)
        _ = AppUpdate.update(&preview, .resize(width: 56, height: 16), fixture.environment)
        assertScreen(preview, named: "preview-56x16")
    }

    /// Every size from too small to large: each row exactly the terminal's width, keys still handled.
    func testEverySize() {
        let sizes = [(20, 6), (40, 12), (56, 16), (57, 17), (70, 20), (79, 24), (80, 24), (100, 30), (132, 43), (60, 60)]
        for language in Language.allCases {
            var dashboard = demo(language)
            fixture.send([.character("O")], to: &dashboard)
            var closed = demo(language, DemoSite.closedID)
            fixture.send([.character("O")], to: &closed)
            for base in [dashboard, closed, preview(language), fixture.longSiteState(language)] {
                for (width, height) in sizes {
                    var state = base
                    _ = AppUpdate.update(&state, .resize(width: width, height: height), fixture.environment)
                    for key in [Key.end, .pageUp, .down, .down, .home, .pageDown, .up] {
                        fixture.send([key], to: &state)
                        let grid = AppView.render(state)
                        for row in 0..<grid.height {
                            XCTAssertEqual(TextWidth.cells(of: grid.rowText(row)), width, "\(state.screen.kind) \(language) \(width)×\(height) row \(row) after \(key)")
                        }
                    }
                }
            }
        }
    }
}
