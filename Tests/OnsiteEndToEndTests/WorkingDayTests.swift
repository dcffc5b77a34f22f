#if canImport(Glibc)
import Glibc
#endif
import Foundation
import OnsiteCore
import XCTest

/// A whole working day in the real program, then the next morning: briefing, log, a problem, extra work,
/// a borrowing, 5S, the client's drawn signature, departure; a kill -9 in the middle loses nothing.
/// The days are set with libfaketime, so the test does not depend on today's date.
final class WorkingDayTests: XCTestCase {
    private static let firstMorning = "2026-11-24 07:30:00"
    private static let afterLunch = "2026-11-24 12:00:00"
    private static let nextMorning = "2026-11-25 07:30:00"

    /// Onsite on the demo site with the clock starting at a given local time (Shanghai).
    private func start(at time: String, data: URL? = nil, arguments: [String] = ["demo"]) throws -> TmuxSession {
        guard let faketime = OnsiteProcess.which("faketime") else {
            throw HarnessError("faketime is not installed: this test sets the day with it. Install it with `make test-deps` (or `apt-get install faketime`).")
        }
        Self.removeStaleFaketimeFiles()
        return try TmuxSession.start(self, arguments: arguments, environment: ["TZ": "Asia/Shanghai"], dataDirectory: data,
                                     wrapper: [faketime, "-f", "@" + time])
    }

    /// The wrapper keeps a semaphore and a shared-memory file named by its process id in /dev/shm and removes them
    /// when it exits; a wrapper killed with its session leaves them, and a later one given the same id fails on them
    /// ("sem_open: File exists"). Those of processes no longer running are removed.
    private static func removeStaleFaketimeFiles() {
        let folder = "/dev/shm"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            guard name.hasPrefix("sem.faketime_sem_") || name.hasPrefix("faketime_shm_"),
                  let pid = name.split(separator: "_").last.flatMap({ Int32($0) }), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    /// From the day screen: the part at a position of the list (briefing 0 … departure 10), opened.
    private func openPart(_ index: Int, _ app: TmuxSession) throws {
        try app.send(keysList: ["Home"] + Array(repeating: "Down", count: index) + ["Enter"])
    }

    /// Types the fields of an entry form, Tab between them, Enter to save.
    private func fill(_ fields: [String], _ app: TmuxSession) throws {
        for (index, text) in fields.enumerated() {
            if !text.isEmpty { try app.sendLiteral(text) }
            try app.send(keys: index == fields.count - 1 ? "Enter" : "Tab")
        }
    }

    private func day(_ data: URL, _ date: String) throws -> WorkDay {
        try JSONDecoder().decode(WorkDay.self, from: Data(contentsOf: data.appendingPathComponent("sites/demo/days/\(date).json")))
    }

    private func site(_ data: URL) throws -> Site {
        try JSONDecoder().decode(Site.self, from: Data(contentsOf: data.appendingPathComponent("sites/demo/site.json")))
    }

    func testAWholeDayAndTheNextMorning() throws {
        // The data outlives the first session (each session cleans up its own folder).
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-day-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: data) }
        var app = try start(at: Self.firstMorning, data: data)
        try app.waitFor("T Today")
        try app.send(keys: "T")
        try app.waitFor("No record for this day yet")
        try app.send(keys: "Enter")
        try app.waitFor("Next: Hold the morning briefing")

        // Morning briefing: everyone present, a task for the crew leader, held.
        try openPart(0, app)
        try app.waitFor("Roll call")
        try app.send(keysList: ["p", "p", "p", "p"])
        try app.waitFor("4 present")
        try app.send(keys: "t")
        try app.waitFor("Enter saves")
        try app.sendLiteral("Fit the side B valves")
        try app.send(keys: "Enter")
        try app.waitUntil("the task in the briefing") { $0.contains("Fit the side B valves") && !$0.contains("Enter saves") }
        try app.send(keys: "h")
        try app.waitFor("held at 07:3")
        try app.send(keys: "Escape")
        try app.waitFor("Next: Work; before leaving")

        // The day's log.
        try openPart(1, app)
        try app.waitFor("a Progress")
        try app.send(keys: "a")
        try app.waitFor("Enter saves")
        try app.sendLiteral("Side B: 6 of 12 valves fitted")
        try app.send(keys: "Enter")
        try app.waitUntil("the entry in the log") { $0.contains("Side B: 6 of 12 valves fitted") && !$0.contains("Enter saves") }
        try app.send(keys: "Escape")

        // A problem, reported later.
        try openPart(2, app)
        try app.waitFor("a Add")
        try app.send(keys: "a")
        try app.waitFor("Severity")
        // Severity keeps its default (medium).
        try fill(["Valve seat on B7 is cracked", "", "Replace the seat from stock", "Tom Baker"], app)
        try app.waitUntil("the problem in the list") { $0.contains("Valve seat on B7 is cracked") && !$0.contains("Enter saves") }
        try app.send(keys: "Escape")
        try app.waitFor("Next: Work; before leaving")

