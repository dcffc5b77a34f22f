import OnsiteCore
@testable import OnsiteUI
import XCTest

/// The problems register and one problem: adding, deadlines, reports, status order, edits refused on signed days.
final class ProblemScreenTests: XCTestCase {
    let fixture = Fixture()

    private func problems(_ language: Language = .english) -> AppState {
        var state = fixture.startedDay(language)
        fixture.openPart(.problems, in: &state)
        return state
    }

    private func busyProblems(_ language: Language = .english) -> AppState {
        var state = fixture.busySite(language)
        fixture.openPart(.problems, in: &state)
        return state
    }

    private func site(_ state: AppState) -> Site { state.site(fixture.siteID(state))! }

    private func problem(_ id: String, _ state: AppState) -> Problem { site(state).registers.problems.first { $0.id == id }! }

    /// The style of the first cell of `text` on screen.
    private func role(of text: String, in grid: Grid) -> StyleRole? {
        for row in 0..<grid.height {
            var columns: [Int] = []
            var line = ""
            for column in 0..<grid.width where !grid[column, row].isContinuation {
                columns.append(column)
                line += grid[column, row].text
            }
            guard let range = line.range(of: text) else { continue }
            return grid[columns[line.distance(from: line.startIndex, to: range.lowerBound)], row].role
        }
        return nil
    }

