import Foundation
import XCTest

/// A terminal that cannot move the cursor is refused before anything is drawn.
final class DumbTerminalTests: XCTestCase {
    func testDumbTerminalIsRefusedWithAClearMessage() throws {
        let app = try TmuxSession.start(self, term: "dumb", captureStandardError: true, recordOutput: true)
        let status = try app.waitForExit()
        XCTAssertNotEqual(status, 0, "TERM=dumb is an error")
        XCTAssertEqual(try app.paneFormat("#{alternate_on}"), "0", "no alternate screen was left on")

        let stderrFile = try XCTUnwrap(app.standardErrorFile)
        let message = try String(contentsOf: stderrFile, encoding: .utf8)
        XCTAssertTrue(message.contains("dumb"), "stderr names the terminal type: \(message)")
        XCTAssertTrue(message.contains("TERM="), "stderr says what to use instead: \(message)")
        XCTAssertFalse(message.contains("\u{1b}"), "no escape sequences on stderr: \(message.debugDescription)")

        // All the terminal received: the echo of the Enter that started it, and the exit marker.
        let deadline = Date().addingTimeInterval(5)
        while !app.recordedOutput().contains(TmuxSession.exitMarker), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let output = app.recordedOutput()
        XCTAssertTrue(output.contains(TmuxSession.exitMarker), "pipe-pane recorded the pane: \(output.debugDescription)")
        let drawn = output.replacingOccurrences(of: "\(TmuxSession.exitMarker)\(status)", with: "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(drawn, "", "nothing was drawn on the terminal: \(output.debugDescription)")
    }
}
