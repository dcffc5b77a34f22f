import XCTest

/// The first run offers a new site or the demo; `onsite demo` goes straight to the demo site.
final class FirstRunTests: XCTestCase {
    func testFirstRunWithNoDataShowsTheWelcomeScreen() throws {
        let app = try TmuxSession.start(self)
        let screen = try app.waitFor("Start a new site")
        XCTAssertTrue(screen.contains("Open the demo site"), "welcome screen:\n\(screen)")
        XCTAssertTrue(screen.contains("No site yet"), "a first run says there is no site yet:\n\(screen)")
    }

    func testDemoCommandOpensTheDemoSiteHome() throws {
        let app = try TmuxSession.start(self, arguments: ["demo"])
        let screen = try app.waitFor("DEMO")
        XCTAssertTrue(screen.contains("Arrival"), "the demo home lists the arrival phase:\n\(screen)")
        XCTAssertFalse(screen.contains("Start a new site"), "`onsite demo` skips the welcome screen:\n\(screen)")
    }
}
