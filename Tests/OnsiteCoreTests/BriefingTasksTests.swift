import XCTest
@testable import OnsiteCore

/// Tasks given at the briefing, unfinished tasks carried over from earlier days, and the cautions of the day.
final class BriefingTasksTests: DayTestCase {
    private var ids: SequentialIdSource!

    override func setUpWithError() throws {
        try super.setUpWithError()
        ids = SequentialIdSource(prefix: "t")
    }

    /// The day `days` after the first, opened at 08:00, with the earlier day's summary noted on the site.
    private func nextDay(after earlier: WorkDay, days: Int) throws -> WorkDay {
        site.noteChanged(earlier)
        return try site.openDay(today.adding(days: days), at: setClock(8, 0, days: days))
    }

    // MARK: Tasks

    func testTasksAreGivenToCrewMembersInOrderAndStartNotDone() throws {
        try day.addTask("Mount the infeed conveyor", to: "c-1", id: "t-a", in: site)
        try day.addTask("  Align the filler bowl  ", to: "c-2", id: "t-b", in: site)
        XCTAssertEqual(day.briefing.tasks, [
            CrewTask(id: "t-a", crewMemberID: "c-1", text: "Mount the infeed conveyor"),
            CrewTask(id: "t-b", crewMemberID: "c-2", text: "Align the filler bowl"),
        ])
        XCTAssertFalse(day.briefing.tasks.contains(where: \.done))
        XCTAssertNil(day.briefing.tasks.first?.carriedFrom)
    }

    func testATaskNeedsTextAndAKnownCrewMember() {
        XCTAssertEqual(dayError { try day.addTask("   ", to: "c-1", id: "t-a", in: site) }, .emptyText)
        XCTAssertEqual(dayError { try day.addTask("Weld the frame", to: "c-7", id: "t-a", in: site) }, .unknownCrewMember("c-7"))
        XCTAssertEqual(day.briefing.tasks, [])
    }

    func testTasksCanBeRewordedMarkedDoneAndRemoved() throws {
        try day.addTask("Mount the conveyor", to: "c-1", id: "t-a", in: site)
        try day.addTask("Check the seals", to: "c-2", id: "t-b", in: site)

        XCTAssertNil(dayError { try day.editTask("t-a", text: "Mount and level the conveyor") })
        XCTAssertEqual(day.briefing.tasks.first?.text, "Mount and level the conveyor")
        XCTAssertEqual(dayError { try day.editTask("t-a", text: "") }, .emptyText)
        XCTAssertEqual(day.briefing.tasks.first?.text, "Mount and level the conveyor")

        XCTAssertNil(dayError { try day.setTaskDone("t-b", true) })
        XCTAssertEqual(day.briefing.tasks.last?.done, true)
        XCTAssertNil(dayError { try day.setTaskDone("t-b", false) })
        XCTAssertEqual(day.briefing.tasks.last?.done, false)

        XCTAssertNil(dayError { try day.removeTask("t-a") })
        XCTAssertEqual(day.briefing.tasks.map(\.id), ["t-b"])

        XCTAssertEqual(dayError { try day.editTask("t-x", text: "x") }, .unknownRecord("t-x"))
        XCTAssertEqual(dayError { try day.setTaskDone("t-x", true) }, .unknownRecord("t-x"))
        XCTAssertEqual(dayError { try day.removeTask("t-a") }, .unknownRecord("t-a"))
    }

    // MARK: Carry-over

    func testOnlyUnfinishedTasksOfYesterdayAreOffered() throws {
        try day.addTask("Mount the conveyor", to: "c-1", id: "t-a", in: site)
        try day.addTask("Check the seals", to: "c-2", id: "t-b", in: site)
        try day.addTask("Pressure test", to: "c-2", id: "t-c", in: site)
        try day.setTaskDone("t-b", true)
        let yesterday = day!

        let tomorrow = try nextDay(after: yesterday, days: 1)
        XCTAssertEqual(tomorrow.unfinishedTasks(from: yesterday).map(\.id), ["t-a", "t-c"])
    }

    func testCarriedTasksGetNewIdsAndRememberTheDayTheyWereGiven() throws {
        try day.addTask("Mount the conveyor", to: "c-1", id: "t-a", in: site)
        let yesterday = day!
        var tomorrow = try nextDay(after: yesterday, days: 1)

        let offered = tomorrow.unfinishedTasks(from: yesterday)
        XCTAssertNil(dayError { try tomorrow.carryOver(offered, from: yesterday.date, in: site, makeID: { ids.makeID() }) })
        XCTAssertEqual(tomorrow.briefing.tasks, [
            CrewTask(id: "t-1", crewMemberID: "c-1", text: "Mount the conveyor", done: false, carriedFrom: today, carriedTaskID: "t-a"),
        ])
    }

    func testCarriedTasksAreNotOfferedTwice() throws {
        try day.addTask("Mount the conveyor", to: "c-1", id: "t-a", in: site)
        try day.addTask("Pressure test", to: "c-2", id: "t-b", in: site)
        let yesterday = day!
        var tomorrow = try nextDay(after: yesterday, days: 1)

        let first = tomorrow.unfinishedTasks(from: yesterday)
        try tomorrow.carryOver([first[0]], from: yesterday.date, in: site, makeID: { ids.makeID() })
        XCTAssertEqual(tomorrow.unfinishedTasks(from: yesterday).map(\.id), ["t-b"], "only the one not carried yet")
        try tomorrow.carryOver(tomorrow.unfinishedTasks(from: yesterday), from: yesterday.date, in: site, makeID: { ids.makeID() })
        XCTAssertEqual(tomorrow.unfinishedTasks(from: yesterday), [])
        XCTAssertEqual(tomorrow.briefing.tasks.count, 2)
    }

