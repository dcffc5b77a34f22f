import XCTest

/// Below the minimum size the program says so; back at 80×24 the screen returns.
final class ResizeTests: XCTestCase {
    func testTooSmallThenBackToTheChecklist() throws {
        let app = try TmuxSession.start(self, arguments: ["demo"])
        try app.waitFor("T Today")
        try app.send(keys: "A")
        let before = try app.waitFor("Arrival checklist")

        try app.resize(width: 20, height: 6)
        let small = try app.waitFor("Terminal too")
        XCTAssertFalse(small.contains("Arrival checklist"), "nothing of the checklist is drawn at 20×6:\n\(small)")
        XCTAssertTrue(small.components(separatedBy: "\n").allSatisfy { $0.count <= 20 }, "\(small)")

        try app.resize(width: 80, height: 24)
        let back = try app.waitFor("Arrival checklist")
        XCTAssertFalse(back.contains("Terminal too"), "the warning is gone:\n\(back)")
        try app.waitUntil("the checklist drawn as it was before the resize") { $0 == before }
    }
}
