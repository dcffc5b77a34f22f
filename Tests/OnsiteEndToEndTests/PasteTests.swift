import XCTest

/// A bracketed paste is text for the field, never commands for the terminal.
final class PasteTests: XCTestCase {
    func testPasteWithEscapeSequencesDoesNotReachTheTerminal() throws {
        let app = try TmuxSession.start(self)
        try app.waitFor("Start a new site")
        try app.send(keys: "N")
        try app.waitFor("Site name *")

        // "\e[2J" inside the paste would clear the screen if it were echoed.
        try app.sendLiteral("\u{1b}[200~evil\u{1b}[2Jtext\u{1b}[201~")
        let screen = try app.waitFor("text")
        for label in ["New site", "Site name *", "Address *", "Planned end *", "Save site"] {
            XCTAssertTrue(screen.contains(label), "the form is still drawn (\(label)):\n\(screen)")
        }
        let name = TmuxSession.line(containing: "Site name *", in: screen) ?? ""
        XCTAssertTrue(name.contains("evil") && name.contains("text"), "the paste lands in the site name:\n\(screen)")
        XCTAssertFalse(name.contains("\u{1b}"), "no raw escape reaches the screen:\n\(screen)")

        // Typing after the paste still goes to the same field: the paste mode ended.
        try app.sendLiteral("Z")
        let after = try app.waitFor("textZ")
        XCTAssertTrue(TmuxSession.line(containing: "Site name *", in: after)?.contains("textZ") ?? false, "\(after)")
    }
}
