import XCTest
@testable import OnsiteCore

/// Leaving the site: only after the client signed or consented; the exception and signing it later.
final class DepartureAndExceptionTests: DayTestCase {
    private func closeWithoutSignature(
        consentedBy: String = "Mark Hughes", channel: ConsentChannel = .phone, consentTime: String = "16:55",
        reason: String = "Called away to a line stoppage", at time: Timestamp? = nil
    ) throws {
        try day.closeWithoutSignature(consentedBy: consentedBy, channel: channel, consentTime: consentTime, reason: reason,
                                      at: time ?? setClock(17, 0), cleanupItems: cleanupItems)
    }

    // MARK: Departure

    func testDepartingBeforeTheSignOffIsRefused() throws {
        XCTAssertEqual(dayError { try day.depart(at: setClock(17, 0)) }, .departureBeforeSignOff)
        try prepareForSignOff()
        XCTAssertEqual(dayError { try day.depart(at: setClock(17, 0)) }, .departureBeforeSignOff, "ready is not signed")
        XCTAssertNil(day.departedAt)
    }

    func testDepartingAfterTheSignOffIsRecordedOnce() throws {
        try signToday()
        let left = setClock(17, 15)
        XCTAssertNil(dayError { try day.depart(at: left) })
        XCTAssertEqual(day.departedAt, left)
        XCTAssertEqual(day.state, .signed)
        XCTAssertEqual(dayError { try day.depart(at: setClock(17, 30)) }, .alreadyDeparted)
        XCTAssertEqual(day.departedAt, left)
        site.noteChanged(day)
        XCTAssertEqual(site.daySummary(today)?.departed, true)
    }

    func testDepartingAfterAnExceptionIsAllowed() throws {
        try prepareForSignOff()
        try closeWithoutSignature()
        XCTAssertEqual(day.state, .closedWithoutSignature)
        XCTAssertTrue(day.isClosed)
        XCTAssertNil(dayError { try day.depart(at: setClock(17, 5)) })
        XCTAssertEqual(day.departedAt?.clockTime, "17:05")
    }

    // MARK: The exception

    func testAnExceptionRecordsWhoHowWhenAndWhy() throws {
        try prepareForSignOff()
        let recorded = setClock(17, 0)
        XCTAssertNil(dayError { try closeWithoutSignature(consentedBy: "  Mark Hughes ", channel: .message, consentTime: "4:55",
                                                         reason: "Client left early for a funeral", at: recorded) })
        XCTAssertEqual(day.exception, SignOffException(consentedBy: "Mark Hughes", channel: .message, consentTime: "04:55",
                                                       reason: "Client left early for a funeral", recordedAt: recorded))
        XCTAssertNil(day.signOff)
    }

    func testAnExceptionNeedsTheSameGatesAsASignature() throws {
        XCTAssertEqual(dayError { try closeWithoutSignature() }, .notReadyToSign([.briefing, .cleanup(cleanupItems)]))
        try holdBriefing()
        XCTAssertEqual(dayError { try closeWithoutSignature() }, .notReadyToSign([.cleanup(cleanupItems)]))
        XCTAssertNil(day.exception)
    }

    func testAnExceptionNeedsWhoConsented() throws {
        try prepareForSignOff()
        XCTAssertEqual(dayError { try closeWithoutSignature(consentedBy: "  ") }, .emptyText)
        XCTAssertNil(day.exception)
    }

    func testAnExceptionNeedsTheConsentTimeAsHoursAndMinutes() throws {
        try prepareForSignOff()
        for bad in ["", "25:00", "7:5", "abc", "five to five"] {
            XCTAssertEqual(dayError { try closeWithoutSignature(consentTime: bad) }, .badClockTime(bad), bad)
        }
        XCTAssertNil(day.exception)
        XCTAssertNil(dayError { try closeWithoutSignature(consentTime: "1655") })
        XCTAssertEqual(day.exception?.consentTime, "16:55")
    }

    func testAnExceptionNeedsAReason() throws {
        try prepareForSignOff()
        XCTAssertEqual(dayError { try closeWithoutSignature(reason: "") }, .emptyText)
        XCTAssertNil(day.exception)
        XCTAssertEqual(day.state, .briefed)
    }

    func testADayIsClosedWithoutSignatureOnlyOnce() throws {
        try prepareForSignOff()
        try closeWithoutSignature()
        XCTAssertEqual(dayError { try closeWithoutSignature(consentedBy: "Lucy Grant", at: setClock(17, 30)) },
                       .dayClosed(.closedWithoutSignature))
        XCTAssertEqual(day.exception?.consentedBy, "Mark Hughes")
    }

    func testASignedDayCannotBeClosedWithoutSignature() throws {
        try signToday()
        XCTAssertEqual(dayError { try closeWithoutSignature(at: setClock(17, 30)) }, .dayClosed(.signed))
        XCTAssertNil(day.exception)
    }

    // MARK: Signing later

    func testADayClosedWithoutSignatureCanBeSignedLaterAndKeepsTheException() throws {
        try closeTodayWithoutSignature()
        try day.depart(at: setClock(17, 5))
        site.noteChanged(day)
        let exception = try XCTUnwrap(day.exception)
        XCTAssertEqual(site.unsignedDays(before: today.adding(days: 1)).map(\.date), [today])

        let nextMorning = setClock(8, 10, days: 1)
        XCTAssertNil(dayError { try sign(name: "Mark Hughes", at: nextMorning) })
        site.noteChanged(day)

        XCTAssertEqual(day.state, .signed)
        XCTAssertEqual(day.exception, exception, "the exception stays on record")
        XCTAssertEqual(day.signOff?.signedAt, nextMorning)
        XCTAssertEqual(site.daySummary(today)?.state, .signed)
        XCTAssertEqual(site.unsignedDays(before: today.adding(days: 1)), [])
        XCTAssertEqual(site.record(of: day).exception, exception, "the signed record shows the exception")
    }

    func testSigningLaterDoesNotAskForTheGatesAgain() throws {
        try closeTodayWithoutSignature()
        XCTAssertNil(dayError {
            try day.signOff(clientName: "Mark Hughes", signature: signature, at: setClock(9, 0, days: 1), cleanupItems: ["never-seen"],
                            recordHash: site.record(of: day).sha256)
        })
        XCTAssertEqual(day.state, .signed)
    }

    func testSigningLaterStillNeedsANameAndAStroke() throws {
        try closeTodayWithoutSignature()
        XCTAssertEqual(dayError { try sign(name: " ", at: setClock(9, 0, days: 1)) }, .emptyName)
        XCTAssertEqual(dayError { try sign(with: Signature(width: 40, height: 16), at: setClock(9, 0, days: 1)) }, .emptySignature)
        XCTAssertEqual(day.state, .closedWithoutSignature)
    }

    func testTheDaysListShowsEachStage() throws {
        XCTAssertEqual(site.daySummary(today)?.state, .open)
        try holdBriefing()
        site.noteChanged(day)
        XCTAssertEqual(site.daySummary(today)?.state, .briefed)
        try finishCleanup()
        try closeWithoutSignature()
        site.noteChanged(day)
        XCTAssertEqual(site.daySummary(today)?.state, .closedWithoutSignature)
        try sign(at: setClock(9, 0, days: 1))
        site.noteChanged(day)
        XCTAssertEqual(site.daySummary(today)?.state, .signed)
        XCTAssertEqual(site.days.count, 1)
    }
}
