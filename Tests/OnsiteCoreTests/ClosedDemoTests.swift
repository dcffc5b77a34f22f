import Foundation
import XCTest
@testable import OnsiteCore

/// The second demo site is closed properly: a trainer can show a finished site.
final class ClosedDemoTests: XCTestCase {
    func testTheClosedDemoIsClosedThroughTheGateWithAnIntactChain() throws {
        for language in [Language.english, .chinese] {
            let (site, days) = DemoSite.makeClosed(standard: Fixture.standard, clock: Fixture.clock(), ids: SequentialIdSource(prefix: "c"),
                                                   language: language, signer: Fixture.signer)
            XCTAssertEqual(site.id, DemoSite.closedID)
            XCTAssertEqual(site.phase, .closed, "\(language)")
            XCTAssertTrue(site.isReadOnly)
            XCTAssertTrue(site.isArrivalComplete(Fixture.standard), "\(language): \(site.arrivalMissing(Fixture.standard).map(\.item.id))")
            XCTAssertEqual(site.closingGaps, [])
            XCTAssertTrue(days.allSatisfy { $0.sealCheck == .valid })
            XCTAssertEqual(ChainVerifier.verify(site: site, days: days), .success(.init(siteID: DemoSite.closedID, signedRecords: days.count + 2)))
            XCTAssertEqual(site.exit.acceptance?.result, .acceptedWithReservations)
            XCTAssertEqual(site.exit.survey?.answers?.level, 4)
            XCTAssertTrue(site.isDemo)
        }
    }
}
