import Foundation
import XCTest

/// `onsite train` in a real terminal: chapter 1 with the clicker key (PgDn) and the trainee's real actions,
/// its quiz, the score on screen and in the sandbox, and nothing in the real data directory.
final class TrainingTests: XCTestCase {
    func testChapterOneWithTheClickerThenTheQuizAndTheScore() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-train-\(UUID().uuidString.prefix(8))")
        addTeardownBlock { try? FileManager.default.removeItem(at: home) }
        let environment = ["HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("share").path,
                           "XDG_CONFIG_HOME": home.appendingPathComponent("config").path]
        let app = try TmuxSession.start(self, arguments: ["train"], environment: environment)
        try app.waitFor("Training · chapters")
        XCTAssertTrue(try app.capture().contains("TRAINING · DEMO"))
        // PgDn starts the selected chapter (the first); the trainee types their name.
        try app.send(keys: "NPage")
        try app.waitFor("Who is training?")
        try app.sendLiteral("Ana Lima")
        try app.send(keys: "Enter")
        try app.waitFor("step 1/6")
        try app.send(keys: "NPage")
        try app.waitFor("Open the training site")
        // Not done yet: PgDn says what is missing instead of moving on.
        try app.send(keys: "NPage")
        try app.waitFor("Not done yet")
        XCTAssertTrue(try app.capture().contains("step 2/6"))
        try app.send(keys: "Enter")  // the trainee opens the site
        try app.waitFor("Done. PgDn")
        try app.send(keys: "NPage")
        try app.waitFor("step 3/6")
        try app.send(keys: "A")
        try app.waitFor("Done. PgDn")
        try app.send(keys: "NPage")
        try app.waitFor("step 4/6")
        try app.send(keys: "Space")
        try app.waitFor("1/20")
        try app.waitFor("Done. PgDn")
        try app.send(keys: "NPage")
        try app.waitFor("step 5/6")
        try app.send(keys: "R")
        try app.waitFor("Done. PgDn")
        try app.send(keys: "NPage")
        try app.waitFor("step 6/6")
        try app.send(keys: "NPage")
        try app.waitFor("question 1/4")
        // 2 is right, 1 is wrong, 1 is right, 2 is right: 3 of 4.
        for (answer, verdict) in [("2", "Right!"), ("1", "Not quite"), ("1", "Right!"), ("2", "Right!")] {
            try app.send(keys: answer)
            try app.waitFor(verdict)
            try app.send(keys: "NPage")
        }
        try app.waitFor("Score: 3 of 4")

        let sandbox = app.dataDirectory.deletingLastPathComponent().appendingPathComponent("data-training")
        let scores = try String(contentsOf: sandbox.appendingPathComponent("training-scores.json"), encoding: .utf8)
        XCTAssertTrue(scores.contains("\"trainee\" : \"Ana Lima\"") && scores.contains("\"correct\" : 3") && scores.contains("\"chapterID\" : \"arrival\""), scores)
        let site = try String(contentsOf: sandbox.appendingPathComponent("sites/training/site.json"), encoding: .utf8)
        XCTAssertTrue(site.contains("\"isDemo\" : true"), site)

        try app.send(keys: "C-q")
        XCTAssertEqual(try app.waitForExit(), 0)
        // The real data directory holds no record of the sandbox.
        let real = FileManager.default.enumerator(atPath: app.dataDirectory.path).map { Array($0.compactMap { $0 as? String }) } ?? []
        XCTAssertFalse(real.contains { $0.hasPrefix("sites/") || $0.contains("training") }, "\(real)")
    }
}
