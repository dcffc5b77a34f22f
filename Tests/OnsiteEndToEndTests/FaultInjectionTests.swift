import Foundation
import OnsiteCore
import XCTest

/// Disk full and I/O errors, injected into the real program with strace.
final class FaultInjectionTests: XCTestCase {
    /// Creates the demo data in a first run and starts it once more (that start moves the closed demo's settled
    /// entries to `history/`), so the injected run only writes when an item is ticked.
    private func demoData() throws -> URL {
        let setup = try TmuxSession.start(self, arguments: ["demo"])
        try setup.waitFor("T Today")
        try setup.send(keys: "q")
        XCTAssertEqual(try setup.waitForExit(), 0)
        let again = try TmuxSession.start(self, arguments: ["demo"], dataDirectory: setup.dataDirectory)
        try again.waitFor("T Today")
        try again.send(keys: "q")
        XCTAssertEqual(try again.waitForExit(), 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: setup.dataDirectory.appendingPathComponent("sites/demo-closed/history").path))
        return setup.dataDirectory
    }

    private func strace(_ inject: String) throws -> [String] {
        guard let path = OnsiteProcess.which("strace") else {
            throw XCTSkip("strace is not installed (make test-deps installs it)")
        }
        return [path, "-f", "-o", "/dev/null", "-e", "trace=fsync", "-e", "inject=\(inject)", "--"]
    }

    private func itemState(_ id: String, in data: URL) throws -> String? {
        let site = try JSONDecoder().decode(Site.self, from: Data(contentsOf: data.appendingPathComponent("sites/demo/site.json")))
        return site.arrival.items[id]?.state.rawValue
    }

    func testDiskFullOnceSaysNotSavedKeepsTheTickAndTheNextChangeSavesBoth() throws {
        let data = try demoData()
        let app = try TmuxSession.start(self, arguments: ["demo"], dataDirectory: data, wrapper: try strace("fsync:error=ENOSPC:when=1"))
        try app.waitFor("T Today")
        try app.send(keys: "A")
        try app.waitFor("Arrival checklist")
        // "Spare parts" is the tenth item and still open in the demo.
        try app.send(keys: "j", "j", "j", "j", "j", "j", "j", "j", "j", "Space")
        let failed = try app.waitFor("NOT SAVED: the disk is full")
        XCTAssertTrue(TmuxSession.line(containing: "Spare parts", in: failed)?.contains("[✓]") ?? false, "kept in memory:\n\(failed)")
        XCTAssertEqual(try itemState("bring-spare-parts", in: data), "open", "the file on disk is untouched")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("sites/demo").path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [], "a failed save leaves no temporary file")

        // Quitting now would lose the tick: the program asks.
        try app.send(keys: "q")
        try app.waitFor("lose them?")
        try app.send(keys: "n")
        // The next change writes the whole site again, through a new file.
        try app.send(keys: "k", "Space")
        try app.waitFor("Saved. Everything is on disk again.")
        XCTAssertEqual(try itemState("bring-spare-parts", in: data), "done")
        XCTAssertEqual(try itemState("bring-satisfaction-survey", in: data), "open", "the second change is on disk too")
        try app.send(keys: "q")
        XCTAssertEqual(try app.waitForExit(), 0)
    }

    func testAnIOErrorOnEveryFsyncIsReportedAndNothingSavedIsDamaged() throws {
        let data = try demoData()
        let before = try Data(contentsOf: data.appendingPathComponent("sites/demo/site.json"))
        let app = try TmuxSession.start(self, arguments: ["demo"], dataDirectory: data, wrapper: try strace("fsync:error=EIO"))
        try app.waitFor("T Today")
        try app.send(keys: "A")
        try app.waitFor("Arrival checklist")
        try app.send(keys: "Space")
        let screen = try app.waitFor("NOT SAVED")
        XCTAssertTrue(screen.contains("Input/output error") || screen.contains("fsync"), "the reason is given:\n\(screen)")
        try app.send(keys: "j", "Space")
        try app.waitFor("NOT SAVED")
        XCTAssertEqual(try Data(contentsOf: data.appendingPathComponent("sites/demo/site.json")), before, "the saved file is intact")
        try app.send(keys: "q")
        try app.waitFor("lose them?")
        try app.send(keys: "y")
        XCTAssertEqual(try app.waitForExit(), 0)
    }
}
