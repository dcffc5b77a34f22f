import Foundation
import XCTest
@testable import OnsiteCore

/// The closing gate names exactly what is missing; a closed site is archived and read-only.
final class ClosingGateTests: ExitTestCase {
    func testANewExitListsEverythingMissing() {
        XCTAssertEqual(site.closingGaps, [.noPreAcceptance, .notAccepted, .deliveryUnsigned, .leftoversNotCounted, .restorationUnsigned, .surveyNotHanded, .noThanks])
        assertRefused(.cannotClose(site.closingGaps)) { try $0.close(at: now) }
    }

    func testUnsignedDaysOpenProblemsAndUnreturnedItemsBlockClosingByName() throws {
        try finishExit()
        try site.addProblem("Valve leaks", severity: .high, day: today.adding(days: 1), id: "p-1", at: now)
        try site.borrow("Pallet jack no. 7", from: "Mark Hughes", condition: "good", id: "b-1", at: now)
        var open = try site.openDay(today.adding(days: 1), at: now)
        open.noBriefingReason = nil
        site.noteChanged(open)
        XCTAssertEqual(site.closingGaps, [.daysUnsigned([today.adding(days: 1)]), .problemsOpen(["Valve leaks"]), .borrowingsOpen(["Pallet jack no. 7"])])
        assertRefused(.cannotClose(site.closingGaps)) { try $0.close(at: now) }
    }

    func testADayClosedWithoutSignatureBlocksUntilTheClientSigns() throws {
        setClock(8, 0, days: 1)
        day = try site.openDay(today.adding(days: 1), at: now)
        try day.setAttendance("c-1", .present, in: site)
        try day.holdBriefing(at: setClock(8, 15, days: 1))
        let time = setClock(16, 30, days: 1)
        for item in cleanupItems { try day.setCleanup(item, done: true, by: "Tom Baker", at: time) }
        try day.closeWithoutSignature(consentedBy: "Mark Hughes", channel: .phone, consentTime: "16:55", reason: "Away", at: setClock(17, 0, days: 1), cleanupItems: cleanupItems)
        site.noteChanged(day)
        setClock(9, 0, days: 2)
        try finishExit()
        XCTAssertEqual(site.closingGaps, [.daysUnsigned([today.adding(days: 1)])])
        try site.signOff(&day, clientName: "Mark Hughes", signature: signature, at: now, cleanupItems: cleanupItems, signer: Fixture.signer)
        XCTAssertEqual(site.closingGaps, [])
    }

    func testClosingArchivesTheSiteAndEveryChangeIsRefused() throws {
        try finishExit()
        XCTAssertEqual(site.closingGaps, [])
        try site.close(at: now)
        XCTAssertEqual(site.phase, .closed)
        XCTAssertTrue(site.isReadOnly)
        XCTAssertNotNil(site.archivedAt)
        assertRefused(.siteReadOnly) { try $0.recordThanks(at: now) }
        assertRefused(.alreadyClosed) { try $0.close(at: now) }
        XCTAssertThrowsError(try site.openDay(today.adding(days: 3), at: now)) { XCTAssertEqual($0 as? DayError, .siteReadOnly) }
        XCTAssertThrowsError(try site.addProblem("x", severity: .low, day: today, id: "p", at: now)) { XCTAssertEqual($0 as? DayError, .siteReadOnly) }
        // Brought back to the list, a closed site stays closed and read-only.
        try site.restoreFromArchive()
        XCTAssertNil(site.archivedAt)
        XCTAssertTrue(site.isReadOnly)
    }

    func testAnArchivedSiteIsReadOnlyUntilRestored() throws {
        site.archive(at: now)
        assertRefused(.siteReadOnly) { try $0.handSurvey(to: "M", at: now) }
        try site.restoreFromArchive()
        try site.handSurvey(to: "M", at: now)
        XCTAssertThrowsError(try site.restoreFromArchive()) { XCTAssertEqual($0 as? ExitError, .notArchived) }
    }

    func testTheChainHoldsTheDaysAndBothExitRecordsAndCatchesAnEditedDeliveryReport() throws {
        try finishExit()
        var sealedDay = day!
        sealedDay.signOff = nil
        // The fixture's day was signed without a seal: re-sign it sealed on a fresh copy of the site.
        var fresh = try XCTUnwrap(Fixture.site())
        try fresh.addClientRule("Safety shoes", id: "r-1", at: now)
        var first = try fresh.openDay(today, at: now)
        try first.setAttendance("c-1", .present, in: fresh)
        try first.holdBriefing(at: now)
        for item in cleanupItems { try first.setCleanup(item, done: true, by: "Tom", at: now) }
        try fresh.signOff(&first, clientName: "Mark Hughes", signature: signature, at: now, cleanupItems: cleanupItems, signer: Fixture.signer)
        site = fresh
        try finishExit()
        XCTAssertEqual(ChainVerifier.verify(site: site, days: [first]), .success(.init(siteID: "site-1", signedRecords: 3)))
        var edited = site!
        edited.exit.delivery?.clientName = "Someone Else"
        guard case .failure(let failure) = ChainVerifier.verify(site: edited, days: [first]) else { return XCTFail("edit not caught") }
        XCTAssertEqual(failure.exitRecord, "delivery-report")
        XCTAssertEqual(failure.reason, .edited)
        XCTAssertEqual(failure.description, "site-1 delivery-report: edited — the client's name, time, strokes or seal differ from what was sealed")
        var removed = site!
        removed.exit.restoration = nil
        guard case .failure(let gone) = ChainVerifier.verify(site: removed, days: [first]) else { return XCTFail("removal not caught") }
        XCTAssertEqual(gone.reason, .headAhead(head: 3, last: 2))
        _ = sealedDay
    }

    func testASchema2SiteFileReadsAsNotStartedOpenAndNotArchived() throws {
        var json = try JSONSerialization.jsonObject(with: JSONFormat.encode(site)) as? [String: Any] ?? [:]
        json.removeValue(forKey: "exit")
        json.removeValue(forKey: "closedAt")
        json.removeValue(forKey: "archivedAt")
        json["schema"] = 2
        let old = try JSONFormat.decode(Site.self, from: JSONSerialization.data(withJSONObject: json))
        XCTAssertEqual(old.exit, ExitRecord())
        XCTAssertFalse(old.isReadOnly)
        XCTAssertEqual(old.schema, Site.currentSchema)
    }
}
