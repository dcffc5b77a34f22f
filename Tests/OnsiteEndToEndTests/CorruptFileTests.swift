import Foundation
import XCTest

/// A site file that is not valid JSON is moved aside and explained, never silently lost.
final class CorruptFileTests: XCTestCase {
    func testBrokenSiteFileIsReportedAndQuarantined() throws {
        // The data directory is prepared before the program starts: the session only names it.
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-e2e-broken-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: data) }
        let folder = data.appendingPathComponent("sites/broken")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let siteFile = folder.appendingPathComponent("site.json")
        try Data("{\n  \"schema\" : 1,\n  \"id\" : \n}\n".utf8).write(to: siteFile)

        let app = try TmuxSession.start(self, dataDirectory: data)
        let box = try app.waitFor("could not be read")
        let flat = box.replacingOccurrences(of: "│", with: "").components(separatedBy: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        XCTAssertTrue(flat.contains(siteFile.path), "the box names the file:\n\(box)")
        XCTAssertTrue(box.contains("line 4"), "the box says where the file breaks (line 4):\n\(box)")
        XCTAssertTrue(box.contains("Enter continues"), "\(box)")

        try app.send(keys: "Enter")
        let welcome = try app.waitUntil("the box to close") { !$0.contains("could not be read") }
        XCTAssertTrue(welcome.contains("Start a new site"), "the program goes on:\n\(welcome)")

        XCTAssertFalse(FileManager.default.fileExists(atPath: siteFile.path), "the broken file is no longer in sites/")
        let quarantine = data.appendingPathComponent("quarantine")
        let moved = (try? FileManager.default.contentsOfDirectory(atPath: quarantine.path)) ?? []
        XCTAssertEqual(moved.count, 1, "one file under quarantine/: \(moved)")
        if let name = moved.first {
            let text = try String(contentsOf: quarantine.appendingPathComponent(name), encoding: .utf8)
            XCTAssertTrue(text.contains("\"id\" : \n"), "the quarantined file is the broken one, unchanged")
        }
    }
}
