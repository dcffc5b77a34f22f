import XCTest
@testable import OnsiteCore

/// A signed or closed day cannot change: only amendments are added, and the original stays as signed.
final class ClosedDayTests: DayTestCase {
    /// Every action that changes a day's record, each with valid input.
    private var changes: [(name: String, change: (inout WorkDay, Site, Timestamp) throws -> Void)] {
        [
            ("setAttendance", { day, site, _ in try day.setAttendance("c-2", .present, in: site) }),
            ("setAttendance late", { day, site, _ in try day.setAttendance("c-2", .late, arrivedAt: "08:30", in: site) }),
            ("addTask", { day, site, _ in try day.addTask("Paint the guard", to: "c-2", id: "t-new", in: site) }),
            ("editTask", { day, _, _ in try day.editTask("t-1", text: "Something else") }),
            ("setTaskDone", { day, _, _ in try day.setTaskDone("t-1", true) }),
            ("removeTask", { day, _, _ in try day.removeTask("t-1") }),
            ("carryOver", { day, site, _ in
                try day.carryOver([CrewTask(id: "old", crewMemberID: "c-1", text: "Old task")], from: LocalDate(year: 2026, month: 11, day: 22),
                                  in: site, makeID: { "t-carried" })
            }),
            ("addCaution", { day, site, _ in try day.addCaution(.safety, text: "Wet floor", id: "k-new", in: site) }),
            ("addCaution rule", { day, site, _ in try day.addCaution(.clientRule, text: "", ruleID: "r-1", id: "k-new", in: site) }),
            ("removeCaution", { day, _, _ in try day.removeCaution("k-1") }),
            ("setPPEChecked", { day, site, _ in try day.setPPEChecked("c-2", true, in: site) }),
            ("holdBriefing", { day, _, time in try day.holdBriefing(at: time) }),
            ("skipBriefing", { day, _, _ in try day.skipBriefing(reason: "No reason") }),
            ("reopenBriefing", { day, _, _ in try day.reopenBriefing() }),
            ("addLogEntry", { day, _, time in try day.addLogEntry(.progress, text: "More work", id: "e-new", at: time) }),
            ("editLogEntry", { day, _, _ in try day.editLogEntry("e-1", text: "Rewritten") }),
            ("removeLogEntry", { day, _, _ in try day.removeLogEntry("e-1") }),
            ("setCleanup", { day, _, time in try day.setCleanup("tools-stowed", done: false, by: nil, at: time) }),
            ("setCleanupNotApplicable", { day, _, time in
                try day.setCleanupNotApplicable("floor-swept", reason: "Not today", by: "Tom Baker", at: time)
            }),
            ("addScheduleChange", { day, _, _ in
                try day.addScheduleChange(milestone: "Commissioning", planned: "2026-12-01", new: "2026-12-03", reason: "Late parts", id: "s-new")
            }),
            ("removeScheduleChange", { day, _, _ in try day.removeScheduleChange("s-1") }),
            ("closeWithoutSignature", { day, _, time in
                try day.closeWithoutSignature(consentedBy: "Mark Hughes", channel: .phone, consentTime: "17:00", reason: "Gone",
                                              at: time, cleanupItems: DayFixture.cleanupItems)
            }),
        ]
    }

    /// A briefed day with something of every kind recorded: a task, a caution, a log entry, a schedule change.
    private func fillToday() throws {
        try holdBriefing()
        try day.addTask("Mount the conveyor", to: "c-1", id: "t-1", in: site)
        try day.addCaution(.safety, text: "Forklifts in bay 12", id: "k-1", in: site)
        try day.addLogEntry(.progress, text: "Conveyor mounted", id: "e-1", at: setClock(11, 0))
        try day.addScheduleChange(milestone: "Pressure test", planned: "2026-11-25", new: "2026-11-26", reason: "Valves late", id: "s-1")
    }

    func testEveryChangeOnASignedDayIsRefused() throws {
        try fillToday()
        try signToday()
        let signed = day!
        let later = setClock(18, 0)
        for (name, change) in changes {
            var copy = signed
            XCTAssertEqual(dayError { try change(&copy, site, later) }, .dayClosed(.signed), name)
            XCTAssertEqual(copy, signed, "\(name) changed nothing")
        }
    }

    func testEveryChangeOnADayClosedWithoutSignatureIsRefused() throws {
        try fillToday()
        try closeTodayWithoutSignature()
        let closed = day!
        let later = setClock(18, 0)
        for (name, change) in changes {
            var copy = closed
            XCTAssertEqual(dayError { try change(&copy, site, later) }, .dayClosed(.closedWithoutSignature), name)
            XCTAssertEqual(copy, closed, "\(name) changed nothing")
        }
    }

    func testEveryChangeIsAllowedWhileTheDayIsOpen() throws {
        try fillToday()
        try day.reopenBriefing()
        let open = day!
        let later = setClock(12, 0)
        for (name, change) in changes where name != "closeWithoutSignature" {
            var copy = open
            XCTAssertNil(dayError { try change(&copy, site, later) }, name)
        }
    }

    func testSigningTwiceIsAlreadySignedNotDayClosed() throws {
        try signToday()
        XCTAssertEqual(dayError { try sign(at: setClock(18, 0)) }, .alreadySigned)
    }

    // MARK: Amendments

    func testAnOpenDayCannotBeAmended() throws {
        XCTAssertEqual(dayError { try day.amend(text: "Correction", reason: "Typo", by: "Tom Baker", id: "a-1", at: setClock(12, 0)) },
                       .notClosed)
        try prepareForSignOff()
        XCTAssertEqual(dayError { try day.amend(text: "Correction", reason: "Typo", by: "Tom Baker", id: "a-1", at: setClock(17, 0)) },
                       .notClosed)
        XCTAssertEqual(day.amendments, [])
    }

