import XCTest
@testable import OnsiteCore

/// A clock that moved backwards (set back, or a wrong time zone) cannot put records before what the day already holds.
final class ClockBackwardsTests: DayTestCase {
    func testHoldingTheBriefingBeforeTheDayWasOpenedIsRefused() throws {
        try day.setAttendance("c-1", .present, in: site)
        let opened = day.openedAt
        let earlier = setClock(7, 50)
        let before = day
        XCTAssertEqual(dayError { try day.holdBriefing(at: earlier) }, .clockWentBackwards(now: earlier, latest: opened))
        XCTAssertEqual(day, before)
        XCTAssertNil(day.briefing.heldAt)
    }

    func testHoldingAtTheSameSecondAsTheLatestRecordIsAllowed() throws {
        try day.setAttendance("c-1", .present, in: site)
        XCTAssertNil(dayError { try day.holdBriefing(at: day.openedAt) })
    }

    func testHoldingTheBriefingBeforeALogEntryIsRefused() throws {
        try day.setAttendance("c-1", .present, in: site)
        let entry = setClock(9, 0)
        try day.addLogEntry(.progress, text: "Conveyor frame on its feet", id: "e-1", at: entry)
        let earlier = setClock(8, 30)
        XCTAssertEqual(dayError { try day.holdBriefing(at: earlier) }, .clockWentBackwards(now: earlier, latest: entry))
    }

    func testALogEntryEarlierThanTheLastIsRefused() throws {
        let first = setClock(10, 0)
        try day.addLogEntry(.progress, text: "Bowl lifted into place", id: "e-1", at: first)
        let earlier = setClock(9, 59, second: 59)
        let before = day
        XCTAssertEqual(dayError { try day.addLogEntry(.situation, text: "Power cut", id: "e-2", at: earlier) },
                       .clockWentBackwards(now: earlier, latest: first))
        XCTAssertEqual(day, before)
        XCTAssertNil(dayError { try day.addLogEntry(.situation, text: "Power cut", id: "e-2", at: first) }, "the same minute is fine")
        XCTAssertNil(dayError { try day.addLogEntry(.progress, text: "Power back", id: "e-3", at: setClock(10, 20)) })
        XCTAssertEqual(day.log.map(\.id), ["e-1", "e-2", "e-3"])
    }

    func testSigningEarlierThanTheLatestRecordIsRefused() throws {
        try prepareForSignOff()
        let lastEntry = setClock(16, 45)
        try day.addLogEntry(.progress, text: "Handed over the keys", id: "e-1", at: lastEntry)
        let earlier = setClock(16, 40)
        let before = day
        XCTAssertEqual(dayError { try sign(at: earlier) }, .clockWentBackwards(now: earlier, latest: lastEntry))
        XCTAssertEqual(day, before)
        XCTAssertEqual(day.state, .briefed)
    }

    func testSigningEarlierThanTheCleanupInspectionIsRefused() throws {
        try prepareForSignOff()
        let inspected = DayFixture.time(16, 30)
        let earlier = setClock(16, 0)
        XCTAssertEqual(dayError { try sign(at: earlier) }, .clockWentBackwards(now: earlier, latest: inspected))
    }

    func testDepartingEarlierThanTheSignatureIsRefused() throws {
        try signToday()
        let signed = try XCTUnwrap(day.signOff?.signedAt)
        let earlier = setClock(16, 50)
        XCTAssertEqual(dayError { try day.depart(at: earlier) }, .clockWentBackwards(now: earlier, latest: signed))
        XCTAssertNil(day.departedAt)
        let later = setClock(17, 5)
        XCTAssertNil(dayError { try day.depart(at: later) })
        XCTAssertEqual(day.departedAt, later)
        XCTAssertEqual(day.latestTime, later)
    }

    func testClosingWithoutSignatureEarlierThanTheLatestRecordIsRefused() throws {
        try prepareForSignOff()
        let inspected = DayFixture.time(16, 30)
        let earlier = setClock(15, 0)
        XCTAssertEqual(dayError {
            try day.closeWithoutSignature(consentedBy: "Mark Hughes", channel: .phone, consentTime: "14:55",
                                          reason: "Left for the airport", at: earlier, cleanupItems: cleanupItems)
        }, .clockWentBackwards(now: earlier, latest: inspected))
        XCTAssertNil(day.exception)
    }

    func testSigningLateAfterAnExceptionStillChecksTheClock() throws {
        try closeTodayWithoutSignature()
        try day.depart(at: setClock(17, 10))
        let earlier = setClock(17, 5)
        XCTAssertEqual(dayError { try sign(at: earlier) }, .clockWentBackwards(now: earlier, latest: DayFixture.time(17, 10)))
        XCTAssertNil(day.signOff)
    }

    func testTheSameInstantInAnotherOffsetIsNotEarlier() throws {
        try day.setAttendance("c-1", .present, in: site)
        let opened = day.openedAt
        let sameInstantInUTC = Timestamp(date: opened.date, offsetSeconds: 0)
        XCTAssertNil(dayError { try day.holdBriefing(at: sameInstantInUTC) })
    }

    func testLatestTimeCoversEveryKindOfRecord() throws {
        try day.setAttendance("c-1", .present, in: site)
        try day.holdBriefing(at: setClock(8, 15))
        XCTAssertEqual(day.latestTime, DayFixture.time(8, 15))
        try day.addLogEntry(.progress, text: "Started", id: "e-1", at: setClock(9, 0))
        XCTAssertEqual(day.latestTime, DayFixture.time(9, 0))
        try day.setCleanup("tools-stowed", done: true, by: "Tom Baker", at: setClock(16, 0))
        XCTAssertEqual(day.latestTime, DayFixture.time(16, 0))
        try day.setCleanup("floor-swept", done: true, by: "Tom Baker", at: setClock(16, 5))
        try day.setCleanup("waste-removed", done: true, by: "Tom Baker", at: setClock(16, 10))
        try sign(at: setClock(17, 0))
        XCTAssertEqual(day.latestTime, DayFixture.time(17, 0))
        try day.depart(at: setClock(17, 20))
        XCTAssertEqual(day.latestTime, DayFixture.time(17, 20))
    }
}
