import Foundation
import XCTest
@testable import OnsiteCore

/// Sealing sign-offs: the device key, the seal on each sign-off, the site's chain.
final class SealTests: StorageTestCase {
    private func demo() -> (site: Site, days: [WorkDay]) {
        DemoSite.makeWithDays(standard: Fixture.standard, clock: Fixture.clock(), ids: SequentialIdSource(prefix: "d"), language: .english, signer: Fixture.signer)
    }

    func testTheDeviceKeyIsCreatedOnceKeptPrivateAndReadBack() throws {
        let first = try DeviceKey.loadOrCreate(in: directory)
        XCTAssertEqual(permissions(of: directory.deviceKeyFile.path), 0o600)
        XCTAssertEqual(first.keyID.count, 16)
        XCTAssertEqual(first.keyID, String(StandardLoader.sha256(of: first.publicKey).prefix(16)))
        let again = try DeviceKey.loadOrCreate(in: directory)
        XCTAssertEqual(again, first, "the same key on the next run")
        let signature = try again.sign(Data("x".utf8))
        XCTAssertTrue(DeviceKey.isValid(signature: signature, of: Data("x".utf8), publicKey: first.publicKey))
        XCTAssertFalse(DeviceKey.isValid(signature: signature, of: Data("y".utf8), publicKey: first.publicKey))
    }

    func testADamagedKeyFileIsReportedNotReplaced() throws {
        try DurableFile.makeDirectory(directory.root)
        try Data("not a key".utf8).write(to: directory.deviceKeyFile)
        XCTAssertNotNil(storageError { _ = try DeviceKey.loadOrCreate(in: directory) })
        XCTAssertEqual(try String(contentsOf: directory.deviceKeyFile, encoding: .utf8), "not a key", "left for a person to look at")
    }

    func testTheDemoSignedDaysAreSealedInOneChain() throws {
        let (site, days) = demo()
        let seals = days.compactMap { $0.signOff?.seal }
        XCTAssertEqual(seals.map(\.sequence), [1, 2, 3])
        XCTAssertEqual(seals.first?.previousHash, SignOffSeal.genesisHash)
        XCTAssertEqual(seals[1].previousHash, seals[0].hash)
        XCTAssertEqual(seals[2].previousHash, seals[1].hash)
        XCTAssertEqual(site.chain, ChainHead(sequence: 3, hash: seals[2].hash))
        for seal in seals {
            XCTAssertTrue(seal.demo, "a demo record says so inside what is signed")
            XCTAssertEqual(seal.keyID, Fixture.signer.keyID)
            XCTAssertEqual(seal.crewLeader, site.profile.crewLeader?.name)
        }
        for day in days where day.signOff != nil { XCTAssertEqual(day.sealCheck, .valid) }
        XCTAssertEqual(try ChainVerifier.verify(site: site, days: days).get().signedRecords, 3)
    }

    func testTheSealSignsTheCanonicalPayload() throws {
        let (site, days) = demo()
        let day = try XCTUnwrap(days.first { $0.signOff != nil })
        let signOff = try XCTUnwrap(day.signOff)
        let seal = try XCTUnwrap(signOff.seal)
        let payload = SealPayload(siteID: site.id, date: day.date, signOff: signOff, seal: seal)
        let text = String(decoding: payload.canonicalData(), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("{\"clientName\":"), "keys sorted, no whitespace: \(text)")
        XCTAssertTrue(text.contains("\"type\":\"day-sign-off\""))
        XCTAssertTrue(text.contains("\"recordID\":\"demo/\(day.date.isoText)\""))
        XCTAssertTrue(text.contains("\"signedAt\":\"\(signOff.signedAt.isoText)\""))
        XCTAssertTrue(text.contains("\"demo\":true"))
        XCTAssertEqual(payload.recordHash, signOff.recordHash)
        XCTAssertEqual(payload.sha256, seal.hash)
    }

    func testADayClosedWithoutSignatureIsSealedWhenSignedLater() throws {
        var (site, days) = demo()
        let index = try XCTUnwrap(days.firstIndex { $0.state == .closedWithoutSignature })
        let signature = DemoSite.signature(variant: 9)
        try site.signOff(&days[index], clientName: "Mark Hughes", signature: signature, at: Timestamp(clock: Fixture.clock()),
                         cleanupItems: Fixture.standard.cleanup.map(\.id), signer: Fixture.signer)
        let seal = try XCTUnwrap(days[index].signOff?.seal)
        XCTAssertEqual(seal.sequence, 4)
        XCTAssertEqual(site.chain?.sequence, 4)
        XCTAssertEqual(site.daySummary(days[index].date)?.state, .signed)
        XCTAssertEqual(try ChainVerifier.verify(site: site, days: days).get().signedRecords, 4)
    }

    func testARefusedSignatureChangesNeitherTheDayNorTheChain() throws {
        var (site, days) = demo()
        let index = try XCTUnwrap(days.firstIndex { $0.signOff != nil })
        let before = (site, days[index])
        XCTAssertEqual(dayError {
            try site.signOff(&days[index], clientName: "X", signature: DemoSite.signature(variant: 1), at: Timestamp(clock: Fixture.clock()),
                             cleanupItems: [], signer: Fixture.signer)
        }, .alreadySigned)
        XCTAssertEqual(site, before.0)
        XCTAssertEqual(days[index], before.1)
    }

    func testASiteFileWithoutAChainStillReads() throws {
        let (site, _) = demo()
        var text = String(decoding: try JSONFormat.encode(site), as: UTF8.self)
        XCTAssertTrue(text.contains("\"chain\""))
        let start = try XCTUnwrap(text.range(of: "\"chain\" : {"))
        let end = try XCTUnwrap(text.range(of: "},", range: start.upperBound..<text.endIndex))
        text.removeSubrange(start.lowerBound..<end.upperBound)
        let read = try JSONFormat.decode(Site.self, from: Data(text.utf8))
        XCTAssertNil(read.chain)
        XCTAssertEqual(read.days, site.days)
    }

    func testTheStoreReadsEveryDayForVerificationWithoutRepairing() throws {
        let (site, days) = demo()
        for day in days { try store.save(day, of: site) }
        let file = directory.dayFile(site.id, days[0].date)
        try Data("garbage".utf8).write(to: file)
        let read = store.readAllDays(siteID: site.id)
        XCTAssertEqual(read.days.count, days.count - 1)
        XCTAssertEqual(Array(read.unreadable.keys), [days[0].date])
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "garbage", "left in place")
        guard case .failure(let failure) = ChainVerifier.verify(site: site, days: read.days, unreadable: read.unreadable) else { return XCTFail("not noticed") }
        XCTAssertEqual(failure.date, days[0].date)
    }
}
