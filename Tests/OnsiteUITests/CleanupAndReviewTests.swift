import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

final class CleanupAndReviewTests: XCTestCase {
    let fixture = Fixture()

    private func cleanupState(_ language: Language = .english) -> AppState {
        var state = fixture.dayState(language)
        fixture.open(.cleanup(siteID: DemoSite.id, date: state.today, ListPosition()), &state)
        return state
    }

    private func reviewState(_ language: Language = .english) -> AppState {
        var state = fixture.dayState(language)
        fixture.open(.review(siteID: DemoSite.id, date: state.today, ListPosition()), &state)
        return state
    }

    // MARK: Cleanup

    func testSpaceMarksTheItemInspectedByTheCrewLeaderAndAgainReopensIt() {
        var state = cleanupState()
        XCTAssertTrue(AppView.render(state).contains("0/5 inspected"))
        XCTAssertTrue(AppView.render(state).contains("Every tool back in its case"), "the selected item's help is shown")
        var effects = fixture.send([.character(" ")], to: &state)
        var record = fixture.today(state).cleanupRecord("tools")
        XCTAssertEqual(record.state, .done)
        XCTAssertEqual(record.by, "Tom Baker")
        XCTAssertEqual(record.at?.clockTime, "09:30")
        XCTAssertEqual(effects, [.saveDay(state.site(DemoSite.id)!, fixture.today(state))])
        let screen = AppView.render(state)
        XCTAssertTrue(screen.contains("1/5 inspected"))
        XCTAssertTrue(screen.contains("Inspected — Tom Baker, 2026-11-23 09:30"))
        effects = fixture.send([.character(" ")], to: &state)
        record = fixture.today(state).cleanupRecord("tools")
        XCTAssertEqual(record.state, .open)
        XCTAssertEqual(effects.count, 1)
    }

