import XCTest

/// One writer per data directory: a second Onsite is refused and names the first.
final class LockTests: XCTestCase {
    func testSecondInstanceIsRefusedAndTheFirstKeepsWorking() throws {
        let first = try TmuxSession.start(self)
        try first.waitFor("Start a new site")
        let firstPID = try first.appPID()

        let second = try TmuxSession.start(self, dataDirectory: first.dataDirectory)
        let status = try second.waitForExit()
        let screen = try second.capture()
        XCTAssertNotEqual(status, 0, "the second instance exits with an error:\n\(screen)")
        XCTAssertTrue(screen.contains("another Onsite"), "it says another Onsite has the data:\n\(screen)")
        XCTAssertTrue(screen.contains("\(firstPID)"), "it names the process \(firstPID):\n\(screen)")
        XCTAssertFalse(screen.contains("Start a new site"), "it draws nothing:\n\(screen)")

        try first.send(keys: "D")
        let demo = try first.waitFor("DEMO")
        XCTAssertTrue(demo.contains("Arrival"), "the first instance still works:\n\(demo)")
    }
}
