import XCTest
@testable import OnsiteCore

/// The morning briefing: the roll call, late arrivals, PPE, holding it, skipping it with a reason.
final class BriefingGateTests: DayTestCase {
    func testAFreshDayIsOpenWithNothingRecorded() {
        XCTAssertEqual(day.date, today)
        XCTAssertEqual(day.siteID, "site-1")
        XCTAssertEqual(day.openedAt, now)
        XCTAssertEqual(day.state, .open)
        XCTAssertFalse(day.briefingSettled)
        XCTAssertFalse(day.isClosed)
        XCTAssertEqual(day.briefing, Briefing())
        XCTAssertEqual(day.latestTime, day.openedAt)
        XCTAssertEqual(day.id, "2026-11-23")
    }

    func testHoldingWithAnEmptyRollCallIsRefused() {
        let before = day
        XCTAssertEqual(dayError { try day.holdBriefing(at: setClock(8, 15)) }, .rollCallEmpty)
        XCTAssertEqual(day, before)
        XCTAssertEqual(day.state, .open)
    }

    func testHoldingWithNobodyPresentIsRefused() throws {
        try day.setAttendance("c-1", .absent, in: site)
        try day.setAttendance("c-2", .absent, in: site)
        XCTAssertEqual(day.briefing.presentIDs, [])
        let before = day
        XCTAssertEqual(dayError { try day.holdBriefing(at: setClock(8, 15)) }, .nobodyPresent)
        XCTAssertEqual(day, before)
    }

    func testALateMemberCountsAsPresent() throws {
        try day.setAttendance("c-1", .absent, in: site)
        try day.setAttendance("c-2", .late, arrivedAt: "08:20", in: site)
        XCTAssertEqual(day.briefing.presentIDs, ["c-2"])
        let held = setClock(8, 25)
        XCTAssertNil(dayError { try day.holdBriefing(at: held) })
        XCTAssertEqual(day.briefing.heldAt, held)
        XCTAssertEqual(day.state, .briefed)
        XCTAssertTrue(day.briefingSettled)
    }

    func testHoldingRecordsTheTimeAndCannotBeDoneTwice() throws {
        try day.setAttendance("c-1", .present, in: site)
        let held = setClock(8, 15)
        XCTAssertNil(dayError { try day.holdBriefing(at: held) })
        XCTAssertEqual(day.briefing.heldAt?.clockTime, "08:15")
        XCTAssertEqual(day.latestTime, held)
        XCTAssertEqual(dayError { try day.holdBriefing(at: setClock(8, 20)) }, .briefingAlreadySettled)
        XCTAssertEqual(dayError { try day.skipBriefing(reason: "Too late now") }, .briefingAlreadySettled)
        XCTAssertEqual(day.briefing.heldAt, held)
        XCTAssertNil(day.noBriefingReason)
    }

    func testLateArrivalTimesAreAcceptedInTheUsualWritings() throws {
        let accepted: [(String, String)] = [
            ("07:05", "07:05"), ("7:05", "07:05"), ("0705", "07:05"), ("7：05", "07:05"), ("07：05", "07:05"),
            (" 9:30 ", "09:30"), ("00:00", "00:00"), ("23:59", "23:59"), ("1230", "12:30"),
        ]
        for (written, stored) in accepted {
            XCTAssertEqual(WorkDay.clockTime(written), stored, written)
            XCTAssertNil(dayError { try day.setAttendance("c-2", .late, arrivedAt: written, in: site) }, written)
            XCTAssertEqual(day.briefing.attendance(of: "c-2"), Attendance(crewMemberID: "c-2", status: .late, arrivedAt: stored), written)
        }
        XCTAssertEqual(day.briefing.attendance.count, 1, "a member has one roll-call line, replaced each time")
    }

    func testMalformedLateArrivalTimesAreRefusedKeepingThePreviousLine() throws {
        try day.setAttendance("c-2", .late, arrivedAt: "08:20", in: site)
        let refused = ["25:00", "24:00", "7:5", "abc", "", "   ", "7:60", "705", "07050", "07:05:00", "7.05", ":05", "07:",
                       "-1:30", "７:０５", "0７05", "12:3a"]
        for written in refused {
            XCTAssertNil(WorkDay.clockTime(written), written)
            XCTAssertEqual(dayError { try day.setAttendance("c-2", .late, arrivedAt: written, in: site) },
                           .badClockTime(written), written)
        }
        XCTAssertEqual(dayError { try day.setAttendance("c-2", .late, in: site) }, .badClockTime(""), "late needs a time")
        XCTAssertEqual(day.briefing.attendance(of: "c-2")?.arrivedAt, "08:20")
    }

