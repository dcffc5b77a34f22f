import XCTest
@testable import OnsiteCore

/// The demo site in full swing: worked days, signed and not, with what a trainer wants to show.
final class DemoDaysTests: XCTestCase {
    private func demo(_ language: Language) -> (site: Site, days: [WorkDay]) {
        DemoSite.makeWithDays(standard: Fixture.standard, clock: Fixture.clock(), ids: SequentialIdSource(prefix: "d"), language: language, signer: Fixture.signer)
    }

    func testTheDemoHasSignedDaysAnExceptionAnOverdueProblemAndAnOpenBorrowing() throws {
        for language in Language.allCases {
            let (site, days) = demo(language)
            let today = Timestamp(clock: Fixture.clock()).localDate
            XCTAssertEqual(days.count, DemoSite.workedDays)
            XCTAssertEqual(site.days.map(\.date), days.map(\.date))
            XCTAssertEqual(days.last?.date, today.adding(days: -1), "today is left for the user to start")
            XCTAssertEqual(site.days.filter { $0.state == .signed }.count, 3)
            XCTAssertEqual(site.days.filter { $0.state == .closedWithoutSignature }.count, 1)
            XCTAssertTrue(days.allSatisfy { $0.departedAt != nil })
            XCTAssertEqual(site.registers.overdueProblems(on: today).count, 1)
            XCTAssertEqual(site.registers.openBorrowings.count, 1)
            XCTAssertEqual(site.registers.extraWork.count, 1)
            XCTAssertEqual(site.registers.materials.count, 1)
            XCTAssertFalse(days[3].unfinishedTasks(from: days[3]).isEmpty, "yesterday left a task to carry over")
            XCTAssertLessThan(site.createdAt.localDate, days[0].date.adding(days: 1), "arrival was on the first day")
        }
    }

    func testEachSignatureIsDrawnAndHashesTheRecordAsSigned() throws {
        let (site, days) = demo(.english)
        for day in days {
            guard let signOff = day.signOff else { continue }
            XCTAssertTrue(signOff.signature.isDrawn)
            XCTAssertEqual(signOff.clientName, "Mark Hughes")
            XCTAssertEqual(signOff.recordHash, site.record(of: day).sha256)
            XCTAssertTrue(signOff.recordIsIntact, "the record kept with the signature hashes to the signed hash")
            XCTAssertTrue(site.record(of: day).demo)
        }
    }

    func testTheSignedRecordIsKeptAsSignedWhenTheSiteChangesLater() throws {
        var (site, days) = demo(.english)
        site.profile.name = "Renamed after signing"
        let signed = try XCTUnwrap(days.first { $0.signOff != nil }?.signOff)
        XCTAssertTrue(signed.recordIsIntact)
        XCTAssertTrue(signed.record.contains("Northgate Bottling"), "the record keeps the site as it was signed")
        XCTAssertNotEqual(site.record(of: days[0]).sha256, signed.recordHash, "rebuilt from today's site it would not match")
        var tampered = signed
        tampered.record = tampered.record.replacingOccurrences(of: "Northgate", with: "Southgate")
        XCTAssertFalse(tampered.recordIsIntact)
    }
}