    func testAnAmendmentOnASignedDayKeepsTheOriginalAsSigned() throws {
        try fillToday()
        try signToday()
        let signed = day!
        let hash = try XCTUnwrap(day.signOff?.recordHash)
        let at = setClock(9, 0, days: 1)

        XCTAssertNil(dayError {
            try day.amend(text: "Conveyor mounted\nbut not yet levelled", reason: "Levelling was found off the next morning",
                          by: "Tom Baker", id: "a-1", at: at)
        })
        XCTAssertEqual(day.amendments, [Amendment(id: "a-1", text: "Conveyor mounted\nbut not yet levelled",
                                                  reason: "Levelling was found off the next morning", by: "Tom Baker", at: at)])
        XCTAssertEqual(day.log, signed.log, "the original log entry is untouched")
        XCTAssertEqual(day.briefing, signed.briefing)
        XCTAssertEqual(day.scheduleChanges, signed.scheduleChanges)
        XCTAssertEqual(day.signOff, signed.signOff)
        XCTAssertEqual(day.state, .signed)
        XCTAssertEqual(site.record(of: day).sha256, hash, "the signed record still hashes as signed")

        site.noteChanged(day)
        XCTAssertEqual(site.daySummary(today)?.amendments, 1)
    }

    func testAmendmentsAddUpOnADayClosedWithoutSignature() throws {
        try closeTodayWithoutSignature()
        try day.amend(text: "First", reason: "One", by: "Tom Baker", id: "a-1", at: setClock(18, 0))
        try day.amend(text: "Second", reason: "Two", by: "Tom Baker", id: "a-2", at: setClock(18, 5))
        XCTAssertEqual(day.amendments.map(\.id), ["a-1", "a-2"])
        XCTAssertEqual(day.state, .closedWithoutSignature)
    }

    func testAnAmendmentNeedsTextAReasonAndWhoMadeIt() throws {
        try signToday()
        let at = setClock(18, 0)
        XCTAssertEqual(dayError { try day.amend(text: " ", reason: "Typo", by: "Tom Baker", id: "a-1", at: at) }, .emptyText)
        XCTAssertEqual(dayError { try day.amend(text: "Fix", reason: "", by: "Tom Baker", id: "a-1", at: at) }, .emptyText)
        XCTAssertEqual(dayError { try day.amend(text: "Fix", reason: "Typo", by: "  ", id: "a-1", at: at) }, .emptyText)
        XCTAssertEqual(day.amendments, [])
    }

    func testAnAmendmentIsSanitised() throws {
        try signToday()
        try day.amend(text: "Line one\u{1b}[2J\r\nLine two", reason: "Typo\u{202E}", by: "Tom\u{1b}[31m Baker", id: "a-1", at: setClock(18, 0))
        let amendment = try XCTUnwrap(day.amendments.first)
        XCTAssertEqual(amendment.text, "Line one\u{FFFD}[2J\nLine two")
        XCTAssertEqual(amendment.reason, "Typo\u{FFFD}")
        XCTAssertEqual(amendment.by, "Tom\u{FFFD}[31m Baker")
    }

    // MARK: Extra work on a closed day

    func testExtraWorkOnASignedDayIsRefused() throws {
        try site.addExtraWork("Moved a cabinet", quantity: "1 h", requestedBy: "Mark Hughes", day: today, id: "x-1", at: setClock(15, 0))
        try signToday()
        let before = site
        XCTAssertEqual(dayError {
            try site.addExtraWork("Fixed a door", quantity: "0.5 h", requestedBy: "Mark Hughes", day: today, id: "x-2", at: setClock(18, 0))
        }, .dayClosed(.signed))
        XCTAssertEqual(dayError { try site.removeExtraWork("x-1") }, .dayClosed(.signed))
        XCTAssertEqual(site, before)
    }

    func testExtraWorkOnADayClosedWithoutSignatureIsRefusedButTheNextDayTakesIt() throws {
        try closeTodayWithoutSignature()
        XCTAssertEqual(dayError {
            try site.addExtraWork("Fixed a door", quantity: "0.5 h", requestedBy: "Mark Hughes", day: today, id: "x-2", at: setClock(18, 0))
        }, .dayClosed(.closedWithoutSignature))
        _ = try site.openDay(today.adding(days: 1), at: setClock(8, 0, days: 1))
        XCTAssertNil(dayError {
            try site.addExtraWork("Fixed a door", quantity: "0.5 h", requestedBy: "Mark Hughes", day: today.adding(days: 1), id: "x-2",
                                  at: setClock(9, 0, days: 1))
        })
        XCTAssertEqual(site.registers.extraWork.map(\.day), [today.adding(days: 1)])
    }

    func testAProblemOfASignedDayCannotBeReworded() throws {
        try site.addProblem("Valve leaks", severity: .high, day: today, id: "p-1", at: setClock(11, 0))
        try signToday()
        XCTAssertEqual(dayError { try site.editProblem("p-1", description: "Valve leaks a lot", severity: .critical, proposedSolution: "", owner: "") },
                       .dayClosed(.signed))
        XCTAssertEqual(site.registers.problems.first?.description, "Valve leaks")
        XCTAssertNil(dayError { try site.reportProblem("p-1", to: .projectManager, who: "Helen Carter", channel: .phone, at: setClock(9, 0, days: 1)) },
                     "following a problem up is not a change to the signed day")
    }
}
