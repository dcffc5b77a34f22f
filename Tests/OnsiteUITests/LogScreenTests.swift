import OnsiteCore
@testable import OnsiteUI
import XCTest

/// The day's log: adding, editing, removing, refusals that keep what was typed, long and hostile text.
final class LogScreenTests: XCTestCase {
    let fixture = Fixture()

    /// Today's log, opened from the day screen.
    private func log(_ language: Language = .english, width: Int = 80, height: Int = 24) -> AppState {
        var state = fixture.startedDay(language, width: width, height: height)
        fixture.openPart(.log, in: &state)
        return state
    }

    private func day(_ state: AppState) -> WorkDay { state.day(fixture.siteID(state), fixture.today)! }

    func testOpensFromTheDayScreen() {
        let state = log()
        XCTAssertEqual(state.screen.kind, .log)
        XCTAssertTrue(AppView.render(state).contains("Nothing logged yet"))
    }

    func testAddsProgressAndASpecialSituation() {
        var state = log()
        fixture.send([.character("a")], to: &state)
        fixture.type("Poured the slab", into: &state)
        let saved = fixture.send([.enter], to: &state)
        XCTAssertEqual(saved.count, 1)
        guard case .saveDay(let site, let savedDay) = saved.first else { return XCTFail("no save") }
        XCTAssertEqual(savedDay.log.map(\.text), ["Poured the slab"])
        XCTAssertEqual(site.daySummary(fixture.today)?.entries, 1)
        fixture.clock.advance(by: 600)
        fixture.send([.character("s")], to: &state)
        fixture.type("Visit by the fire inspector", into: &state)
        fixture.send([.enter], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(day(state).log.map(\.kind), [.progress, .situation])
        let grid = AppView.render(state)
        XCTAssertTrue(grid.contains("09:30 progress  Poured the slab"))
        XCTAssertTrue(grid.contains("09:40 situation Visit by the fire inspector"))
        XCTAssertTrue(grid.contains("2 entries · 1 special situation(s)"))
        // The newest is at the bottom and highlighted; its full text is under the list.
        XCTAssertTrue(grid.contains("09:40 · Special situation"))
    }

    func testAnEmptyEntryIsRefusedAndTheFormStays() {
        var state = log()
        fixture.send([.character("a")], to: &state)
        fixture.type("   ", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertNotNil(state.prompt?.problem)
        XCTAssertTrue(AppView.render(state).contains("Type what happened first"))
        XCTAssertTrue(day(state).log.isEmpty)
    }

    func testAClockThatWentBackwardsIsRefusedAndTheTextIsKept() {
        var state = log()
        fixture.send([.character("a")], to: &state)
        fixture.type("First entry", into: &state)
        fixture.send([.enter], to: &state)
        fixture.clock.advance(by: -3_600)
        fixture.send([.character("s")], to: &state)
        fixture.type("Water pipe burst in hall B", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertEqual(state.prompt?.fields.first?.text, "Water pipe burst in hall B")
        XCTAssertTrue(state.prompt?.problem?.en.contains("earlier than") == true)
        XCTAssertTrue(AppView.render(state).contains("The clock says 2026-11-23 08:30"))
        XCTAssertEqual(day(state).log.count, 1)
        // Once the clock is right again, the same text goes in.
        fixture.clock.advance(by: 3_700)
        XCTAssertEqual(fixture.send([.enter], to: &state).count, 1)
        XCTAssertEqual(day(state).log.last?.text, "Water pipe burst in hall B")
    }

    func testTenThousandCharactersAreSavedAndDrawnInTheFrame() {
        var state = log()
        let long = String(String(repeating: "Concrete pour continued along grid line C. ", count: 240).prefix(9_999)) + "."
        XCTAssertEqual(long.count, 10_000)
        fixture.send([.character("a")], to: &state)
        _ = AppUpdate.update(&state, .paste(long), fixture.environment)
        XCTAssertEqual(state.prompt?.fields.first?.text.count, 10_000)
        XCTAssertNotNil(AppView.render(state).cursor)
        XCTAssertEqual(fixture.send([.enter], to: &state).count, 1)
        XCTAssertEqual(day(state).log.first?.text.count, 10_000)
        let grid = AppView.render(state)
        XCTAssertTrue(grid.contains("more line(s)"))
        XCTAssertTrue(grid.contains("09:30 progress  Concrete pour continued"))
        for row in 0..<grid.height { XCTAssertEqual(TextWidth.cells(of: grid.rowText(row)), grid.width) }
        // Editing opens the whole text.
        fixture.send([.character("e")], to: &state)
        XCTAssertEqual(state.prompt?.fields.first?.text.count, 10_000)
    }

    func testPastedEscapeSequencesAreSanitisedWhenDrawn() {
        var state = log()
        fixture.send([.character("a")], to: &state)
        _ = AppUpdate.update(&state, .paste("Red \u{1B}[31malert\u{1B}[0m\u{7}\rdone"), fixture.environment)
        fixture.send([.enter], to: &state)
        XCTAssertFalse(day(state).log[0].text.contains("\u{1B}"))
        // A record written by another program, escape sequences and all, is still drawn safely.
        var hostile = day(state)
        hostile.log.append(LogEntry(id: "raw", kind: .situation, text: "Bell\u{7} and \u{1B}]0;title\u{7} and \u{202E}reversed", at: fixture.moment(minutes: 5)))
        state.store(hostile)
        let grid = AppView.render(state)
        for row in 0..<grid.height {
            let text = grid.rowText(row)
            XCTAssertFalse(text.unicodeScalars.contains { TextSanitizer.isUnsafe($0) }, "row \(row): \(text.debugDescription)")
        }
        XCTAssertTrue(grid.contains("Bell\u{FFFD} and \u{FFFD}]0;title"))
    }

    func testEditsAndRemovesAnEntry() {
        var state = log()
        fixture.send([.character("a")], to: &state)
        fixture.type("Fixed bracket", into: &state)
        fixture.send([.enter, .character("e")], to: &state)
        XCTAssertEqual(state.prompt?.fields.first?.text, "Fixed bracket")
        fixture.type("s on wall A", into: &state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(day(state).log.first?.text, "Fixed brackets on wall A")
        XCTAssertEqual(day(state).log.first?.at, fixture.moment())
        // An edit cannot empty the entry.
        fixture.send([.character("e"), .control("u"), .enter], to: &state)
        XCTAssertTrue(state.prompt?.problem?.en.contains("remove it") == true)
        fixture.send([.escape, .character("x")], to: &state)
        XCTAssertTrue(AppView.render(state).contains("Remove the log entry of 09:30?"))
        fixture.send([.character("n")], to: &state)
        XCTAssertEqual(day(state).log.count, 1)
        fixture.send([.delete, .character("y")], to: &state)
        XCTAssertTrue(day(state).log.isEmpty)
    }

    func testAClosedDayRefusesWithTheReasonBeforeAnythingIsTyped() {
        var state = log()
        fixture.send([.character("a")], to: &state)
        fixture.type("Last entry", into: &state)
        fixture.send([.enter], to: &state)
        fixture.sign(fixture.today, in: &state)
        for key: Key in [.character("a"), .character("s"), .character("e"), .character("x")] {
            state.message = nil
            XCTAssertEqual(fixture.send([key], to: &state), [])
            XCTAssertNil(state.prompt)
            XCTAssertEqual(state.message?.kind, .error)
            XCTAssertTrue(state.message?.text.en.contains("cannot be changed") == true)
        }
        XCTAssertTrue(AppView.render(state).contains("Closed: the log stays as signed"))
    }

    func testArrowsMoveFromTheNewestTowardsTheOldest() {
        var state = log()
        for (index, text) in ["one", "two", "three"].enumerated() {
            fixture.clock.advance(by: TimeInterval(60 * index))
            fixture.send([.character("a")], to: &state)
            fixture.type(text, into: &state)
            fixture.send([.enter], to: &state)
        }
        XCTAssertEqual(LogScreen.selected(day(state), position(state))?.text, "three")
        fixture.send([.up, .up], to: &state)
        XCTAssertEqual(LogScreen.selected(day(state), position(state))?.text, "one")
        fixture.send([.end], to: &state)
        XCTAssertEqual(LogScreen.selected(day(state), position(state))?.text, "three")
        // A click on a row selects it; a click on the selected row opens it.
        let row = (0..<24).first { AppView.render(state).rowText($0).contains(" one") }!
        _ = AppUpdate.update(&state, .mouse(MouseEvent(kind: .press, column: 10, row: row)), fixture.environment)
        XCTAssertEqual(LogScreen.selected(day(state), position(state))?.text, "one")
        _ = AppUpdate.update(&state, .mouse(MouseEvent(kind: .press, column: 10, row: row)), fixture.environment)
        XCTAssertEqual(state.prompt?.fields.first?.text, "one")
    }

    func testChineseEntriesAndTheSmallestTerminal() {
        var state = log(.chinese, width: 56, height: 16)
        fixture.send([.character("s")], to: &state)
        fixture.type("客户通知下午停电,改为整理材料", into: &state)
        fixture.send([.enter], to: &state)
        let grid = AppView.render(state)
        XCTAssertTrue(grid.contains("特殊状况 客户通知下午停电"))
        XCTAssertTrue(grid.contains("工作记录 · 2026-11-23"))
        for row in 0..<grid.height { XCTAssertEqual(TextWidth.cells(of: grid.rowText(row)), 56) }
    }

    func testEscapeGoesBackToTheDay() {
        var state = log()
        fixture.send([.escape], to: &state)
        XCTAssertEqual(state.screen.kind, .day)
    }

    private func position(_ state: AppState) -> ListPosition {
        guard case .log(_, _, let position) = state.screen else { return ListPosition() }
        return position
    }
}