    func testAddsAProblemWithSeverityNumberOrWord() {
        var state = problems()
        fixture.send([.character("a")], to: &state)
        fixture.type("Pump base is not level", into: &state)
        fixture.send([.tab, .control("u")], to: &state)
        fixture.type("3", into: &state)
        fixture.send([.tab], to: &state)
        fixture.type("Shim and re-grout", into: &state)
        fixture.send([.tab], to: &state)
        fixture.type("Wang", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state).count, 1)
        let added = site(state).registers.problems[0]
        XCTAssertEqual(added.severity, .high)
        XCTAssertEqual(added.day, fixture.today)
        XCTAssertEqual(added.owner, "Wang")
        XCTAssertEqual(added.proposedSolution, "Shim and re-grout")
        XCTAssertEqual([added.followUpDays, added.solveDays], [3, 7])
        let grid = AppView.render(state)
        XCTAssertTrue(grid.contains("high     open      11-23 Pump base is not"))
        XCTAssertTrue(grid.contains("Wang     follow-up by 11-26"))
        // The words work too, in either language.
        for (typed, severity) in [("critical", ProblemSeverity.critical), ("lo", .low), ("中", .medium), ("严重", .critical)] {
            XCTAssertEqual(RegisterWords.parseSeverity(typed), severity, typed)
        }
        XCTAssertNil(RegisterWords.parseSeverity("9"))
    }

    func testAProblemWithoutADescriptionIsRefusedAndNothingTypedIsLost() {
        var state = problems()
        fixture.send([.character("a"), .tab, .tab], to: &state)
        fixture.type("Replace the gasket", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(AppView.render(state).contains("Describe the problem first"))
        XCTAssertEqual(state.prompt?.fields.map(\.text), ["", "medium", "Replace the gasket", ""])
        // A severity that is not one of the four is refused with the choices.
        fixture.send([.backTab, .backTab], to: &state)
        fixture.type("Loose rail", into: &state)
        fixture.send([.tab, .control("u")], to: &state)
        fixture.type("urgent", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(state.prompt?.problem?.en.contains("1 low, 2 medium, 3 high, 4 critical") == true)
        XCTAssertTrue(site(state).registers.problems.isEmpty)
    }

    func testDeadlinesOfProblemsFoundFourAndEightDaysAgoAreFlaggedInTheErrorStyle() {
        var state = busyProblems()
        let old = problem("p-old", state), four = problem("p-four", state)
        XCTAssertEqual(old.overdue(on: fixture.today), [.followUp(fixture.today.adding(days: -5)), .solution(fixture.today.adding(days: -1))])
        XCTAssertEqual(four.overdue(on: fixture.today), [.followUp(fixture.today.adding(days: -1))])
        var grid = AppView.render(state)
        XCTAssertTrue(grid.contains("2 overdue"))
        XCTAssertTrue(grid.contains("OVERDUE since 11-18"))
        XCTAssertTrue(grid.contains("OVERDUE since 11-22"))
        fixture.send([.down], to: &state) // the unselected rows keep their colours
        grid = AppView.render(state)
        XCTAssertEqual(role(of: "OVERDUE since 11-18", in: grid), .error)
        XCTAssertEqual(role(of: "awaiting the client", in: grid), .accent)
        // The problem found 4 days ago: the follow-up is late, the solution is due in 3 days.
        fixture.send([.enter], to: &state)
        grid = AppView.render(state)
        XCTAssertEqual(role(of: "OVERDUE — due 2026-11-22 (3 days)", in: grid), .error)
        XCTAssertTrue(grid.contains("Solution          due 2026-11-26 (7 days)"))
        XCTAssertEqual(role(of: "due 2026-11-26", in: grid), .normal)
    }

    func testOpenProblemsComeFirstThenSolvedThenConfirmed() {
        let state = busyProblems()
        XCTAssertEqual(RegisterScreen.entries(.problems, site(state)).map(\.id), ["p-old", "p-four", "p-solved", "p-done"])
        let grid = AppView.render(state)
        let rows = ["Valve on line 3", "Switch cabinet", "Scratch on the", "Poor lighting"].map { text in (0..<grid.height).first { grid.rowText($0).contains(text) }! }
        XCTAssertEqual(rows, rows.sorted())
    }

    func testStatusGoesOpenSolvedConfirmedAndReopens() {
        var state = busyProblems()
        fixture.send([.down, .enter], to: &state)
        XCTAssertEqual(state.screen.kind, .problem)
        fixture.send([.character("s")], to: &state)
        XCTAssertEqual(problem("p-four", state).status, .solved)
        XCTAssertNotNil(problem("p-four", state).solvedAt)
        // Confirmation asks for the client's name; an empty one is refused.
        fixture.send([.character("s")], to: &state)
        XCTAssertEqual(state.prompt?.purpose, .register(.confirmProblem(id: "p-four")))
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(state.prompt?.problem?.en.contains("client's full name") == true)
        fixture.type("Ms Li", into: &state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(problem("p-four", state).status, .confirmed)
        XCTAssertEqual(problem("p-four", state).confirmedBy, "Ms Li")
        XCTAssertTrue(AppView.render(state).contains("confirmed by Ms Li"))
        fixture.send([.character("s")], to: &state)
        XCTAssertTrue(state.message?.text.en.contains("o reopens it") == true)
        // Reopening asks first; it clears the solution and the confirmation.
        fixture.send([.character("o")], to: &state)
        XCTAssertTrue(AppView.render(state).contains("Reopen this problem?"))
        fixture.send([.character("y")], to: &state)
        XCTAssertEqual(problem("p-four", state).status, .open)
        XCTAssertNil(problem("p-four", state).confirmedBy)
        fixture.send([.character("o")], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertTrue(state.message?.text.en.contains("open already") == true)
        fixture.send([.escape], to: &state)
        XCTAssertEqual(RegisterScreen.entries(.problems, site(state)).map(\.id), ["p-old", "p-four", "p-solved", "p-done"])
    }

    func testAReportIsPickedThenNamedAndTimed() {
        var state = busyProblems()
        fixture.send([.down, .enter, .character("r")], to: &state)
        XCTAssertTrue(AppView.render(state).contains("Reported to whom?"))
        fixture.send([.down, .enter], to: &state)  // engineering head
        fixture.send([.down, .enter], to: &state)  // in person
        XCTAssertEqual(state.prompt?.purpose, .register(.reportProblem(id: "p-four", to: .engineeringHead, channel: .inPerson)))
        XCTAssertEqual(state.prompt?.fields.map(\.text), ["", "09:30"])
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(state.prompt?.problem?.en.contains("Please fill in: Name") == true)
        fixture.type("Mr Qian", into: &state)
        fixture.send([.tab, .control("u")], to: &state)
        fixture.type("11:00", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(state.prompt?.problem?.en.contains("later than now") == true)
        fixture.send([.control("u")], to: &state)
        fixture.type("8:15", into: &state)
        fixture.send([.enter], to: &state)
        let report = problem("p-four", state).reports[0]
        XCTAssertEqual(report.to, .engineeringHead)
        XCTAssertEqual(report.channel, .inPerson)
        XCTAssertEqual(report.who, "Mr Qian")
        XCTAssertEqual(report.at.shortText, "2026-11-23 08:15")
        XCTAssertTrue(AppView.render(state).contains("engineering head Mr Qian · in person · 2026-11-23 08:15"))
    }

    func testDeadlinesAreEditableAndBadNumbersRefused() {
        var state = busyProblems()
        fixture.send([.down, .enter, .character("d")], to: &state)
        XCTAssertEqual(state.prompt?.fields.map(\.text), ["3", "7"])
        fixture.send([.control("u")], to: &state)
        fixture.type("five", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(state.prompt?.problem?.en.contains("\"five\" is not a sensible number of days") == true)
        fixture.send([.control("u")], to: &state)
        fixture.type("5", into: &state)
        fixture.send([.tab, .control("u")], to: &state)
        fixture.type("10", into: &state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual([problem("p-four", state).followUpDays, problem("p-four", state).solveDays], [5, 10])
        XCTAssertTrue(problem("p-four", state).overdue(on: fixture.today).isEmpty)
        XCTAssertTrue(AppView.render(state).contains("due 2026-11-24 (5 days) — not reported yet"))
    }

    func testEditsAreRefusedOnceTheDayItWasFoundIsSigned() {
        var state = busyProblems()
        // Found 8 days ago, on a signed day: the reason shows and no form opens.
        fixture.send([.enter, .character("e")], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertTrue(state.message?.text.en.contains("a day that is signed") == true)
        XCTAssertTrue(AppView.render(state).contains("Its day is signed") || AppView.render(state).contains("OVERDUE"))
        // Reports and status still work there.
        fixture.send([.character("s")], to: &state)
        XCTAssertEqual(problem("p-old", state).status, .solved)
        // Found 4 days ago, on a day not signed: the form opens with what the problem says.
        fixture.send([.escape, .down, .down, .down], to: &state)
        let index = RegisterScreen.entries(.problems, site(state)).firstIndex { $0.id == "p-four" }!
        fixture.send([.home] + Array(repeating: .down, count: index) + [.enter, .down, .enter], to: &state)
        XCTAssertEqual(state.prompt?.focus, 1)
        XCTAssertEqual(state.prompt?.fields.map(\.text), ["Switch cabinet door does not close", "medium", "", ""])
        fixture.send([.control("u")], to: &state)
        fixture.type("4", into: &state)
        fixture.send([.tab, .tab], to: &state)
        fixture.type("Zhou", into: &state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(problem("p-four", state).severity, .critical)
        XCTAssertEqual(problem("p-four", state).owner, "Zhou")
        // Once that day is signed too, the same form is refused.
        fixture.sign(fixture.today.adding(days: -4), in: &state)
        fixture.send([.character("e")], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.message?.kind, .error)
    }

    func testAClickSelectsAProblemAndASecondClickOpensIt() {
        var state = busyProblems()
        let row = (0..<24).first { AppView.render(state).rowText($0).contains("Switch cabinet") }!
        _ = AppUpdate.update(&state, .mouse(MouseEvent(kind: .press, column: 30, row: row)), fixture.environment)
        guard case .register(_, _, _, let position) = state.screen else { return XCTFail("not on the register") }
        XCTAssertEqual(position.selection, 1)
        _ = AppUpdate.update(&state, .mouse(MouseEvent(kind: .press, column: 30, row: row)), fixture.environment)
        guard case .problem(_, let id, _, _) = state.screen else { return XCTFail("the problem did not open") }
        XCTAssertEqual(id, "p-four")
        // A click below the list selects nothing.
        _ = AppUpdate.update(&state, .mouse(MouseEvent(kind: .press, column: 30, row: 20)), fixture.environment)
        XCTAssertEqual(state.screen.kind, .problem)
        XCTAssertNil(state.prompt)
    }

    func testChineseProblemScreen() {
        var state = busyProblems(.chinese)
        fixture.send([.character("a")], to: &state)
        fixture.type("消防通道被材料堵住", into: &state)
        fixture.send([.tab, .control("u")], to: &state)
        fixture.type("高", into: &state)
        fixture.send([.enter], to: &state)
        let added = site(state).registers.problems.last!
        XCTAssertEqual(added.severity, .high)
        XCTAssertTrue(AppView.render(state).contains("消防通道被材料堵住"))
        fixture.send([.enter], to: &state)
        let grid = AppView.render(state)
        XCTAssertTrue(grid.contains("问题描述 消防通道被材料堵住"))
        XCTAssertTrue(grid.contains("跟进     2026-11-26 前(3天) — 尚未汇报"))
    }
}
