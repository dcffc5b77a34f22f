import Foundation
import XCTest

/// The Linux console, NO_COLOR and themes: the program works and looks right on each.
final class TerminalVarietyTests: XCTestCase {
    func testLinuxConsoleGetsASCIIDrawing() throws {
        let app = try TmuxSession.start(self, arguments: ["demo"], term: "linux")
        try app.waitFor("A Arrival")
        try app.send(keys: "A")
        let list = try app.waitFor("Arrival checklist")
        XCTAssertTrue(list.contains("####"), "progress in ASCII:\n\(list)")
        XCTAssertTrue(list.contains("[x] Technical handover record"), "ticks in ASCII:\n\(list)")
        XCTAssertFalse(list.contains("█") || list.contains("─") || list.contains("✓"), "no Unicode drawing:\n\(list)")
        try app.send(keys: "q")
        XCTAssertEqual(try app.waitForExit(), 0)
    }

    func testNoColorSendsNoColours() throws {
        let app = try TmuxSession.start(self, arguments: ["demo"], environment: ["NO_COLOR": "1"], recordOutput: true)
        try app.waitFor("A Arrival")
        try app.send(keys: "A")
        try app.waitFor("Arrival checklist")
        try app.send(keys: "q")
        XCTAssertEqual(try app.waitForExit(), 0)
        let output = app.recordedOutput()
        XCTAssertTrue(output.contains("Technical handover record"))
        let colour = try NSRegularExpression(pattern: "\u{1b}\\[(?:[0-9;]*;)?(?:3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)(?:;[0-9]+)*m")
        let matches = colour.numberOfMatches(in: output, range: NSRange(output.startIndex..., in: output))
        XCTAssertEqual(matches, 0, "NO_COLOR must mean no colour sequences")
        XCTAssertTrue(output.contains("\u{1b}[7m") || output.contains("\u{1b}[1m") || output.contains("\u{1b}[0;7m") || output.contains(";7m"),
                      "attributes still mark the selection")
    }

    func testColoursAreUsedWithoutNoColor() throws {
        let app = try TmuxSession.start(self, arguments: ["demo"], recordOutput: true)
        try app.waitFor("A Arrival")
        try app.send(keys: "q")
        XCTAssertEqual(try app.waitForExit(), 0)
        XCTAssertTrue(app.recordedOutput().range(of: "\u{1b}\\[[0-9;]*3[0-7]", options: .regularExpression) != nil,
                      "the default theme uses colour (so the NO_COLOR test can fail)")
    }

    func testAnUnknownThemeFallsBackWithAMessageAndHighContrastWorks() throws {
        let unknown = try TmuxSession.start(self, arguments: ["demo", "--theme", "sunset"])
        let screen = try unknown.waitFor("No theme \"sunset\"")
        XCTAssertTrue(screen.contains("high-contrast"), "the message lists the themes:\n\(screen)")
        let bright = try TmuxSession.start(self, arguments: ["demo", "--theme", "high-contrast"])
        try bright.waitFor("A Arrival")
        try bright.send(keys: "A")
        try bright.waitFor("Arrival checklist")
    }
}
