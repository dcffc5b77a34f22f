#if canImport(Glibc)
import Glibc
#endif
import Foundation
import OnsiteCore
import XCTest

/// A pulled plug, 200 times: kill -9 at random moments while items are ticked.
final class CrashLoopTests: XCTestCase {
    /// A small, seeded generator so a failing run can be repeated (the seed is in the message).
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private func load(_ data: URL) throws -> Site {
        try JSONDecoder().decode(Site.self, from: Data(contentsOf: data.appendingPathComponent("sites/demo/site.json")))
    }

    func testTwoHundredKillsNeverLoseWhatWasShownAsSaved() throws {
        let trials = Int(ProcessInfo.processInfo.environment["ONSITE_KILL_TRIALS"] ?? "") ?? 200
        let seed = UInt64(ProcessInfo.processInfo.environment["ONSITE_KILL_SEED"] ?? "") ?? UInt64(Date().timeIntervalSince1970)
        var random = SplitMix(state: seed)
        // Plain tick items only (the first 16 of the default standard), so every Space toggles.
        let items = Array(StandardLoader.defaultStandard().arrivalItems.prefix(16))
        let app = try TmuxSession.start(self, arguments: ["demo"])
        try app.waitFor("T Today")
        var verified = 0
        for trial in 0..<trials {
            let context = "trial \(trial) of seed \(seed)"
            let index = trial % items.count
            let item = items[index]
            let before = try load(app.dataDirectory).arrival.record(for: item.id).state
            // Keys go into the terminal at once; the program reads them as soon as it is up.
            try app.send(keys: "A")
            if index > 0 { _ = try app.send(keysList: Array(repeating: "j", count: index)) }
            try app.send(keys: "Space")
            let wantsProof = trial % 4 == 0
            var shownTicked: Bool?
            if wantsProof {
                // Wait until the screen shows the change, then pull the plug: it must be on disk.
                let expected = before == .open ? "[✓]" : "[ ]"
                let screen = try app.waitUntil("\(item.title.en) to show \(expected) (\(context))") {
                    TmuxSession.line(containing: item.title.en, in: $0)?.contains(expected) ?? false
                }
                shownTicked = TmuxSession.line(containing: item.title.en, in: screen)?.contains("[✓]")
            } else {
                usleep(UInt32.random(in: 0...60_000, using: &random))
            }
            let pid = try app.appPID()
            XCTAssertEqual(kill(pid, SIGKILL), 0, context)
            // Wait for the process itself (the shell's exit marker may wrap on a half-drawn screen).
            let deadline = Date().addingTimeInterval(10)
            while TmuxSession.isRunning(pid), Date() < deadline { usleep(2_000) }
            XCTAssertFalse(TmuxSession.isRunning(pid), "still running after SIGKILL: \(context)")

            // The file always loads, whole, and holds either the old or the new state.
            let after: ItemState
            do {
                after = try load(app.dataDirectory).arrival.record(for: item.id).state
            } catch {
                return XCTFail("site.json does not load after \(context): \(error)")
            }
            if let shownTicked {
                XCTAssertEqual(after == .done, shownTicked, "shown as saved but not on disk: \(context)")
                verified += 1
            }
            try app.restart()
        }
        // A last clean start: nothing quarantined, no stray temporary files left behind.
        try app.waitFor("T Today")
        try app.send(keys: "q")
        XCTAssertEqual(try app.waitForExit(), 0)
        let folder = app.dataDirectory.appendingPathComponent("sites/demo")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }, [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: app.dataDirectory.appendingPathComponent("quarantine").path))
        XCTAssertGreaterThanOrEqual(verified, trials / 4)
        print("kill loop: \(trials) kills, \(verified) checked against the screen, seed \(seed)")
    }
}
