import Foundation
import XCTest
@testable import OnsiteCore

/// Every way of changing signed records after the fact is caught by `ChainVerifier`, and named.
final class ChainTamperTests: XCTestCase {
    private var site: Site!
    private var days: [WorkDay]!
    /// The indexes (in `days`) of the three sealed days, in chain order.
    private var sealed: [Int]!

    override func setUp() {
        super.setUp()
        (site, days) = DemoSite.makeWithDays(standard: Fixture.standard, clock: Fixture.clock(), ids: SequentialIdSource(prefix: "d"),
                                            language: .english, signer: Fixture.signer)
        sealed = days.indices.filter { days[$0].signOff != nil }
    }

    private func failure(file: StaticString = #filePath, line: UInt = #line) -> ChainVerifier.Failure? {
        switch ChainVerifier.verify(site: site, days: days) {
        case .success: XCTFail("the change was not noticed", file: file, line: line); return nil
        case .failure(let failure): return failure
        }
    }

    private func date(_ position: Int) -> LocalDate { days[sealed[position]].date }

    func testUntouchedRecordsVerify() throws {
        let report = try ChainVerifier.verify(site: site, days: days).get()
        XCTAssertEqual(report.summary, "demo: 3 signed records, chain intact, signatures valid")
    }

    func testOneByteChangedInTheSignedRecordText() {
        let record = days[sealed[1]].signOff!.record
        days[sealed[1]].signOff!.record = record.replacingOccurrences(of: "\"format\":1", with: "\"format\":2")
        XCTAssertNotEqual(days[sealed[1]].signOff!.record, record)
        XCTAssertEqual(days[sealed[1]].sealCheck, .recordEdited)
        XCTAssertEqual(failure(), .init(siteID: "demo", date: date(1), reason: .recordEdited))
    }

    func testOneByteChangedInTheClientName() {
        days[sealed[0]].signOff!.clientName += "x"
        XCTAssertTrue(days[sealed[0]].sealCheck.isTampered)
        XCTAssertEqual(failure(), .init(siteID: "demo", date: date(0), reason: .edited))
        XCTAssertTrue(failure()?.description.contains("edited") == true)
    }

    func testOneDotMovedInAStroke() {
        days[sealed[2]].signOff!.signature.strokes[0][0].x += 1
        XCTAssertEqual(days[sealed[2]].sealCheck, .edited)
        XCTAssertEqual(failure(), .init(siteID: "demo", date: date(2), reason: .edited))
    }

    func testADayFileRemoved() {
        let removed = date(1)
        days.remove(at: sealed[1])
        XCTAssertEqual(failure(), .init(siteID: "demo", date: removed, reason: .dayRemoved))
    }

    func testASignOffRemoved() {
        days[sealed[1]].signOff = nil
        XCTAssertEqual(failure(), .init(siteID: "demo", date: date(1), reason: .signOffRemoved))
    }

    func testARecordRemovedWithItsIndexEntry() {
        let (removed, third) = (date(1), date(2))
        days.remove(at: sealed[1])
        site.days.removeAll { $0.date == removed }
        XCTAssertEqual(failure(), .init(siteID: "demo", date: third, reason: .sequenceGap(expected: 2, found: 3)))
    }

    func testTheLastRecordRemovedWithItsIndexEntry() {
        let removed = date(2)
        days.remove(at: sealed[2])
        site.days.removeAll { $0.date == removed }
        XCTAssertEqual(failure()?.reason, .headAhead(head: 3, last: 2))
    }

    func testTwoRecordsSwapped() {
        let first = days[sealed[0]].signOff!.seal
        days[sealed[0]].signOff!.seal = days[sealed[1]].signOff!.seal
        days[sealed[1]].signOff!.seal = first
        XCTAssertTrue(days[sealed[0]].sealCheck.isTampered)
        XCTAssertEqual(failure(), .init(siteID: "demo", date: date(1), reason: .moved(from: "demo/\(date(0).isoText)")))
        XCTAssertTrue(failure()?.description.contains("reordered") == true)
    }

    func testASignatureReplacedByAnotherKeys() throws {
        let other = try XCTUnwrap(DeviceKey(rawRepresentation: Data(repeating: 9, count: 32)))
        let hash = days[sealed[1]].signOff!.seal!.hash
        days[sealed[1]].signOff!.seal!.signature = try other.sign(Data(hash.utf8)).base64EncodedString()
        XCTAssertEqual(days[sealed[1]].sealCheck, .signatureInvalid)
        XCTAssertEqual(failure(), .init(siteID: "demo", date: date(1), reason: .signatureInvalid))
    }

    func testAKeyAndSignatureReplacedTogether() throws {
        let other = try XCTUnwrap(DeviceKey(rawRepresentation: Data(repeating: 9, count: 32)))
        var seal = days[sealed[1]].signOff!.seal!
        seal.publicKey = other.publicKey.base64EncodedString()
        seal.keyID = other.keyID
        seal.signature = try other.sign(Data(seal.hash.utf8)).base64EncodedString()
        days[sealed[1]].signOff!.seal = seal
        XCTAssertEqual(failure(), .init(siteID: "demo", date: date(1), reason: .edited), "the key id is part of what was hashed")
    }

    func testAWholeRecordResealedBreaksTheNextLink() throws {
        // Someone with the key edits a record and seals it again: the next record no longer follows it.
        var (resite, redays) = (site!, days!)
        var edited = redays[sealed[1]]
        edited.signOff!.clientName = "Someone Else"
        let seal = edited.signOff!.seal!
        let payload = SealPayload(siteID: resite.id, date: edited.date, signOff: edited.signOff!, seal: seal)
        edited.signOff!.seal!.hash = payload.sha256
        edited.signOff!.seal!.signature = try Fixture.signer.sign(Data(payload.sha256.utf8)).base64EncodedString()
        redays[sealed[1]] = edited
        resite.chain = site.chain
        guard case .failure(let failure) = ChainVerifier.verify(site: resite, days: redays) else { return XCTFail("not noticed") }
        XCTAssertEqual(failure, .init(siteID: "demo", date: date(2), reason: .previousHashMismatch))
    }

    func testTheChainHeadRewound() {
        let second = days[sealed[1]].signOff!.seal!
        site.chain = ChainHead(sequence: second.sequence, hash: second.hash)
        XCTAssertEqual(failure(), .init(siteID: "demo", date: nil, reason: .headRewound(head: 2, last: 3)))
    }

    func testAnUnsealedSignOffIsNotAcceptedAsSealed() {
        days[sealed[0]].signOff!.seal = nil
        XCTAssertEqual(days[sealed[0]].sealCheck, .unsealed)
        XCTAssertFalse(days[sealed[0]].sealCheck.isTampered)
        XCTAssertEqual(failure(), .init(siteID: "demo", date: date(0), reason: .unsealed))
    }
}