    func testNotApplicableNeedsAReason() {
        var state = cleanupState()
        fixture.send([.down, .down, .down, .character("n")], to: &state)
        XCTAssertEqual(state.prompt?.purpose, .endOfDay(.cleanupNotApplicable(date: state.today, itemID: "power")))
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertEqual(state.prompt?.problem?.en, "Please type something first.")
        fixture.type("No power or gas used today", into: &state)
        let effects = fixture.send([.enter], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(effects.count, 1)
        let record = fixture.today(state).cleanupRecord("power")
        XCTAssertEqual(record.state, .notApplicable)
        XCTAssertEqual(record.reason, "No power or gas used today")
        XCTAssertEqual(record.by, "Tom Baker")
        XCTAssertTrue(AppView.render(state).contains("Not applicable today: No power or gas used today"))
    }

    func testAClosedDaysCleanupIsReadOnly() {
        var state = fixture.dayState()
        fixture.inspectAll(&state)
        let env = fixture.environment
        _ = AppUpdate.changeDay(DemoSite.id, state.today, &state) { day, _ in
            try day.closeWithoutSignature(consentedBy: "Mark Hughes", channel: .phone, consentTime: "17:00", reason: "Away",
                                          at: env.now, cleanupItems: Fixture.cleanupItems.map(\.id))
        }
        fixture.open(.cleanup(siteID: DemoSite.id, date: state.today, ListPosition()), &state)
        let before = fixture.today(state)
        XCTAssertEqual(fixture.send([.character(" ")], to: &state), [])
        XCTAssertEqual(state.message?.kind, .error)
        fixture.send([.character("n")], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(fixture.today(state), before)
        XCTAssertTrue(AppView.render(state).contains("The day is closed"))
    }

    func testAClickSelectsACleanupRowAndASecondClickInspectsIt() {
        var state = cleanupState()
        let row = 1 + CleanupScreen.listTop + 2
        fixture.mouse([MouseEvent(kind: .press, column: 10, row: row)], to: &state)
        guard case .cleanup(_, _, let position) = state.screen else { return XCTFail() }
        XCTAssertEqual(position.selection, 2)
        fixture.mouse([MouseEvent(kind: .press, column: 10, row: row)], to: &state)
        XCTAssertEqual(fixture.today(state).cleanupRecord("floor").state, .done)
    }

    // MARK: Review

    /// A day with something in every section: log entries, a new and an overdue problem, extra work, a borrowing.
    private func fill(_ state: inout AppState) {
        let env = fixture.environment
        let date = state.today
        _ = AppUpdate.changeDay(DemoSite.id, date, &state) { day, site in
            try day.addLogEntry(.progress, text: "Frame of the filler set on its feet and levelled", id: "l1", at: env.now)
            try day.addLogEntry(.situation, text: "Forklift not available until 14:00; crew moved to cable trays", id: "l2", at: env.now)
            try site.addProblem("Floor anchor holes hit rebar at two points", severity: .high, day: date, id: "p1", at: env.now, owner: "Tom Baker")
            try site.addProblem("Old drain under the filler leaks", severity: .medium, day: date.adding(days: -10), id: "p2", at: env.now)
            try site.addExtraWork("Move the client's wash basin 2 m to the left", quantity: "3 h", requestedBy: "Mark Hughes", day: date, id: "e1", at: env.now)
            try site.borrow("Pallet truck", from: "Lucy Grant", condition: "good, no damage", id: "b1", at: env.now)
        }
    }

    func testTheReviewShowsEverySectionWithNewAndOverdueProblems() {
        var state = reviewState()
        fill(&state)
        var seen = AppView.render(state).text
        fixture.send([.end], to: &state)
        seen += AppView.render(state).text
        for text in ["The day's progress", "09:30  Frame of the filler", "Situation: Forklift", "Problems: open, and found this day",
                     "NEW [high] Floor anchor holes", "[medium] Old drain", "OVERDUE: follow-up was due 2026-11-16",
                     "Extra work of the day", "awaiting the client's signature", "Borrowed from the client", "Pallet truck · from Lucy Grant",
                     "Schedule changes (a adds, x removes)", "No planned date moved."] {
            XCTAssertTrue(seen.contains(text), text)
        }
        XCTAssertTrue(AppView.render(state).contains("problem(s) overdue") || seen.contains("problem(s) overdue"))
    }

    func testAScheduleChangeWithABadDateIsRefusedAndTheFieldsKept() {
        var state = reviewState()
        fixture.send([.character("a")], to: &state)
        XCTAssertEqual(state.prompt?.fields.count, 4)
        fixture.type("Commissioning", into: &state)
        fixture.send([.tab], to: &state)
        fixture.type("2026-12-01", into: &state)
        fixture.send([.tab], to: &state)
        fixture.type("2026-12-32", into: &state)
        fixture.send([.tab], to: &state)
        fixture.type("Spare parts come with the second delivery", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertEqual(state.prompt?.problem?.en, "\"2026-12-32\" is not a date: use YYYY-MM-DD.")
        XCTAssertEqual(state.prompt?.fields.map(\.text), ["Commissioning", "2026-12-01", "2026-12-32", "Spare parts come with the second delivery"])
        XCTAssertTrue(fixture.today(state).scheduleChanges.isEmpty)
        fixture.send([.backTab, .backspace, .backspace], to: &state)
        fixture.type("05", into: &state)
        let effects = fixture.send([.enter], to: &state)
        XCTAssertNil(state.prompt)
        let change = fixture.today(state).scheduleChanges.first
        XCTAssertEqual(change?.newDate.isoText, "2026-12-05")
        XCTAssertEqual(effects, [.saveDay(state.site(DemoSite.id)!, fixture.today(state))])
        XCTAssertTrue(AppView.render(state).contains("Commissioning: 2026-12-01 → 2026-12-05 · reason: Spare parts"), AppView.render(state).text)
    }

    func testTheSelectedScheduleChangeIsRemovedWhileTheDayIsOpen() {
        var state = reviewState()
        fill(&state)
        let date = state.today
        _ = AppUpdate.changeDay(DemoSite.id, date, &state) { day, _ in
            try day.addScheduleChange(milestone: "Handover", planned: "2026-12-10", new: "2026-12-12", reason: "Client's holiday", id: "s1")
        }
        fixture.send([.character("x")], to: &state)
        XCTAssertEqual(fixture.today(state).scheduleChanges.count, 1, "x on a log entry removes nothing")
        fixture.send([.end], to: &state)
        let effects = fixture.send([.character("x")], to: &state)
        XCTAssertEqual(effects.count, 1)
        XCTAssertTrue(fixture.today(state).scheduleChanges.isEmpty)
        XCTAssertEqual(state.message?.text.en, "Schedule change removed: Handover.")
    }

    func testTheReviewScrollsToKeepTheSelectionOnScreen() {
        var state = reviewState()
        let env = fixture.environment
        _ = AppUpdate.changeDay(DemoSite.id, state.today, &state) { day, _ in
            for index in 1...30 { try day.addLogEntry(.progress, text: "Step \(index) of the installation", id: "l\(index)", at: env.now) }
            try day.addScheduleChange(milestone: "Handover", planned: "2026-12-10", new: "2026-12-12", reason: "Client's holiday", id: "s1")
        }
        XCTAssertFalse(AppView.render(state).contains("Step 25 "))
        fixture.send(Array(repeating: .down, count: 24), to: &state)
        XCTAssertTrue(AppView.render(state).contains("Step 25 "))
        guard case .review(_, _, let position) = state.screen else { return XCTFail() }
        XCTAssertEqual(position.selection, 24)
        XCTAssertGreaterThan(position.scroll, 0)
        fixture.send([.tab], to: &state)
        XCTAssertTrue(AppView.render(state).contains("Schedule changes"))
        XCTAssertTrue(AppView.render(state).contains("Handover: 2026-12-10"))
        fixture.send([.tab], to: &state)
        guard case .review(_, _, let wrapped) = state.screen else { return XCTFail() }
        XCTAssertEqual(wrapped.selection, 0, "Tab wraps round to the first section")
        fixture.send([.home], to: &state)
        XCTAssertTrue(AppView.render(state).contains("The day's progress"))
        fixture.send([.pageDown, .pageDown], to: &state)
        guard case .review(_, _, let paged) = state.screen else { return XCTFail() }
        XCTAssertGreaterThan(paged.selection, 0)
    }

    func testLongAndUntrustedTextIsWrappedAndCleaned() {
        var state = reviewState(.chinese)
        let env = fixture.environment
        _ = AppUpdate.changeDay(DemoSite.id, state.today, &state) { day, _ in
            try day.addLogEntry(.progress, text: String(repeating: "安装输送带支架", count: 1_400), id: "l1", at: env.now)
            try day.addLogEntry(.progress, text: "clear\u{1B}[2Jscreen", id: "l2", at: env.now)
        }
        let grid = AppView.render(state)
        for row in 0..<grid.height { XCTAssertEqual(TextWidth.cells(of: grid.rowText(row)), grid.width) }
        XCTAssertFalse(grid.text.unicodeScalars.contains { $0.value == 0x1B })
        fixture.send([.down], to: &state)
        XCTAssertTrue(AppView.render(state).contains("clear\u{FFFD}[2Jscreen"))
    }

    func testAClosedDayRefusesNewScheduleChanges() {
        var state = fixture.dayState()
        fixture.inspectAll(&state)
        let env = fixture.environment
        _ = AppUpdate.changeDay(DemoSite.id, state.today, &state) { day, _ in
            try day.closeWithoutSignature(consentedBy: "Mark Hughes", channel: .inPerson, consentTime: "17:00", reason: "Away",
                                          at: env.now, cleanupItems: Fixture.cleanupItems.map(\.id))
        }
        fixture.open(.review(siteID: DemoSite.id, date: state.today, ListPosition()), &state)
        fixture.send([.character("a")], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.message?.kind, .error)
    }
}