        // Pulled plug in the middle of the day: everything shown so far must come back, on the screen it was on.
        let pid = try app.appPID()
        kill(pid, SIGKILL)
        _ = try app.waitForExit()
        app.stop()
        app = try start(at: Self.afterLunch, data: data, arguments: [])
        try app.waitFor("Next: Work; before leaving")
        let afterCrash = try day(app.dataDirectory, "2026-11-24")
        XCTAssertNotNil(afterCrash.briefing.heldAt)
        XCTAssertEqual(afterCrash.log.map(\.text), ["Side B: 6 of 12 valves fitted"])
        XCTAssertTrue(try site(app.dataDirectory).registers.problems.contains { $0.description == "Valve seat on B7 is cracked" })

        // Extra work asked for by the client, and a borrowing.
        try openPart(3, app)
        try app.waitFor("a Add")
        try app.send(keys: "a")
        try app.waitFor("Quantity or hours")
        try fill(["Moved the wash basin 2 m", "3 h", "Mark Hughes", ""], app)
        try app.waitUntil("the extra work in the list") { $0.contains("Moved the wash basin 2 m") && !$0.contains("Enter saves") }
        try app.send(keys: "Escape")
        try openPart(4, app)
        try app.waitFor("a Add")
        try app.send(keys: "a")
        try app.waitFor("From whom")
        try fill(["Ladder, 3 m", "Lucy Grant", "Good"], app)
        try app.waitUntil("the borrowing in the list") { $0.contains("Ladder, 3 m") && !$0.contains("Enter saves") }
        try app.send(keys: "Escape")

        // Leaving is refused before the signature.
        try openPart(10, app)
        try app.waitFor("Nobody leaves without the client's consent")

        // 5S cleanup, item by item.
        try openPart(7, app)
        let cleanup = try app.waitFor("inspected")
        let items = StandardLoader.defaultStandard().cleanup.count
        for _ in 0..<items { try app.send(keysList: ["Space", "Down"]) }
        try app.waitFor("\(items)/\(items)")
        XCTAssertFalse(cleanup.isEmpty)
        try app.send(keys: "Escape")

        // The client draws a signature with the mouse and types the name.
        try openPart(9, app)
        try app.drawSignature(name: "Mark Hughes")
        try app.send(keys: "Escape")

        // Now the crew may leave.
        try openPart(10, app)
        try app.waitFor("left at 12:")
        let signed = try day(app.dataDirectory, "2026-11-24")
        let signOff = try XCTUnwrap(signed.signOff)
        XCTAssertEqual(signOff.clientName, "Mark Hughes")
        XCTAssertTrue(signOff.signature.isDrawn)
        XCTAssertGreaterThan(signOff.signature.pointCount, 10, "the drag between the sampled points is filled in")
        XCTAssertEqual(signOff.recordHash, try site(app.dataDirectory).record(of: signed).sha256)
        XCTAssertNotNil(signed.departedAt)
        try app.send(keys: "C-q")
        XCTAssertEqual(try app.waitForExit(), 0)

        let table = try OnsiteProcess.run(["list", "--data-dir", app.dataDirectory.path])
        let line = TmuxSession.line(containing: "Northgate Bottling Co.", in: table.standardOutput) ?? ""
        XCTAssertTrue(line.contains("  5  ") && line.contains("  4  ") && line.contains("2 open"), "5 days, 4 signed, 2 problems open:\n\(table.standardOutput)")

        // The next morning, the unfinished task is offered and carried over.
        app.stop()
        app = try start(at: Self.nextMorning, data: data)
        try app.waitFor("T Today")
        try app.send(keys: "T")
        try app.waitFor("No record for this day yet")
        try app.send(keys: "Enter")
        try openPart(0, app)
        try app.waitFor("Offered from 2026-11-24")
        try app.send(keys: "o")
        try app.waitFor("↻11-24")
        let morning = try day(data, "2026-11-25")
        XCTAssertEqual(morning.briefing.tasks.map(\.text), ["Fit the side B valves"])
        XCTAssertEqual(morning.briefing.tasks.first?.carriedFrom, LocalDate(year: 2026, month: 11, day: 24))
        // The program's clock reads the zone TZ names: the day opened at 07:30 in Shanghai, +08:00.
        XCTAssertEqual(morning.openedAt.offsetSeconds, 8 * 3600)
        XCTAssertTrue(morning.openedAt.isoText.hasPrefix("2026-11-25T07:3") && morning.openedAt.isoText.hasSuffix("+08:00"), morning.openedAt.isoText)
    }
}
