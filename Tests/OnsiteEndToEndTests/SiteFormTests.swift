import XCTest

/// The site form: a failed save keeps everything typed, and the keys its header promises work.
final class SiteFormTests: XCTestCase {
    /// Opens the new-site form from the welcome screen.
    private func openForm() throws -> TmuxSession {
        let app = try TmuxSession.start(self)
        try app.waitFor("Start a new site")
        try app.send(keys: "N")
        try app.waitFor("Site name *")
        return app
    }

    func testInvalidFormSaysWhatIsWrongAndLosesNothing() throws {
        let app = try openForm()
        try app.sendLiteral("Line 3 filler")
        // Site name → address → client → project manager → engineering head → planned start.
        try app.send(keys: "Tab", "Tab", "Tab", "Tab", "Tab")
        try app.sendLiteral("2026-02-30")
        try app.waitFor("2026-02-30")
        try app.send(keys: "C-s")

        // The header says "* required" all along: wait for the mark on the empty address.
        let screen = try app.waitUntil("the empty address to be marked required") {
            TmuxSession.line(containing: "Address *", in: $0)?.contains("required") ?? false
        }
        XCTAssertTrue(TmuxSession.line(containing: "Site name *", in: screen)?.contains("Line 3 filler") ?? false,
                      "the typed name is still there:\n\(screen)")
        let start = TmuxSession.line(containing: "Planned start *", in: screen) ?? ""
        XCTAssertTrue(start.contains("2026-02-30"), "the typed date is still there:\n\(screen)")
        XCTAssertTrue(start.contains("no such date"), "February 30th is refused on its line:\n\(screen)")
        XCTAssertTrue(screen.contains("Not saved"), "the status line says nothing was saved:\n\(screen)")
    }

    /// The form's header says "Tab/↓ next field" and the bottom bar "↑↓ Move".
    func testArrowKeysMoveBetweenFields() throws {
        let app = try openForm()
        try app.sendLiteral("Alpha")
        try app.waitFor("Alpha")
        try app.send(keys: "Down")
        try app.sendLiteral("Bravo")
        let screen = try app.waitFor("Bravo")
        XCTAssertTrue(TmuxSession.line(containing: "Address *", in: screen)?.contains("Bravo") ?? false,
                      "Down moves from the site name to the address:\n\(screen)")
        XCTAssertFalse(TmuxSession.line(containing: "Site name *", in: screen)?.contains("Bravo") ?? true,
                       "text typed after Down must not land in the site name:\n\(screen)")
    }
}
