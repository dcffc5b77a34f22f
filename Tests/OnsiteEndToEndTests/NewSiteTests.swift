import Foundation
import XCTest

/// A site typed in through the form, a tick on its arrival checklist, and both
/// surviving a restart and showing in `onsite list`.
final class NewSiteTests: XCTestCase {
    func testCreateSiteTickArrivalItemAndFindItAfterRestart() throws {
        let app = try TmuxSession.start(self)
        try app.waitFor("Start a new site")
        try app.send(keys: "N")
        try app.waitFor("Site name *")

        // Site name … planned end, then the crew leader (Tab skips the "Crew" heading).
        let fields = ["Line 3 filler", "14 Harbour Road", "Northgate Bottling Co.", "Helen Carter",
                      "Raj Patel", "2026-11-23", "2026-12-17", "Tom Baker"]
        for (index, text) in fields.enumerated() {
            try app.sendLiteral(text)
            if index < fields.count - 1 { try app.send(keys: "Tab") }
        }
        let form = try app.waitFor("Tom Baker")
        XCTAssertTrue(TmuxSession.line(containing: "Crew leader *", in: form)?.contains("Tom Baker") ?? false,
                      "the crew leader's name belongs on the Crew leader line:\n\(form)")

        try app.send(keys: "C-s")
        let home = try app.waitFor("T Today")
        XCTAssertTrue(home.contains("Line 3 filler"), "the site home shows the site's name:\n\(home)")
        XCTAssertTrue(home.contains("0/20"), "a new site has nothing ticked yet:\n\(home)")

        try app.send(keys: "A")
        try app.waitFor("Arrival checklist")
        try app.send(keys: "Space")
        let ticked = try app.waitFor("1/20")
        XCTAssertTrue(TmuxSession.line(containing: "Technical handover record", in: ticked)?.contains("[✓]") ?? false,
                      "Space ticks the first item:\n\(ticked)")

        try app.send(keys: "q")
        XCTAssertEqual(try app.waitForExit(), 0)

        // Same data directory: it reopens on the checklist, tick included.
        try app.restart()
        let reopened = try app.waitFor("Arrival checklist")
        XCTAssertTrue(reopened.contains("Line 3 filler"), "reopened on the same site:\n\(reopened)")
        XCTAssertTrue(TmuxSession.line(containing: "Technical handover record", in: reopened)?.contains("[✓]") ?? false,
                      "the tick survived the restart:\n\(reopened)")

        // `onsite list` reads without the lock, so it works while the program runs.
        let table = try OnsiteProcess.run(["list", "--data-dir", app.dataDirectory.path])
        XCTAssertEqual(table.status, 0, table.standardError)
        let row = TmuxSession.line(containing: "Line 3 filler", in: table.standardOutput)
        XCTAssertNotNil(row, "onsite list names the site:\n\(table.standardOutput)")
        XCTAssertTrue(row?.contains("1/20") ?? false, "onsite list shows arrival 1/20:\n\(table.standardOutput)")

        let json = try OnsiteProcess.run(["list", "--json", "--data-dir", app.dataDirectory.path])
        XCTAssertEqual(json.status, 0, json.standardError)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any],
                                     "onsite list --json prints a JSON object:\n\(json.standardOutput)")
        let sites = try XCTUnwrap(document["sites"] as? [[String: Any]])
        let site = try XCTUnwrap(sites.first { $0["name"] as? String == "Line 3 filler" }, "\(json.standardOutput)")
        XCTAssertEqual(site["client"] as? String, "Northgate Bottling Co.")
        XCTAssertEqual(site["demo"] as? Bool, false)
        let arrival = try XCTUnwrap((site["phases"] as? [[String: Any]])?.first { $0["phase"] as? String == "arrival" })
        XCTAssertEqual(arrival["resolved"] as? Int, 1)
        XCTAssertEqual(arrival["total"] as? Int, 20)
    }
}