    func testARewordedCarriedTaskIsNotOfferedAgain() throws {
        try day.addTask("Pressure test", to: "c-2", id: "t-a", in: site)
        let yesterday = day!
        var tomorrow = try nextDay(after: yesterday, days: 1)
        try tomorrow.carryOver(tomorrow.unfinishedTasks(from: yesterday), from: yesterday.date, in: site, makeID: { ids.makeID() })
        let carried = try XCTUnwrap(tomorrow.briefing.tasks.first)
        XCTAssertEqual(carried.carriedTaskID, "t-a")
        try tomorrow.editTask(carried.id, text: "Pressure test, CIP return line only")
        XCTAssertEqual(tomorrow.unfinishedTasks(from: yesterday), [], "the reworded task still stands for yesterday's")
    }

    func testATaskNewlyGivenTodayWithTheSameWordsDoesNotHideYesterdaysTask() throws {
        try day.addTask("Pressure test", to: "c-2", id: "t-a", in: site)
        let yesterday = day!
        var tomorrow = try nextDay(after: yesterday, days: 1)
        try tomorrow.addTask("Pressure test", to: "c-2", id: "t-new", in: site)
        XCTAssertEqual(tomorrow.unfinishedTasks(from: yesterday).map(\.id), ["t-a"])
    }

    func testATaskCarriedAgainKeepsTheDayItWasFirstGiven() throws {
        try day.addTask("Mount the conveyor", to: "c-1", id: "t-a", in: site)
        let first = day!

        var second = try nextDay(after: first, days: 1)
        try second.carryOver(second.unfinishedTasks(from: first), from: first.date, in: site, makeID: { ids.makeID() })
        XCTAssertEqual(second.briefing.tasks.first?.carriedFrom, today)

        var third = try nextDay(after: second, days: 2)
        let offered = third.unfinishedTasks(from: second)
        XCTAssertEqual(offered.map(\.text), ["Mount the conveyor"])
        try third.carryOver(offered, from: second.date, in: site, makeID: { ids.makeID() })
        XCTAssertEqual(third.briefing.tasks.first?.carriedFrom, today, "still the first day, not the day before")
        XCTAssertEqual(third.briefing.tasks.first?.id, "t-2")
        XCTAssertEqual(third.unfinishedTasks(from: second), [], "not offered twice either")
    }

    func testATaskFinishedAfterBeingCarriedIsNotOfferedAgain() throws {
        try day.addTask("Mount the conveyor", to: "c-1", id: "t-a", in: site)
        let first = day!
        var second = try nextDay(after: first, days: 1)
        try second.carryOver(second.unfinishedTasks(from: first), from: first.date, in: site, makeID: { ids.makeID() })
        try second.setTaskDone("t-1", true)
        let third = try nextDay(after: second, days: 2)
        XCTAssertEqual(third.unfinishedTasks(from: second), [])
    }

    func testTasksOfMembersWhoLeftTheCrewAreNotCarried() throws {
        try day.addTask("Mount the conveyor", to: "c-1", id: "t-a", in: site)
        try day.addTask("Pressure test", to: "c-2", id: "t-b", in: site)
        let yesterday = day!
        var tomorrow = try nextDay(after: yesterday, days: 1)
        site.profile.crew.removeAll { $0.id == "c-2" }
        try tomorrow.carryOver(tomorrow.unfinishedTasks(from: yesterday), from: yesterday.date, in: site, makeID: { ids.makeID() })
        XCTAssertEqual(tomorrow.briefing.tasks.map(\.crewMemberID), ["c-1"])
    }

    // MARK: Cautions

    func testAClientRuleCautionIsPickedByIdAndTakesTheRuleText() throws {
        XCTAssertNil(dayError { try day.addCaution(.clientRule, text: "ignored", ruleID: "r-1", id: "k-1", in: site) })
        XCTAssertEqual(day.briefing.cautions, [
            Caution(id: "k-1", kind: .clientRule, text: "Safety shoes, hi-vis vest and hearing protection in the hall", ruleID: "r-1"),
        ])
    }

    func testAClientRuleCautionNeedsAKnownRule() {
        XCTAssertEqual(dayError { try day.addCaution(.clientRule, text: "Hard hats", ruleID: "r-9", id: "k-1", in: site) },
                       .unknownRecord("r-9"))
        XCTAssertEqual(dayError { try day.addCaution(.clientRule, text: "Hard hats", id: "k-1", in: site) }, .unknownRecord(""))
        XCTAssertEqual(day.briefing.cautions, [])
    }

    func testSafetyAndOtherCautionsNeedTheirOwnText() throws {
        XCTAssertEqual(dayError { try day.addCaution(.safety, text: "  ", id: "k-1", in: site) }, .emptyText)
        try day.addCaution(.safety, text: "Forklift traffic in bay 12", id: "k-1", in: site)
        try day.addCaution(.other, text: "Client audit at 14:00", id: "k-2", in: site)
        XCTAssertEqual(day.briefing.cautions.map(\.kind), [.safety, .other])
        XCTAssertEqual(day.briefing.cautions.map(\.text), ["Forklift traffic in bay 12", "Client audit at 14:00"])
        XCTAssertEqual(day.briefing.cautions.map(\.ruleID), [nil, nil])
    }

    func testCautionsCanBeRemoved() throws {
        try day.addCaution(.safety, text: "Wet floor by the washer", id: "k-1", in: site)
        try day.addCaution(.clientRule, text: "", ruleID: "r-1", id: "k-2", in: site)
        XCTAssertNil(dayError { try day.removeCaution("k-1") })
        XCTAssertEqual(day.briefing.cautions.map(\.id), ["k-2"])
        XCTAssertEqual(dayError { try day.removeCaution("k-1") }, .unknownRecord("k-1"))
    }
}
