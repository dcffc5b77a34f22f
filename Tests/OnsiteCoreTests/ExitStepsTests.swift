import Foundation
import XCTest
@testable import OnsiteCore

/// The exit steps of part 四, each with its rules and refusals.
final class ExitStepsTests: ExitTestCase {
    func testPreAcceptanceNeedsTheThreeRolesAndAValidTime() throws {
        var missing = people
        missing[.clientSupervisor] = "  "
        assertRefused(.missingParticipant(.clientSupervisor)) { try $0.recordPreAcceptance(date: "2026-11-24", time: "09:00", participants: missing, notes: "", at: now) }
        assertRefused(.badClockTime("25:00")) { try $0.recordPreAcceptance(date: "2026-11-24", time: "25:00", participants: people, notes: "", at: now) }
        assertRefused(.badDate("2026-02-30")) { try $0.recordPreAcceptance(date: "2026-02-30", time: "09:00", participants: people, notes: "", at: now) }
        try preAccept()
        XCTAssertEqual(site.exit.preAcceptance?.participants.map(\.role), [.projectManager, .clientSupervisor, .engineeringHead])
        XCTAssertEqual(site.phase, .exit)
    }

    func testFindingsBecomeProblemsWithOwnerAndDueDateAndStayOutOfTheDaysRecord() throws {
        assertRefused(.noPreAcceptance) { try $0.addFinding("Label missing", owner: "Tom", due: "2026-11-30", id: "f-1", at: now) }
        try preAccept()
        assertRefused(.dueInThePast(LocalDate(year: 2026, month: 11, day: 20))) { try $0.addFinding("Label missing", owner: "Tom", due: "2026-11-20", id: "f-1", at: now) }
        assertRefused(.text(.emptyText)) { try $0.addFinding("Label missing", owner: " ", due: "2026-11-30", id: "f-1", at: now) }
        try site.addFinding("Label missing on the valve", owner: "Tom Baker", due: "2026-11-30", id: "f-1", at: now)
        let finding = try XCTUnwrap(site.registers.problems.first { $0.id == "f-1" })
        XCTAssertEqual(finding.owner, "Tom Baker")
        XCTAssertEqual(finding.solveDue, LocalDate(year: 2026, month: 11, day: 30))
        XCTAssertEqual(finding.origin, .preAcceptance)
        XCTAssertEqual(site.findings.map(\.id), ["f-1"])
        XCTAssertEqual(site.exit.preAcceptance?.findingIDs, ["f-1"])
        // A working day opened on the pre-acceptance day does not sign the finding as its own problem.
        var tomorrow = try site.openDay(now.localDate, at: now)
        XCTAssertTrue(site.record(of: tomorrow).problems.isEmpty)
        tomorrow.noBriefingReason = nil
    }

    func testFormalAcceptanceFollowsThePreAcceptanceAndListsReservations() throws {
        assertRefused(.noPreAcceptance) { try $0.recordAcceptance(date: "2026-11-24", time: "11:00", participants: [.projectManager: "H", .client: "M"], result: .accepted, reservations: [], reference: "AR-1", at: now) }
        try preAccept()
        assertRefused(.missingParticipant(.client)) { try $0.recordAcceptance(date: "2026-11-24", time: "11:00", participants: [.projectManager: "H"], result: .accepted, reservations: [], reference: "AR-1", at: now) }
        assertRefused(.reservationsMissing) { try $0.recordAcceptance(date: "2026-11-24", time: "11:00", participants: [.projectManager: "H", .client: "M"], result: .acceptedWithReservations, reservations: [" "], reference: "AR-1", at: now) }
        assertRefused(.text(.emptyText)) { try $0.recordAcceptance(date: "2026-11-24", time: "11:00", participants: [.projectManager: "H", .client: "M"], result: .accepted, reservations: [], reference: "", at: now) }
        try accept(.notAccepted)
        XCTAssertFalse(site.isDone(.formalAcceptance))
        try accept(.acceptedWithReservations, reservations: ["Paint touch-up", ""])
        XCTAssertEqual(site.exit.acceptances.count, 2, "a site not accepted is accepted later; both are kept")
        XCTAssertEqual(site.exit.acceptance?.reservations, ["Paint touch-up"])
        XCTAssertTrue(site.isDone(.formalAcceptance))
    }

    func testTheDeliveryReportIsSignedOnlyAfterAnAcceptanceThatAcceptedTheWork() throws {
        try preAccept()
        try site.addHandoverItem(.sparePart, name: "Seal kit", quantity: "2", receivedBy: "Mark Hughes", id: "h-1")
        assertRefused(.notAccepted) { try $0.signDelivery(clientName: "Mark Hughes", signature: signature, at: now, signer: Fixture.signer) }
        try accept(.notAccepted)
        assertRefused(.notAccepted) { try $0.signDelivery(clientName: "Mark Hughes", signature: signature, at: now, signer: Fixture.signer) }
        try accept()
        assertRefused(.emptyName) { try $0.signDelivery(clientName: " ", signature: signature, at: now, signer: Fixture.signer) }
        assertRefused(.emptySignature) { try $0.signDelivery(clientName: "Mark Hughes", signature: Signature(width: 10, height: 10), at: now, signer: Fixture.signer) }
        try site.signDelivery(clientName: "Mark Hughes", signature: signature, at: now, signer: Fixture.signer)
        let signed = try XCTUnwrap(site.exit.delivery)
        XCTAssertTrue(signed.recordIsIntact)
        XCTAssertTrue(signed.record.contains("Seal kit") && signed.record.contains("AR-1"), "the record names what was handed over and the acceptance")
        XCTAssertEqual(signed.sealCheck(type: SealPayload.deliveryReport, recordID: "site-1/delivery-report"), .valid)
        XCTAssertEqual(site.chain?.sequence, 1, "the delivery report is the next link of the chain (the fixture day is unsealed)")
        assertRefused(.alreadySigned) { try $0.addHandoverItem(.document, name: "Manual", quantity: "1", receivedBy: "M", id: "h-2") }
        assertRefused(.alreadySigned) { try $0.removeHandoverItem("h-1") }
        assertRefused(.alreadySigned) { try $0.recordAcceptance(date: "2026-11-24", time: "12:00", participants: [.projectManager: "H", .client: "M"], result: .notAccepted, reservations: [], reference: "AR-2", at: now) }
    }

