import XCTest

/// Ctrl-L repaints the screen as it was; `?` lists every key of the screen.
final class RedrawAndHelpTests: XCTestCase {
    func testCtrlLRedrawsAndQuestionMarkShowsTheKeys() throws {
        let app = try TmuxSession.start(self, arguments: ["demo"])
        try app.waitFor("T Today")
        try app.send(keys: "A")
        let before = try app.waitFor("Arrival checklist")

        // Spoil the screen behind the program's back: only a full repaint brings it back.
        try app.writeToTerminal("\u{1b}[H\u{1b}[2JGARBAGE ON SCREEN")
        try app.waitFor("GARBAGE ON SCREEN")
        try app.send(keys: "C-l")
        let redrawn = try app.waitUntil("Ctrl-L to repaint the checklist") { !$0.contains("GARBAGE") }
        XCTAssertEqual(redrawn, before, "Ctrl-L draws the same screen again")

        try app.send(keys: "?")
        let help = try app.waitFor("Keys on this screen")
        XCTAssertTrue(help.contains("All keys"), "help lists `?` as All keys:\n\(help)")
        XCTAssertTrue(help.contains("Quit"), "help lists quitting:\n\(help)")
        XCTAssertTrue(help.contains("Tick or untick"), "help lists the checklist's Space key:\n\(help)")
        XCTAssertTrue(help.contains("Ctrl-L"), "help lists Ctrl-L:\n\(help)")

        try app.send(keys: "?")
        let closed = try app.waitUntil("help to close") { !$0.contains("Keys on this screen") }
        XCTAssertEqual(closed, before, "the checklist is back as it was")
    }
}
