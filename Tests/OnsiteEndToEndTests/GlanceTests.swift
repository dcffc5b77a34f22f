import Foundation
import OnsiteCore
import XCTest

/// The record to sign before the pad, and the dashboard, in the real program.
final class GlanceTests: XCTestCase {
    /// The demo's day closed without signature: its sign-off row shows the record with its SHA-256 first,
    /// Enter goes on to the pad, and the client signs exactly that hash.
    func testTheClientReadsTheRecordAndItsHashBeforeThePad() throws {
        let app = try TmuxSession.start(self, arguments: ["demo"])
        try app.waitFor("D Days")
        try app.send(keys: "D")
        try app.waitFor("closed without signature")
        try app.send(keysList: ["Down", "Enter"])
        try app.waitFor("Next:")
        try app.send(keysList: ["Home"] + Array(repeating: "Down", count: 9) + ["Enter"])
        let preview = try app.waitFor("What the client signs")

        // The hash on screen is the hash of the record as the files hold it.
        let data = app.dataDirectory.appendingPathComponent("sites/demo")
        var site = try JSONDecoder().decode(Site.self, from: Data(contentsOf: data.appendingPathComponent("site.json")))
        site.days = try DaysIndex.days(from: Data(contentsOf: data.appendingPathComponent("days.txt")))
        let summary = try XCTUnwrap(site.days.first { $0.state == .closedWithoutSignature })
        let day = try JSONDecoder().decode(WorkDay.self, from: Data(contentsOf: data.appendingPathComponent("days/\(summary.date.isoText).json")))
        let hash = site.record(of: day).sha256
        XCTAssertTrue(preview.contains("SHA-256 " + hash), "the full hash on its line:\n\(preview)")
        XCTAssertTrue(preview.contains("The day's work record"), preview)

        // Scrolling down reaches the hash at the end of the record.
        try app.send(keys: "End")
        try app.waitFor("SHA-256 of this record")
        try app.drawSignature(name: "Mark Hughes")
        let signed = try JSONDecoder().decode(WorkDay.self, from: Data(contentsOf: data.appendingPathComponent("days/\(summary.date.isoText).json")))
        XCTAssertEqual(signed.signOff?.recordHash, hash, "the client signed the record they read")
    }

    /// O on the site's home opens the dashboard: the calendar, problems by week and the survey.
    func testTheDashboardOpensFromHome() throws {
        let app = try TmuxSession.start(self, arguments: ["demo"])
        try app.waitFor("D Days")
        try app.send(keys: "O")
        let screen = try app.waitFor("At a glance ·")
        XCTAssertTrue(screen.contains("Problems, week by week") && screen.contains("Satisfaction"), screen)
        XCTAssertTrue(screen.contains("✓"), "signed days are marked:\n\(screen)")
        try app.send(keys: "Escape")
        try app.waitFor("At a glance  ")
    }
}
