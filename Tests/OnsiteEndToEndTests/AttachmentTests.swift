import Foundation
import OnsiteCore
import XCTest

/// Attaching a file in the real program: the path typed with Tab completion, the copy stored under its SHA-256,
/// the file listed on its problem.
final class AttachmentTests: XCTestCase {
    func testAFileIsAttachedWithTabCompletionAndListed() throws {
        let inbox = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-inbox-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: inbox) }
        let photo = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 42, count: 100))
        try photo.write(to: inbox.appendingPathComponent("valve-photo.png"))
        try Data("plan".utf8).write(to: inbox.appendingPathComponent("valve-plan.txt"))

        let app = try TmuxSession.start(self, arguments: ["demo"])
        try app.waitFor("X Exit")
        // Today: started, then its problems register.
        try app.send(keys: "T")
        try app.waitFor("Next:")
        try app.send(keys: "Enter")
        try app.waitFor("started")
        try app.send(keysList: ["Home", "Down", "Down", "Enter"])
        try app.waitFor("Problems")

        try app.send(keys: "f")
        try app.waitFor("Attach a file to")
        try app.sendLiteral(inbox.path + "/val")
        try app.send(keys: "Tab")
        try app.waitFor(inbox.path + "/valve-p")
        // Nothing more in common: the second Tab lists what matches.
        try app.send(keys: "Tab")
        try app.waitFor("valve-plan.txt")
        try app.sendLiteral("h")
        try app.send(keys: "Tab")
        try app.waitFor(inbox.path + "/valve-photo.png")
        try app.send(keys: "Enter")
        let screen = try app.waitFor("Attached valve-photo.png")
        let hash = StandardLoader.sha256(of: photo)
        XCTAssertTrue(screen.contains(String(hash.prefix(12))), screen)
        XCTAssertTrue(FileManager.default.fileExists(atPath: app.dataDirectory.appendingPathComponent("sites/demo/files/\(hash)").path))

        try app.send(keys: "F")
        try app.waitFor("Files of the problem")
        try app.waitFor("valve-photo.png")
        try app.waitFor("SHA-256 " + hash)

        // A folder is refused with its reason, and nothing is stored.
        try app.send(keys: "f")
        try app.waitFor("Attach a file to")
        try app.sendLiteral(inbox.path)
        try app.send(keys: "Enter")
        try app.waitFor("is a folder")
    }
}
