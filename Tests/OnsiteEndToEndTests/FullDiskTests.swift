import Foundation
import OnsiteCore
import XCTest

/// A disk that is really full: the data directory on a small tmpfs filled to the last block, so the write
/// itself fails with ENOSPC (the strace tests fail fsync). Needs root to mount; skipped, with the reason, without.
final class FullDiskTests: XCTestCase {
    private func run(_ program: String, _ arguments: [String]) throws -> OnsiteProcess.Result {
        guard let path = OnsiteProcess.which(program) else { throw XCTSkip("\(program) is not installed") }
        return try OnsiteProcess.execute(URL(fileURLWithPath: path), arguments)
    }

    private func itemState(_ id: String, in data: URL) throws -> String? {
        let site = try JSONDecoder().decode(Site.self, from: Data(contentsOf: data.appendingPathComponent("sites/demo/site.json")))
        return site.arrival.items[id]?.state.rawValue
    }

    func testAFullDiskOnWriteSaysNotSavedAndTheNextChangeSavesOnceThereIsRoom() throws {
        // The demo's data, made on the ordinary disk.
        let setup = try TmuxSession.start(self, arguments: ["demo"])
        try setup.waitFor("T Today")
        try setup.send(keys: "q")
        XCTAssertEqual(try setup.waitForExit(), 0)

        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        let mounted = try run("mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint.path])
        guard mounted.status == 0 else {
            try? FileManager.default.removeItem(at: mountPoint)
            throw XCTSkip("cannot mount a small tmpfs here (needs root): \(mounted.standardError)")
        }
        addTeardownBlock {
            _ = try? self.run("umount", ["-l", mountPoint.path])
            try? FileManager.default.removeItem(at: mountPoint)
        }
        let data = mountPoint.appendingPathComponent("data")
        XCTAssertEqual(try run("cp", ["-a", setup.dataDirectory.path, data.path]).status, 0)
        let siteFile = data.appendingPathComponent("sites/demo/site.json")
        let before = try Data(contentsOf: siteFile)

        // Fill every last block.
        let filler = mountPoint.appendingPathComponent("filler")
        let fill = try run("dd", ["if=/dev/zero", "of=\(filler.path)", "bs=4096"])
        XCTAssertTrue(fill.standardError.contains("No space left"), "the filler filled the disk: \(fill.standardError)")

        let app = try TmuxSession.start(self, arguments: ["demo"], dataDirectory: data)
        try app.waitFor("T Today")
        try app.send(keys: "A")
        try app.waitFor("Arrival checklist")
        // "Spare parts" is the tenth item and still open in the demo.
        try app.send(keys: "j", "j", "j", "j", "j", "j", "j", "j", "j", "Space")
        let failed = try app.waitFor("NOT SAVED: the disk is full")
        XCTAssertTrue(TmuxSession.line(containing: "Spare parts", in: failed)?.contains("[✓]") ?? false, "kept in memory:\n\(failed)")
        XCTAssertEqual(try Data(contentsOf: siteFile), before, "the saved file is untouched")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("sites/demo").path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [], "a failed write leaves no temporary file")

        // Room again: the next change writes everything.
        try FileManager.default.removeItem(at: filler)
        try app.send(keys: "k", "Space")
        try app.waitFor("Saved. Everything is on disk again.")
        XCTAssertEqual(try itemState("bring-spare-parts", in: data), "done")
        try app.send(keys: "q")
        XCTAssertEqual(try app.waitForExit(), 0)
    }
}
