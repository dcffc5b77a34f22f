#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest

/// The Linux console, NO_COLOR and themes: the program works and looks right on each.
final class TerminalVarietyTests: XCTestCase {
    func testLinuxConsoleGetsASCIIDrawing() throws {
        let app = try TmuxSession.start(self, arguments: ["demo"], term: "linux")
        try app.waitFor("T Today")
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
        try app.waitFor("T Today")
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
        try app.waitFor("T Today")
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
        try bright.waitFor("T Today")
        try bright.send(keys: "A")
        try bright.waitFor("Arrival checklist")
    }

    func testScreenTmuxAndAColourlessTerminalAllWork() throws {
        for term in ["screen", "tmux-256color", "vt100"] {
            let app = try TmuxSession.start(self, arguments: ["demo"], term: term)
            try app.waitFor("T Today")
            try app.send(keys: "A")
            let list = try app.waitFor("Arrival checklist")
            XCTAssertTrue(list.contains("Technical handover record"), "\(term):\n\(list)")
            try app.send(keys: "q")
            XCTAssertEqual(try app.waitForExit(), 0, term)
        }
    }

    /// LANG=C: characters are still handled as UTF-8, so typed Chinese arrives intact.
    func testChineseTypedUnderLangCArrivesIntact() throws {
        let app = try TmuxSession.start(self, lang: "C")
        try app.waitFor("Start a new site")
        try app.send(keys: "N")
        try app.waitFor("Site name *")
        try app.sendLiteral("三号线 Line 3")
        let form = try app.waitFor("三号线 Line 3")
        XCTAssertFalse(form.contains("\u{FFFD}"), "\(form)")
    }

    /// Ctrl-Z in a job-control shell stops the program and gives the shell back; `fg` repaints it.
    func testSuspendAndResumeInAShell() throws {
        let shell = try TmuxSession.start(self, interactiveShell: true)
        try shell.waitFor("$")
        try shell.sendLiteral(shell.programCommand + " demo")
        try shell.send(keys: "Enter")
        try shell.waitFor("T Today")
        try shell.send(keys: "C-z")
        let stopped = try shell.waitFor("Stopped")
        XCTAssertFalse(stopped.contains("T Today"), "the shell's screen is back:\n\(stopped)")
        try shell.sendLiteral("fg")
        try shell.send(keys: "Enter")
        try shell.waitFor("T Today")
        try shell.send(keys: "A")
        try shell.waitFor("Arrival checklist")
        try shell.send(keys: "q")
        let back = try shell.waitUntil("the shell prompt after quitting") { !$0.contains("Arrival checklist") && $0.contains("$ ") }
        XCTAssertFalse(back.contains("Technical handover record"), "\(back)")
    }
}