    func testPresentAndAbsentKeepNoArrivalTime() throws {
        try day.setAttendance("c-1", .late, arrivedAt: "08:20", in: site)
        try day.setAttendance("c-1", .present, arrivedAt: "08:20", in: site)
        XCTAssertEqual(day.briefing.attendance(of: "c-1"), Attendance(crewMemberID: "c-1", status: .present))
        try day.setAttendance("c-2", .absent, arrivedAt: "nonsense", in: site)
        XCTAssertEqual(day.briefing.attendance(of: "c-2"), Attendance(crewMemberID: "c-2", status: .absent))
        XCTAssertEqual(day.briefing.attendance.map(\.crewMemberID), ["c-1", "c-2"], "roll-call order is kept")
    }

    func testRollCallOfSomeoneOutsideTheCrewIsRefused() {
        let before = day
        XCTAssertEqual(dayError { try day.setAttendance("c-9", .present, in: site) }, .unknownCrewMember("c-9"))
        XCTAssertEqual(dayError { try day.setPPEChecked("c-9", true, in: site) }, .unknownCrewMember("c-9"))
        XCTAssertEqual(day, before)
        XCTAssertNil(day.briefing.attendance(of: "c-9"))
    }

    func testPPECheckIsRecordedOncePerMemberAndCanBeTakenBack() throws {
        try day.setPPEChecked("c-1", true, in: site)
        try day.setPPEChecked("c-1", true, in: site)
        try day.setPPEChecked("c-2", true, in: site)
        XCTAssertEqual(day.briefing.ppeChecked, ["c-1", "c-2"])
        try day.setPPEChecked("c-1", false, in: site)
        XCTAssertEqual(day.briefing.ppeChecked, ["c-2"])
    }

    func testSkippingTheBriefingNeedsAReason() {
        for blank in ["", "   ", "\n\t "] {
            XCTAssertEqual(dayError { try day.skipBriefing(reason: blank) }, .emptyText, blank.debugDescription)
        }
        XCTAssertNil(day.noBriefingReason)
        XCTAssertFalse(day.briefingSettled)

        XCTAssertNil(dayError { try day.skipBriefing(reason: "  Crew arrived in two cars at different times  ") })
        XCTAssertEqual(day.noBriefingReason, "Crew arrived in two cars at different times")
        XCTAssertTrue(day.briefingSettled)
        XCTAssertEqual(day.state, .briefed)
        XCTAssertNil(day.briefing.heldAt)
        XCTAssertEqual(dayError { try day.skipBriefing(reason: "Again") }, .briefingAlreadySettled)
        XCTAssertEqual(day.noBriefingReason, "Crew arrived in two cars at different times")
    }

    func testSkippingDoesNotNeedARollCallButHoldingAfterASkipIsRefused() throws {
        XCTAssertNil(dayError { try day.skipBriefing(reason: "Client meeting at 08:00") })
        try day.setAttendance("c-1", .present, in: site)
        XCTAssertEqual(dayError { try day.holdBriefing(at: setClock(9, 0)) }, .briefingAlreadySettled)
    }

    func testReopeningTheBriefingTakesBackHeldOrTheReason() throws {
        try holdBriefing()
        XCTAssertNil(dayError { try day.reopenBriefing() })
        XCTAssertNil(day.briefing.heldAt)
        XCTAssertEqual(day.state, .open)
        XCTAssertEqual(day.briefing.attendance.count, 1, "the roll call stays")

        XCTAssertNil(dayError { try day.skipBriefing(reason: "Only the leader came") })
        XCTAssertNil(dayError { try day.reopenBriefing() })
        XCTAssertNil(day.noBriefingReason)
        XCTAssertFalse(day.briefingSettled)
        XCTAssertNil(dayError { try day.holdBriefing(at: setClock(8, 40)) })
        XCTAssertEqual(day.briefing.heldAt?.clockTime, "08:40")
    }
}
