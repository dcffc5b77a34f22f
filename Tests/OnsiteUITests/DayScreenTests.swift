import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

final class DayScreenTests: XCTestCase {
    let fixture = Fixture()

    /// The demo site with its worked days, at its home screen.
    private func demoWithDays(_ language: Language = .english) -> AppState {
        var state = fixture.state(language)
        let (site, days) = DemoSite.makeWithDays(standard: fixture.standard, clock: fixture.clock, ids: fixture.ids, language: language, signer: fixture.signer)
        state.store(site)
        days.forEach { state.store($0) }
        state.stack.append(.home(siteID: site.id, ListPosition()))
        return state
    }

    func testTodayOpensTheDayAndEnterStartsItWithASave() throws {
        var state = fixture.state(.english, demo: true)
        fixture.send([.enter, .character("T")], to: &state)
        XCTAssertEqual(state.screen, .day(siteID: DemoSite.id, date: state.today, ListPosition()))
        XCTAssertTrue(AppView.render(state).contains("No record for this day yet"))
        let effects = fixture.send([.enter], to: &state)
        let day = try XCTUnwrap(state.day(DemoSite.id, state.today))
        XCTAssertEqual(effects, [.saveDay(state.site(DemoSite.id)!, day)])
        XCTAssertEqual(state.site(DemoSite.id)?.days.map(\.date), [state.today])
        XCTAssertTrue(AppView.render(state).contains("Next: Hold the morning briefing"))
    }

    func testDepartureBeforeTheSignOffIsRefusedWithTheReason() {
        var state = fixture.state(.english, demo: true)
        fixture.send([.enter, .character("T"), .enter, .end], to: &state)
        let effects = fixture.send([.enter], to: &state)
        XCTAssertEqual(effects, [])
        XCTAssertNil(state.day(DemoSite.id, state.today)?.departedAt)
        XCTAssertEqual(state.message?.kind, .error)
        XCTAssertTrue(state.message!.text.en.contains("Nobody leaves without the client's consent"), state.message!.text.en)
    }

    func testADayCannotStartBeforeTheLatestDayWhenTheClockWentBack() {
        var state = demoWithDays()
        // The clock was set back a week: "today" is before the days already worked.
        fixture.clock.advance(by: -7 * 86_400)
        fixture.send([.character("T")], to: &state)
        let effects = fixture.send([.enter], to: &state)
        XCTAssertEqual(effects, [])
        XCTAssertTrue(state.message!.text.en.contains("Check the laptop's clock"), state.message!.text.en)
        XCTAssertEqual(state.site(DemoSite.id)?.days.count, DemoSite.workedDays)
    }

    func testTheDaysListShowsEveryDayNewestFirstWithItsState() {
        var state = demoWithDays()
        fixture.send([.character("D")], to: &state)
        let screen = AppView.render(state)
        XCTAssertTrue(screen.contains("4 days · 3 signed · 1 closed without signature"), screen.text)
        let yesterday = state.today.adding(days: -1).isoText
        let twoDaysAgo = state.today.adding(days: -2).isoText
        XCTAssertTrue(screen.contains("\(yesterday)  signed"))
        XCTAssertTrue(screen.contains("\(twoDaysAgo)  closed without signature"))
        fixture.send([.down, .enter], to: &state)
        XCTAssertEqual(state.screen.dayDate, state.today.adding(days: -2))
        XCTAssertTrue(AppView.render(state).contains("closed without signature · consent: Mark"), AppView.render(state).text)
    }

    func testHomeFlagsTheOverdueProblemTheUnsignedDayAndTheOpenBorrowing() {
        let screen = AppView.render(demoWithDays())
        XCTAssertTrue(screen.contains("⚠ 1 problem(s) overdue: CIP return valve leaks"), screen.text)
        XCTAssertTrue(screen.contains("Closed without signature: \(fixture.state().today.adding(days: -2).isoText)"))
        XCTAssertTrue(screen.contains("Borrowed, not returned: Pallet jack"))
    }

