import XCTest
@testable import OnsiteCore

/// The client's sign-off: what must be done first, the typed name, the drawn signature, and signing only once.
final class SignOffGateTests: DayTestCase {
    func testAFreshDayHasTheBriefingAndEveryCleanupItemAsGaps() {
        XCTAssertEqual(day.signOffGaps(cleanupItems: cleanupItems), [.briefing, .cleanup(cleanupItems)])
        XCTAssertEqual(day.signOffGaps(cleanupItems: []), [.briefing])
    }

    func testSigningWithoutABriefingIsRefusedWithTheBriefingGap() throws {
        try finishCleanup()
        let before = day
        XCTAssertEqual(dayError { try sign(at: setClock(17, 0)) }, .notReadyToSign([.briefing]))
        XCTAssertEqual(day, before)
        XCTAssertNil(day.signOff)
    }

    func testASkippedBriefingWithAReasonSettlesTheGate() throws {
        try day.skipBriefing(reason: "Client's safety induction took the morning")
        try finishCleanup()
        XCTAssertEqual(day.signOffGaps(cleanupItems: cleanupItems), [])
        XCTAssertNil(dayError { try sign(at: setClock(17, 0)) })
        XCTAssertEqual(day.state, .signed)
    }

    func testOpenCleanupItemsAreListedByIdInTheirOrder() throws {
        try holdBriefing()
        let time = setClock(16, 30)
        try day.setCleanup("floor-swept", done: true, by: "Tom Baker", at: time)
        XCTAssertEqual(day.signOffGaps(cleanupItems: cleanupItems), [.cleanup(["tools-stowed", "waste-removed"])])
        XCTAssertEqual(dayError { try sign(at: setClock(17, 0)) }, .notReadyToSign([.cleanup(["tools-stowed", "waste-removed"])]))

        try day.setCleanupNotApplicable("waste-removed", reason: "The client's cleaners take the waste", by: "Tom Baker", at: setClock(16, 35))
        XCTAssertEqual(day.signOffGaps(cleanupItems: cleanupItems), [.cleanup(["tools-stowed"])])
        XCTAssertEqual(day.cleanupRecord("waste-removed").state, .notApplicable)
        XCTAssertEqual(day.cleanupRecord("waste-removed").reason, "The client's cleaners take the waste")
    }

    func testACleanupItemSetBackToOpenIsAGapAgain() throws {
        try prepareForSignOff()
        try day.setCleanup("tools-stowed", done: false, by: nil, at: setClock(16, 40))
        XCTAssertEqual(day.cleanupRecord("tools-stowed"), ItemRecord())
        XCTAssertEqual(day.signOffGaps(cleanupItems: cleanupItems), [.cleanup(["tools-stowed"])])
    }

    func testNotApplicableNeedsAReason() {
        XCTAssertEqual(dayError { try day.setCleanupNotApplicable("floor-swept", reason: " ", by: "Tom Baker", at: now) }, .emptyText)
        XCTAssertEqual(day.cleanupRecord("floor-swept").state, .open)
    }

    func testBothGapsAreReportedTogether() {
        XCTAssertEqual(dayError { try sign(at: setClock(17, 0)) }, .notReadyToSign([.briefing, .cleanup(cleanupItems)]))
    }

    func testSigningRecordsTheNameTheStrokesTheTimeAndTheHash() throws {
        try prepareForSignOff()
        let hash = site.record(of: day).sha256
        let signed = setClock(17, 0)
        XCTAssertNil(dayError { try sign(name: "  Mark Hughes  ", at: signed) })
        let signOff = try XCTUnwrap(day.signOff)
        XCTAssertEqual(signOff.clientName, "Mark Hughes")
        XCTAssertEqual(signOff.signature, signature)
        XCTAssertEqual(signOff.signedAt, signed)
        XCTAssertEqual(signOff.recordHash, hash)
        XCTAssertEqual(signOff.recordHash.count, 64)
        XCTAssertEqual(day.state, .signed)
        XCTAssertTrue(day.isClosed)
        XCTAssertEqual(site.record(of: day).sha256, hash, "the signature is not part of the hashed record")
    }

    func testAnEmptyNameIsRefused() throws {
        try prepareForSignOff()
        for blank in ["", "   ", "\t", "\r\n"] {
            XCTAssertEqual(dayError { try sign(name: blank, at: setClock(17, 0)) }, .emptyName, blank.debugDescription)
        }
        XCTAssertNil(day.signOff)
    }

