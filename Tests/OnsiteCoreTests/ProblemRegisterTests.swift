import XCTest
@testable import OnsiteCore

/// Problems found on site: the description, the 3-day follow-up and 7-day solution deadlines, and open → solved → confirmed.
final class ProblemRegisterTests: DayTestCase {
    /// The problem found on day 0 (2026-11-23) at 10:00.
    private var problem: Problem { site.registers.problems[0] }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try site.addProblem("Filler valve 4 leaks at the seal", severity: .high, day: today, id: "p-1", at: setClock(10, 0))
    }

    /// Reports the problem to the project manager at 10:00 on a day after it was found.
    private func report(onDay days: Int) throws {
        try site.reportProblem("p-1", to: .projectManager, who: "Helen Carter", channel: .phone, at: setClock(10, 0, days: days))
    }

    private func setStatus(_ status: ProblemStatus, confirmedBy: String? = nil, onDay days: Int) throws {
        try site.setProblemStatus("p-1", status, confirmedBy: confirmedBy, at: setClock(15, 0, days: days))
    }

    private func overdue(onDay days: Int) -> [ProblemDeadline] { problem.overdue(on: today.adding(days: days)) }

    // MARK: Recording

    func testAProblemIsRecordedOpenWithTheStandardDeadlines() {
        XCTAssertEqual(problem.id, "p-1")
        XCTAssertEqual(problem.day, today)
        XCTAssertEqual(problem.openedAt, DayFixture.time(10, 0))
        XCTAssertEqual(problem.description, "Filler valve 4 leaks at the seal")
        XCTAssertEqual(problem.severity, .high)
        XCTAssertEqual(problem.status, .open)
        XCTAssertEqual(problem.reports, [])
        XCTAssertEqual(problem.followUpDays, 3)
        XCTAssertEqual(problem.solveDays, 7)
        XCTAssertEqual(problem.followUpDue, LocalDate(year: 2026, month: 11, day: 26))
        XCTAssertEqual(problem.solveDue, LocalDate(year: 2026, month: 11, day: 30))
        XCTAssertFalse(problem.isFollowedUp)
        XCTAssertFalse(problem.isClosed)
        XCTAssertEqual(site.registers.openProblems.map(\.id), ["p-1"])
    }

    func testAProblemWithoutADescriptionIsRefused() {
        let before = site
        for blank in ["", "   ", "\n\n"] {
            XCTAssertEqual(dayError { try site.addProblem(blank, severity: .low, day: today, id: "p-2", at: now) }, .emptyText,
                           blank.debugDescription)
        }
        XCTAssertEqual(site, before)
    }

    func testTheDescriptionKeepsLinesAndTheSolutionAndOwnerAreOptional() throws {
        try site.addProblem("Guard rail bent\nbay 14", severity: .medium, day: today, id: "p-2", at: now,
                            proposedSolution: "  Straighten on site  ", owner: "Ana Lima")
        let second = site.registers.problems[1]
        XCTAssertEqual(second.description, "Guard rail bent\nbay 14")
        XCTAssertEqual(second.proposedSolution, "Straighten on site")
        XCTAssertEqual(second.owner, "Ana Lima")
        XCTAssertEqual(problem.proposedSolution, "")
        XCTAssertEqual(problem.owner, "")
    }

    func testEditingAProblemWhileItsDayIsOpen() throws {
        XCTAssertNil(dayError { try site.editProblem("p-1", description: "Valve 4 and 5 leak", severity: .critical,
                                                    proposedSolution: "New seals", owner: "Wei") })
        XCTAssertEqual(problem.description, "Valve 4 and 5 leak")
        XCTAssertEqual(problem.severity, .critical)
        XCTAssertEqual(problem.proposedSolution, "New seals")
        XCTAssertEqual(problem.owner, "Wei")
        XCTAssertEqual(dayError { try site.editProblem("p-1", description: "", severity: .low, proposedSolution: "", owner: "") }, .emptyText)
        XCTAssertEqual(dayError { try site.editProblem("p-9", description: "x", severity: .low, proposedSolution: "", owner: "") },
                       .unknownRecord("p-9"))
        XCTAssertEqual(problem.description, "Valve 4 and 5 leak")
    }

    func testAReportNeedsWhoWasTold() throws {
        XCTAssertEqual(dayError { try site.reportProblem("p-1", to: .engineeringHead, who: " ", channel: .email, at: now) }, .emptyText)
        XCTAssertEqual(dayError { try site.reportProblem("p-9", to: .engineeringHead, who: "Raj", channel: .email, at: now) },
                       .unknownRecord("p-9"))
        XCTAssertNil(dayError { try site.reportProblem("p-1", to: .engineeringHead, who: "Raj Patel", channel: .inPerson, at: now) })
        XCTAssertEqual(problem.reports, [ProblemReport(to: .engineeringHead, who: "Raj Patel", channel: .inPerson, at: now)])
        XCTAssertTrue(problem.isFollowedUp)
    }

    // MARK: The follow-up deadline (3 days)

    func testTheFollowUpIsOverdueOnDayFourWithoutAReport() {
        XCTAssertEqual(overdue(onDay: 0), [])
        XCTAssertEqual(overdue(onDay: 3), [], "day 3 is the last day for the follow-up")
        XCTAssertEqual(overdue(onDay: 4), [.followUp(LocalDate(year: 2026, month: 11, day: 26))])
        XCTAssertEqual(site.registers.overdueProblems(on: today.adding(days: 3)), [])
        XCTAssertEqual(site.registers.overdueProblems(on: today.adding(days: 4)).map(\.id), ["p-1"])
    }

    func testAReportOnDayTwoMeansTheFollowUpIsNeverOverdue() throws {
        try report(onDay: 2)
        XCTAssertEqual(overdue(onDay: 4), [])
        XCTAssertEqual(overdue(onDay: 7), [])
    }

    func testAReportOnTheLastDayIsInTime() throws {
        try report(onDay: 3)
        XCTAssertEqual(overdue(onDay: 4), [])
    }

    func testALateReportDoesNotClearTheFollowUpFlag() throws {
        try report(onDay: 5)
        XCTAssertTrue(problem.isFollowedUp)
        XCTAssertEqual(overdue(onDay: 5), [.followUp(problem.followUpDue)])
        XCTAssertEqual(overdue(onDay: 6), [.followUp(problem.followUpDue)])
    }

    // MARK: The solution deadline (7 days)

    func testTheSolutionIsOverdueOnDayEight() throws {
        try report(onDay: 1)
        XCTAssertEqual(overdue(onDay: 7), [])
        XCTAssertEqual(overdue(onDay: 8), [.solution(LocalDate(year: 2026, month: 11, day: 30))])
    }

    func testBothDeadlinesMissedAreBothFlaggedFollowUpFirst() {
        XCTAssertEqual(overdue(onDay: 8), [.followUp(problem.followUpDue), .solution(problem.solveDue)])
    }

    func testSolvedByDaySevenIsNotOverdue() throws {
        try report(onDay: 1)
        try setStatus(.solved, onDay: 7)
        XCTAssertEqual(overdue(onDay: 8), [])
        XCTAssertEqual(overdue(onDay: 30), [])
    }

    func testSolvedOnDayEightStaysFlaggedUntilTheClientConfirms() throws {
        try report(onDay: 1)
        try setStatus(.solved, onDay: 8)
        XCTAssertEqual(overdue(onDay: 8), [.solution(problem.solveDue)])
        XCTAssertEqual(overdue(onDay: 12), [.solution(problem.solveDue)])
        try setStatus(.confirmed, confirmedBy: "Mark Hughes", onDay: 9)
        XCTAssertEqual(overdue(onDay: 12), [])
        XCTAssertEqual(site.registers.overdueProblems(on: today.adding(days: 12)), [])
        XCTAssertEqual(site.registers.openProblems, [])
    }

    func testReopeningAfterTheDeadlineFlagsTheSolutionAgain() throws {
        try report(onDay: 1)
        try setStatus(.solved, onDay: 5)
        XCTAssertEqual(overdue(onDay: 9), [])
        try setStatus(.open, onDay: 9)
        XCTAssertNil(problem.solvedAt)
        XCTAssertEqual(overdue(onDay: 9), [.solution(problem.solveDue)])
    }

    // MARK: Custom deadlines

    func testCustomDeadlinesMoveTheFlags() throws {
        XCTAssertNil(dayError { try site.setProblemDeadlines("p-1", followUpDays: 1, solveDays: 2) })
        XCTAssertEqual(problem.followUpDue, today.adding(days: 1))
        XCTAssertEqual(problem.solveDue, today.adding(days: 2))
        XCTAssertEqual(overdue(onDay: 1), [])
        XCTAssertEqual(overdue(onDay: 2), [.followUp(today.adding(days: 1))])
        XCTAssertEqual(overdue(onDay: 3), [.followUp(today.adding(days: 1)), .solution(today.adding(days: 2))])

        XCTAssertNil(dayError { try site.setProblemDeadlines("p-1", followUpDays: 10, solveDays: 30) })
        XCTAssertEqual(overdue(onDay: 10), [])
        XCTAssertEqual(overdue(onDay: 11), [.followUp(LocalDate(year: 2026, month: 12, day: 3))])
        XCTAssertEqual(overdue(onDay: 31), [.followUp(LocalDate(year: 2026, month: 12, day: 3)), .solution(LocalDate(year: 2026, month: 12, day: 23))])
    }

    func testZeroDaysMeansTheSameDay() throws {
        try site.setProblemDeadlines("p-1", followUpDays: 0, solveDays: 0)
        XCTAssertEqual(overdue(onDay: 0), [])
        XCTAssertEqual(overdue(onDay: 1), [.followUp(today), .solution(today)])
    }

    func testDeadlinesOutOfRangeAreRefused() {
        XCTAssertEqual(dayError { try site.setProblemDeadlines("p-1", followUpDays: -1, solveDays: 7) }, .badNumber("-1"))
        XCTAssertEqual(dayError { try site.setProblemDeadlines("p-1", followUpDays: 366, solveDays: 7) }, .badNumber("366"))
        XCTAssertEqual(dayError { try site.setProblemDeadlines("p-1", followUpDays: 3, solveDays: -7) }, .badNumber("-7"))
        XCTAssertEqual(dayError { try site.setProblemDeadlines("p-1", followUpDays: 3, solveDays: 3651) }, .badNumber("3651"))
        XCTAssertEqual(dayError { try site.setProblemDeadlines("p-9", followUpDays: 3, solveDays: 7) }, .unknownRecord("p-9"))
        XCTAssertEqual(problem.followUpDays, 3)
        XCTAssertEqual(problem.solveDays, 7)
    }

    func testAProblemCreatedWithItsOwnDeadlines() {
        let custom = Problem(id: "p-x", day: today, openedAt: now, description: "Cable short", severity: .low, followUpDays: 2, solveDays: 14)
        XCTAssertEqual(custom.followUpDue, LocalDate(year: 2026, month: 11, day: 25))
        XCTAssertEqual(custom.solveDue, LocalDate(year: 2026, month: 12, day: 7))
    }

    // MARK: Status order

    func testOpenThenSolvedThenConfirmed() throws {
        try setStatus(.solved, onDay: 2)
        XCTAssertEqual(problem.status, .solved)
        XCTAssertEqual(problem.solvedAt, DayFixture.time(15, 0, days: 2))
        XCTAssertFalse(problem.isClosed)

        try setStatus(.confirmed, confirmedBy: "  Mark Hughes ", onDay: 3)
        XCTAssertEqual(problem.status, .confirmed)
        XCTAssertEqual(problem.confirmedBy, "Mark Hughes")
        XCTAssertEqual(problem.confirmedAt, DayFixture.time(15, 0, days: 3))
        XCTAssertEqual(problem.solvedAt, DayFixture.time(15, 0, days: 2), "solving time is kept")
        XCTAssertTrue(problem.isClosed)
    }

    func testConfirmingNeedsTheClientsName() throws {
        try setStatus(.solved, onDay: 2)
        XCTAssertEqual(dayError { try setStatus(.confirmed, onDay: 3) }, .emptyText)
        XCTAssertEqual(dayError { try setStatus(.confirmed, confirmedBy: "  ", onDay: 3) }, .emptyText)
        XCTAssertEqual(problem.status, .solved)
        XCTAssertNil(problem.confirmedAt)
        XCTAssertNil(problem.confirmedBy)
    }

    func testSkippingOrRepeatingAStepIsRefused() throws {
        XCTAssertEqual(dayError { try setStatus(.confirmed, confirmedBy: "Mark Hughes", onDay: 1) }, .statusOrder(from: "open", to: "confirmed"))
        XCTAssertEqual(dayError { try setStatus(.open, onDay: 1) }, .statusOrder(from: "open", to: "open"))
        try setStatus(.solved, onDay: 2)
        XCTAssertEqual(dayError { try setStatus(.solved, onDay: 3) }, .statusOrder(from: "solved", to: "solved"))
        try setStatus(.confirmed, confirmedBy: "Mark Hughes", onDay: 3)
        XCTAssertEqual(dayError { try setStatus(.solved, onDay: 4) }, .statusOrder(from: "confirmed", to: "solved"))
        XCTAssertEqual(dayError { try setStatus(.confirmed, confirmedBy: "Lucy Grant", onDay: 4) }, .statusOrder(from: "confirmed", to: "confirmed"))
        XCTAssertEqual(problem.confirmedBy, "Mark Hughes")
        XCTAssertEqual(dayError { try site.setProblemStatus("p-9", .solved, at: now) }, .unknownRecord("p-9"))
    }

    func testReopeningClearsTheSolutionAndTheConfirmation() throws {
        try setStatus(.solved, onDay: 2)
        try setStatus(.open, onDay: 2)
        XCTAssertEqual(problem.status, .open)
        XCTAssertNil(problem.solvedAt)

        try setStatus(.solved, onDay: 3)
        try setStatus(.confirmed, confirmedBy: "Mark Hughes", onDay: 4)
        try setStatus(.open, onDay: 6)
        XCTAssertEqual(problem.status, .open)
        XCTAssertNil(problem.solvedAt)
        XCTAssertNil(problem.confirmedAt)
        XCTAssertNil(problem.confirmedBy)
        XCTAssertFalse(problem.isClosed)
        XCTAssertEqual(site.registers.openProblems.map(\.id), ["p-1"])
    }
}
