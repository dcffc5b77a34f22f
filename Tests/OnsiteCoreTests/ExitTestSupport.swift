import Foundation
import XCTest
@testable import OnsiteCore

/// A site with one signed day, ready to walk through the exit step by step.
class ExitTestCase: DayTestCase {
    let people: [ParticipantRole: String] = [.projectManager: "Helen Carter", .clientSupervisor: "Mark Hughes", .engineeringHead: "Raj Patel"]

    override func setUpWithError() throws {
        try super.setUpWithError()
        try signToday()
        setClock(9, 0, days: 1)
    }

    /// Expects an exit action to be refused with an error, and the site left exactly as it was.
    func assertRefused(_ expected: ExitError, file: StaticString = #filePath, line: UInt = #line, _ body: (inout Site) throws -> Void) {
        var copy: Site = site
        do {
            try body(&copy)
            XCTFail("accepted; expected \(expected)", file: file, line: line)
        } catch {
            XCTAssertEqual(error as? ExitError, expected, file: file, line: line)
        }
        XCTAssertEqual(copy, site, "a refused action changed the site", file: file, line: line)
    }

    func preAccept() throws {
        try site.recordPreAcceptance(date: "2026-11-24", time: "09:00", participants: people, notes: "", at: now)
    }

    func accept(_ result: AcceptanceResult = .accepted, reservations: [String] = []) throws {
        try site.recordAcceptance(date: "2026-11-24", time: "11:00", participants: [.projectManager: "Helen Carter", .client: "Mark Hughes"],
                                  result: result, reservations: reservations, reference: "AR-1", at: now)
    }

    /// Every exit step done, so that only what a test leaves open keeps the site from closing.
    func finishExit() throws {
        try preAccept()
        try accept()
        try site.addHandoverItem(.document, name: "O&M manual", quantity: "1", receivedBy: "Mark Hughes", id: "h-1")
        try site.signDelivery(clientName: "Mark Hughes", signature: signature, at: now, signer: Fixture.signer)
        try site.setLeftoversCounted(true, at: now)
        try site.setRestorationRequest("Floor swept, barriers gone")
        try site.signRestoration(clientName: "Mark Hughes", signature: signature, at: now, signer: Fixture.signer)
        try site.handSurvey(to: "Mark Hughes", at: now)
        try site.recordThanks(at: now)
    }
}