    func testAPastedNameLosesItsLineBreakAndEscapes() throws {
        try prepareForSignOff()
        XCTAssertNil(dayError { try sign(name: "Mark\u{1b}[2J Hughes\r\n", at: setClock(17, 0)) })
        XCTAssertEqual(day.signOff?.clientName, "Mark\u{FFFD}[2J Hughes")
    }

    func testAnOverlongNameIsRefused() throws {
        try prepareForSignOff()
        XCTAssertEqual(dayError { try sign(name: String(repeating: "M", count: 201), at: setClock(17, 0)) }, .textTooLong(limit: 200))
        XCTAssertNil(dayError { try sign(name: String(repeating: "马", count: 200), at: setClock(17, 0)) })
    }

    func testAnEmptyPadIsNotASignature() throws {
        try prepareForSignOff()
        let empty = Signature(width: 40, height: 16)
        XCTAssertFalse(empty.isDrawn)
        XCTAssertEqual(dayError { try sign(with: empty, at: setClock(17, 0)) }, .emptySignature)
        let emptyStrokes = Signature(width: 40, height: 16, strokes: [[], []])
        XCTAssertEqual(dayError { try sign(with: emptyStrokes, at: setClock(17, 0)) }, .emptySignature)
        XCTAssertNil(day.signOff)
    }

    func testASingleTapIsNotASignature() throws {
        try prepareForSignOff()
        let tap = Signature(width: 40, height: 16, strokes: [[SignaturePoint(x: 20, y: 8)]])
        XCTAssertEqual(tap.pointCount, 1)
        XCTAssertFalse(tap.isDrawn)
        XCTAssertEqual(dayError { try sign(with: tap, at: setClock(17, 0)) }, .emptySignature)
        let twoDots = Signature(width: 40, height: 16, strokes: [[SignaturePoint(x: 20, y: 8), SignaturePoint(x: 21, y: 8)]])
        XCTAssertEqual(dayError { try sign(with: twoDots, at: setClock(17, 0)) }, .emptySignature)
        XCTAssertEqual(day.state, .briefed)
    }

    func testThreeDotsAreTheSmallestSignature() {
        let three = Signature(width: 40, height: 16, strokes: [[SignaturePoint(x: 1, y: 1), SignaturePoint(x: 2, y: 2)], [SignaturePoint(x: 5, y: 1)]])
        XCTAssertEqual(Signature.minimumPoints, 3)
        XCTAssertEqual(three.pointCount, 3)
        XCTAssertTrue(three.isDrawn)
    }

    func testTheNameIsCheckedBeforeTheSignature() throws {
        try prepareForSignOff()
        XCTAssertEqual(dayError { try sign(name: "", with: Signature(width: 40, height: 16), at: setClock(17, 0)) }, .emptyName)
    }

    func testADaySignsOnlyOnce() throws {
        try signToday()
        let first = day.signOff
        XCTAssertEqual(dayError { try sign(name: "Lucy Grant", at: setClock(17, 10)) }, .alreadySigned)
        XCTAssertEqual(day.signOff, first)
    }

    func testSigningAtHalfAMinuteToMidnightKeepsTheDayAcrossMidnight() throws {
        try prepareForSignOff()
        let hashBeforeMidnight = site.record(of: day).sha256
        setClock(23, 59, second: 30)
        clock.advance(by: 40)
        let signed = now
        XCTAssertEqual(signed.localDate, today.adding(days: 1), "the clock has crossed into the next day")
        XCTAssertEqual(signed.clockTime, "00:00")

        XCTAssertNil(dayError { try day.signOff(clientName: "Mark Hughes", signature: signature, at: signed,
                                               cleanupItems: cleanupItems, recordHash: hashBeforeMidnight) })
        site.noteChanged(day)

        XCTAssertEqual(day.date, today)
        XCTAssertEqual(day.id, "2026-11-23")
        XCTAssertEqual(day.state, .signed)
        XCTAssertEqual(day.signOff?.signedAt, signed)
        XCTAssertEqual(day.signOff?.recordHash, hashBeforeMidnight)
        XCTAssertEqual(site.record(of: day).date, today)
        XCTAssertEqual(site.days, [DaySummary(date: today, state: .signed, departed: false, entries: 0, amendments: 0)])
        XCTAssertEqual(site.unsignedDays(before: today.adding(days: 1)), [])

        XCTAssertNil(dayError { try day.depart(at: setClock(0, 5, days: 1)) })
        XCTAssertEqual(day.date, today)
        let tomorrow = try site.openDay(today.adding(days: 1), at: setClock(7, 30, days: 1))
        XCTAssertEqual(tomorrow.date, LocalDate(year: 2026, month: 11, day: 24))
        XCTAssertEqual(site.days.map(\.date), [today, today.adding(days: 1)])
    }
}