    func testASignedDayTakesAnAmendmentWithAReasonAndKeepsTheOriginal() throws {
        var state = demoWithDays()
        let yesterday = state.today.adding(days: -1)
        state.stack.append(.day(siteID: DemoSite.id, date: yesterday, ListPosition()))
        let signedHash = try XCTUnwrap(state.day(DemoSite.id, yesterday)?.signOff?.recordHash)
        fixture.send([.character("m")], to: &state)
        XCTAssertNotNil(state.prompt)
        fixture.type("Side B valves were fully fitted, not half", into: &state)
        fixture.send([.enter], to: &state)
        XCTAssertNotNil(state.prompt?.problem, "an amendment without a reason is refused and the text kept")
        XCTAssertEqual(state.prompt?.fields.first?.text, "Side B valves were fully fitted, not half")
        fixture.send([.tab], to: &state)
        fixture.type("Counted again with the client", into: &state)
        let effects = fixture.send([.enter], to: &state)
        XCTAssertNil(state.prompt)
        let day = try XCTUnwrap(state.day(DemoSite.id, yesterday))
        XCTAssertEqual(day.amendments.count, 1)
        XCTAssertEqual(day.signOff?.recordHash, signedHash, "the signed record is not changed by an amendment")
        XCTAssertEqual(effects, [.saveDay(state.site(DemoSite.id)!, day)])
        XCTAssertTrue(AppView.render(state).contains("Side B valves were fully fitted, not half — reason:"), AppView.render(state).text)
    }

    func testAmendingAnOpenDayIsRefusedWithTheReason() {
        var state = fixture.state(.english, demo: true)
        fixture.send([.enter, .character("T"), .enter, .character("m")], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertTrue(state.message!.text.en.contains("still open"))
    }

    func testSiteRulesSearchFiltersInEitherLanguageAndEscClears() {
        var state = fixture.state(.english, demo: true)
        fixture.send([.enter, .character("R"), .character("/")], to: &state)
        fixture.type("吸烟", into: &state)
        fixture.send([.enter], to: &state)
        var screen = AppView.render(state)
        XCTAssertTrue(screen.contains("search: 吸烟"), screen.text)
        XCTAssertTrue(screen.contains("Civil behaviour"))
        XCTAssertFalse(screen.contains("Dress and appearance"))
        fixture.send([.character("/")], to: &state)
        fixture.send(Array(repeating: .backspace, count: 2), to: &state)
        fixture.type("zzzz", into: &state)
        fixture.send([.enter], to: &state)
        XCTAssertTrue(AppView.render(state).contains("No rule contains \"zzzz\""))
        fixture.send([.escape], to: &state)
        screen = AppView.render(state)
        XCTAssertTrue(screen.contains("Dress and appearance"))
        XCTAssertEqual(state.screen.kind, .siteRules, "the first Esc clears the search, the second goes back")
    }

    func testTheDayScreenInChineseLinesUp() {
        var state = demoWithDays(.chinese)
        fixture.send([.character("D"), .enter], to: &state)
        let screen = AppView.render(state)
        XCTAssertTrue(screen.contains("班前会"), screen.text)
        XCTAssertTrue(screen.contains("客户已签字"))
    }
}

extension DayScreenTests {
    func testAClickSelectsADayAndASecondClickOpensIt() {
        var state = demoWithDaysForClicks()
        fixture.send([.character("D")], to: &state)
        let row = 1 + DaysScreen.listTop + 2
        let click = MouseEvent(kind: .press, column: 10, row: row)
        _ = AppUpdate.update(&state, .mouse(click), fixture.environment)
        XCTAssertEqual(state.screen, .days(siteID: DemoSite.id, ListPosition(selection: 2)))
        _ = AppUpdate.update(&state, .mouse(click), fixture.environment)
        XCTAssertEqual(state.screen.dayDate, state.today.adding(days: -3))
    }

    func testOnlyTodayCanBeStartedFromAnUnworkedDate() {
        var state = demoWithDaysForClicks()
        state.stack.append(.day(siteID: DemoSite.id, date: state.today.adding(days: 3), ListPosition()))
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(state.message!.text.en.contains("Only today can be started"), state.message!.text.en)
        XCTAssertEqual(state.site(DemoSite.id)?.days.count, DemoSite.workedDays)
    }

    private func demoWithDaysForClicks() -> AppState {
        var state = fixture.state(.english)
        let (site, days) = DemoSite.makeWithDays(standard: fixture.standard, clock: fixture.clock, ids: fixture.ids, language: .english, signer: fixture.signer)
        state.store(site)
        days.forEach { state.store($0) }
        state.stack.append(.home(siteID: site.id, ListPosition()))
        return state
    }
}
