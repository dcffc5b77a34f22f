import Foundation
import OnsiteCore
import XCTest

/// `onsite verify` on a real data directory: the demo's sealed days check out, and one changed byte is named.
final class VerifyTests: XCTestCase {
    func testVerifyPassesTheDemoAndNamesTheDayWithOneChangedByte() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-e2e-verify-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: data) }
        let directory = DataDirectory(root: data)
        try directory.prepare()
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_397_400)) // 2026-11-23 09:30 in Shanghai
        let signer = try DeviceKey.loadOrCreate(in: directory)
        let (site, days) = DemoSite.makeWithDays(standard: StandardLoader.defaultStandard(), clock: clock, ids: SequentialIdSource(prefix: "e"),
                                                 language: .english, signer: signer)
        let store = SiteStore(directory: directory, clock: clock)
        for day in days { try store.save(day, of: site) }

        let intact = try OnsiteProcess.run(["verify", "--data-dir", data.path])
        XCTAssertEqual(intact.status, 0, intact.standardError)
        XCTAssertEqual(intact.standardOutput.trimmingCharacters(in: .newlines), "demo: 3 signed records, chain intact, signatures valid")
        let one = try OnsiteProcess.run(["verify", "--site", "demo", "--data-dir", data.path])
        XCTAssertEqual(one.status, 0, one.standardError)

        // One letter of the client's name in the second signed day's file.
        let signed = try XCTUnwrap(days.filter { $0.signOff != nil }.dropFirst().first)
        let file = directory.dayFile(site.id, signed.date)
        var bytes = [UInt8](try Data(contentsOf: file))
        let marker = Array("\"clientName\" : \"".utf8)
        let start = try XCTUnwrap((0...(bytes.count - marker.count)).first { Array(bytes[$0..<($0 + marker.count)]) == marker })
        let position = start + marker.count
        bytes[position] = bytes[position] == UInt8(ascii: "X") ? UInt8(ascii: "Y") : UInt8(ascii: "X")
        try Data(bytes).write(to: file)

        let changed = try OnsiteProcess.run(["verify", "--data-dir", data.path])
        XCTAssertEqual(changed.status, 1, changed.standardOutput)
        XCTAssertTrue(changed.standardError.contains("demo \(signed.date.isoText): edited"), changed.standardError)
        XCTAssertFalse(changed.standardOutput.contains("chain intact"), changed.standardOutput)
    }
}