    func testHandoverQuantitiesAreWholeNumbersAboveZero() throws {
        for bad in ["-1", "0", "abc", "1.5", "", "1e3", "９"] {
            assertRefused(.badQuantity(bad)) { try $0.addHandoverItem(.sparePart, name: "Seal", quantity: bad, receivedBy: "M", id: "h") }
        }
        assertRefused(.text(.emptyText)) { try $0.addHandoverItem(.sparePart, name: "Seal", quantity: "1", receivedBy: "", id: "h") }
        try site.addHandoverItem(.sparePart, name: "Seal", quantity: " 12 ", receivedBy: "M", id: "h")
        XCTAssertEqual(site.exit.handover.first?.quantity, 12)
    }

    func testLeftoversAreCountedListedAndTakenBack() throws {
        for bad in ["-2", "0", "0.0", "two", "1,2,3", "3 m", "1e2", "", "1.2345"] {
            assertRefused(.badQuantity(bad)) { try $0.addLeftover("Cable", quantity: bad, unit: "m", id: "l", at: now) }
        }
        assertRefused(.text(.emptyText)) { try $0.addLeftover("Cable", quantity: "3", unit: " ", id: "l", at: now) }
        XCTAssertFalse(site.isDone(.leftovers))
        try site.setLeftoversCounted(true, at: now)
        XCTAssertTrue(site.isDone(.leftovers), "nothing left over, counted: done")
        try site.addLeftover("Cable 4 mm²", quantity: "2,5", unit: "m", id: "l-1", at: now)
        XCTAssertNil(site.exit.leftoversCountedAt, "a line added after the count reopens it")
        XCTAssertEqual(site.exit.leftovers.first?.quantity, "2.5")
        try site.setLeftoversCounted(true, at: now)
        XCTAssertFalse(site.isDone(.leftovers))
        XCTAssertEqual(site.closingGaps.filter { if case .leftoversNotReturned = $0 { true } else { false } }, [.leftoversNotReturned(["Cable 4 mm²"])])
        try site.setLeftoverReturned("l-1", true, at: now)
        XCTAssertTrue(site.isDone(.leftovers))
        assertRefused(.alreadySigned) { try $0.removeLeftover("l-1") }
    }

    func testTheSiteRestoredNeedsTheRequestThenTheClientsSignature() throws {
        assertRefused(.noRestorationRequest) { try $0.signRestoration(clientName: "M", signature: signature, at: now, signer: Fixture.signer) }
        try site.setRestorationRequest("Barriers removed,\nfloor swept")
        try site.signRestoration(clientName: "Mark Hughes", signature: signature, at: now, signer: Fixture.signer)
        XCTAssertEqual(site.exit.restoration?.sealCheck(type: SealPayload.siteRestored, recordID: "site-1/site-restored"), .valid)
        assertRefused(.alreadySigned) { try $0.setRestorationRequest("Something else") }
    }

    func testSurveyScoresStayWithinTheStandardsScale() throws {
        let factor = Fixture.standard.satisfactionFactors[0]
        assertRefused(.surveyNotHanded) { try $0.enterSurveyAnswers(level: 3, scores: [], comments: "", at: now) }
        try site.handSurvey(to: "Mark Hughes", at: now)
        assertRefused(.scoreOutOfRange(6)) { try $0.enterSurveyAnswers(level: 6, scores: [], comments: "", at: now) }
        assertRefused(.scoreOutOfRange(0)) { try $0.enterSurveyAnswers(level: 0, scores: [], comments: "", at: now) }
        assertRefused(.scoreOutOfRange(-1)) { try $0.enterSurveyAnswers(level: 3, scores: [FactorScore(factor: factor, score: -1)], comments: "", at: now) }
        try site.enterSurveyAnswers(level: 5, scores: [FactorScore(factor: factor, score: 4)], comments: "A tidy crew\u{1B}[31m", at: now)
        XCTAssertEqual(site.exit.survey?.answers?.level, 5)
        XCTAssertFalse(site.exit.survey?.answers?.comments.contains("\u{1B}") ?? true, "escape sequences never reach the record")
    }

    func testTheStandardCarriesFiveServiceLevelsAndTheKeyFactors() {
        XCTAssertEqual(Fixture.standard.serviceLevels.count, 5)
        XCTAssertEqual(Fixture.standard.serviceLevels.last?.zh, "成为客户的合作伙伴,获得高度评价")
        XCTAssertEqual(Fixture.standard.satisfactionFactors.count, 14)
        XCTAssertTrue(Fixture.standard.satisfactionFactors.contains { $0.zh == "信守承诺" })
    }
}
