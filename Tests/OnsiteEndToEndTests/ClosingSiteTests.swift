import Foundation
import OnsiteCore
import XCTest

/// The demo site from its last working day through acceptance, handover, restoration, survey and thanks
/// to closed — in the real program — then a restart finds it archived, read-only and readable.
final class ClosingSiteTests: XCTestCase {
    /// Types the fields of an entry form: text per field (empty keeps what is there), Tab between, Enter saves.
    private func fill(_ fields: [String], _ app: TmuxSession) throws {
        try app.waitFor("Enter saves")
        for (index, text) in fields.enumerated() {
            if !text.isEmpty { try app.sendLiteral(text) }
            try app.send(keys: index == fields.count - 1 ? "Enter" : "Tab")
        }
    }

    /// From the exit screen: the step at a row, opened.
    private func openStep(_ index: Int, _ app: TmuxSession) throws {
        try app.send(keysList: ["Home"] + Array(repeating: "Down", count: index) + ["Enter"])
    }

    func testTheDemoSiteIsClosedProperlyAndStaysReadable() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-close-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: data) }
        var app = try TmuxSession.start(self, arguments: ["demo"], dataDirectory: data)
        try app.waitFor("X Exit")

        // Closing now is refused, naming what is missing.
        try app.send(keys: "X")
        try app.waitFor("Exit and acceptance")
        try app.send(keys: "C")
        try app.waitFor("Cannot close yet")

        // The client signs the day closed without signature (two days ago) on the day's signature screen.
        try app.send(keysList: ["Escape", "D"])
        try app.waitFor("closed without signature")
        try app.send(keysList: ["Down", "Enter"])
        try app.waitFor("Next:")
        try app.send(keysList: ["Home"] + Array(repeating: "Down", count: 9) + ["Enter"])
        try app.drawSignature(name: "Mark Hughes")
        // Its problem is solved and confirmed by the client.
        try app.send(keysList: ["Escape", "Home", "Down", "Down", "Enter"])
        try app.waitFor("CIP return valve")
        try app.send(keysList: ["Enter"])
        try app.waitFor("s marks it solved")
        try app.send(keys: "s")
        try app.waitFor("Marked solved")
        try app.send(keys: "s")
        try fill(["Mark Hughes"], app)
        try app.waitFor("confirmed by Mark Hughes")
        try app.send(keysList: ["Escape", "Escape", "Escape", "Escape"])
        try app.waitFor("X Exit")

        try app.send(keys: "X")
        try app.waitFor("Exit and acceptance")
        // 1 Pre-acceptance: the client's supervisor typed; a finding left out (none found).
        try openStep(0, app)
        try app.send(keys: "e")
        try fill(["", "", "", "Mark Hughes", "", ""], app)
        try app.waitFor("Held ")
        // 2 Formal acceptance: accepted (1), report AR-7.
        try app.send(keys: "Escape")
        try openStep(1, app)
        try app.send(keys: "e")
        try fill(["", "", "", "Mark Hughes", "", "", "AR-7"], app)
        try app.waitFor("report AR-7")
        // 3 Delivery: a document handed over, then the client signs the report.
        try app.send(keys: "Escape")
        try openStep(2, app)
        try app.send(keys: "d")
        try fill(["O&M manual", "", "Mark Hughes"], app)
        try app.waitFor("O&M manual")
        try app.send(keys: "s")
        try app.drawSignature(name: "Mark Hughes")
        // 4 Leftovers: nothing left over, the count finished.
        try app.send(keysList: ["Escape", "Escape"])
        try openStep(3, app)
        try app.send(keys: "c")
        try app.waitFor("Count finished")
        // 5 Site restored: the request, then the client confirms it.
        try app.send(keys: "Escape")
        try openStep(4, app)
        try app.send(keys: "e")
        try app.waitFor("Enter saves")
        try app.sendLiteral("Barriers removed, floor swept")
        try app.send(keys: "C-s")
        try app.waitFor("Barriers removed")
        try app.send(keys: "s")
        try app.drawSignature(name: "Mark Hughes")
        // 6 Borrowed items: the pallet jack goes back.
        try app.send(keysList: ["Escape", "Escape"])
        try openStep(5, app)
        try app.waitFor("Pallet jack")
        try app.send(keys: "r")
        try fill(["As lent"], app)
        // 7 Survey handed over; 8 thanks.
        try app.send(keys: "Escape")
        try app.waitFor("Exit and acceptance")
        try openStep(6, app)
        try app.send(keys: "h")
        try fill(["Mark Hughes"], app)
        try app.waitFor("Handed to Mark Hughes")
        try app.send(keys: "Escape")
        try openStep(7, app)
        try app.waitFor("Thanks to the client recorded")
        try app.waitFor("Nothing is missing")
        try app.send(keys: "C")
        try app.waitFor("Close the site?")
        try app.send(keys: "y")
        try app.waitFor("The site is closed and archived")
        try app.send(keys: "C-q")
        XCTAssertEqual(try app.waitForExit(), 0)

        // A restart finds it closed, read-only and readable; the list puts it in the archive.
        app.stop()
        app = try TmuxSession.start(self, dataDirectory: data)
        try app.waitFor("archived, read-only")
        try openStep(0, app)
        try app.waitFor("Held ")
        try app.send(keys: "e")
        try app.waitFor("it can be read, not changed")
        try app.send(keysList: ["Escape", "Escape", "Escape"])
        let list = try app.waitFor("[archive]")
        XCTAssertTrue(TmuxSession.line(containing: "[archive] Northgate", in: list)?.contains("closed") == true, list)
        try app.send(keys: "C-q")
        XCTAssertEqual(try app.waitForExit(), 0)

        let verify = try OnsiteProcess.run(["verify", "--data-dir", data.path])
        XCTAssertEqual(verify.status, 0, verify.standardError)
        XCTAssertTrue(verify.standardOutput.contains("demo: 6 signed records, chain intact"), verify.standardOutput)
    }
}
