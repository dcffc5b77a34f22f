import Foundation
import XCTest
@testable import OnsiteCore

/// Walkthrough files: the built-in chapters load, and every mistake a trainer can make is reported with its line and column.
final class WalkthroughLoaderTests: XCTestCase {
    /// A small valid chapter; the tests break it in one place each.
    let small = """
        schema = 1
        id = "mini"
        order = 5
        title = { en = "Mini", zh = "迷你" }

        [[steps]]
        id = "open-arrival"
        screen = "arrival"
        done = "screen"
        text = { en = "Open the checklist.", zh = "打开检查表。" }
        why = { en = "First impressions.", zh = "第一印象。" }

        [[steps]]
        id = "tick"
        done = "arrival-ticked"
        text = { en = "Tick one.", zh = "勾选一项。" }
        why = { en = "Be prepared.", zh = "准备充分。" }

        [[quiz]]
        id = "q1"
        question = { en = "Which?", zh = "哪个?" }
        choices = [
          { en = "This", zh = "这个" },
          { en = "That", zh = "那个", correct = true },
        ]
        reason = { en = "Because.", zh = "因为。" }
        """

    /// Every error as "line:column: message".
    func errors(_ text: String) -> [String] {
        do {
            _ = try WalkthroughLoader.load(toml: text)
            return []
        } catch {
            return error.errors.map { "\($0.line.map(String.init) ?? "?"):\($0.column.map(String.init) ?? "?"): \($0.message)" }
        }
    }

    func testASmallChapterLoads() throws {
        let chapter = try WalkthroughLoader.load(toml: small)
        XCTAssertEqual(chapter.id, "mini")
        XCTAssertEqual(chapter.order, 5)
        XCTAssertEqual(chapter.steps.map(\.condition), [.screen, .arrivalTicked])
        XCTAssertEqual(chapter.steps.first?.screen, .arrival)
        XCTAssertEqual(chapter.quiz.first?.answer, 1)
        XCTAssertEqual(chapter.quiz.first?.choices.count, 2)
    }

    func testTheBuiltInChaptersLoadInOrderWithQuizzes() {
        let chapters = WalkthroughLoader.builtIn
        XCTAssertEqual(chapters.map(\.id), ["arrival", "the-day", "problems", "sign-off-exit"])
        for chapter in chapters {
            XCTAssertFalse(chapter.steps.isEmpty, chapter.id)
            XCTAssertFalse(chapter.quiz.isEmpty, chapter.id)
        }
    }

    func testTheEmbeddedChaptersAreTheFilesInWalkthroughsFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("walkthroughs")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }.sorted()
        XCTAssertEqual(BuiltInWalkthroughs.files.map { $0.name + ".toml" }, names, "walkthroughs/ changed: run scripts/embed-data.sh")
        for file in BuiltInWalkthroughs.files {
            XCTAssertEqual(file.text + "\n", try String(contentsOf: folder.appendingPathComponent(file.name + ".toml"), encoding: .utf8),
                           "walkthroughs/\(file.name).toml changed: run scripts/embed-data.sh")
        }
    }

    func testAnUnknownScreenIsReportedOnItsLine() {
        let text = small.replacingOccurrences(of: #"screen = "arrival""#, with: #"screen = "arival""#)
        XCTAssertEqual(errors(text).count, 1)
        XCTAssertTrue(errors(text)[0].hasPrefix("8:1: step \"open-arrival\": unknown screen \"arival\" (expected one of welcome, home, arrival"), "\(errors(text))")
    }

    func testAnUnknownConditionIsReportedOnItsLine() {
        let text = small.replacingOccurrences(of: #"done = "arrival-ticked""#, with: #"done = "ticked""#)
        XCTAssertEqual(errors(text).count, 1)
        XCTAssertTrue(errors(text)[0].hasPrefix("15:1: step \"tick\": unknown condition \"ticked\" in \"done\""), "\(errors(text))")
    }

    func testAScreenConditionNeedsItsScreen() {
        let text = small.replacingOccurrences(of: "screen = \"arrival\"\n", with: "")
        XCTAssertEqual(errors(text), ["8:1: step \"open-arrival\": done = \"screen\" needs a \"screen\" field naming the screen to open"])
    }

    func testAQuestionWithoutACorrectAnswer() {
        let text = small.replacingOccurrences(of: ", correct = true", with: "")
        XCTAssertEqual(errors(text), ["22:1: question \"q1\" has no correct answer (mark one choice with correct = true)"])
    }

    func testAQuestionWithTwoCorrectAnswers() {
        let text = small.replacingOccurrences(of: #"{ en = "This", zh = "这个" }"#, with: #"{ en = "This", zh = "这个", correct = true }"#)
        XCTAssertEqual(errors(text), ["22:1: question \"q1\" has 2 correct answers (choices 1, 2); exactly one is allowed"])
    }

    func testTooFewChoices() {
        let text = small.replacingOccurrences(of: "  { en = \"This\", zh = \"这个\" },\n", with: "")
        XCTAssertEqual(errors(text), ["22:1: question \"q1\" has 1 choices (2 to 5 are allowed)"])
    }

    func testAMissingTranslationIsPlaced() {
        let step = small.replacingOccurrences(of: #"why = { en = "Be prepared.", zh = "准备充分。" }"#, with: #"why = { en = "Be prepared." }"#)
        XCTAssertEqual(errors(step), ["17:1: step \"tick\" why: the Chinese translation (zh) is missing or empty"])
        let choice = small.replacingOccurrences(of: #"{ en = "That", zh = "那个", correct = true }"#, with: #"{ en = "That", correct = true }"#)
        XCTAssertEqual(errors(choice), ["24:3: question \"q1\" choice 2: the Chinese translation (zh) is missing or empty"])
        let title = small.replacingOccurrences(of: #"title = { en = "Mini", zh = "迷你" }"#, with: #"title = { en = "Mini", zh = "" }"#)
        XCTAssertEqual(errors(title), ["4:1: the chapter's title: the Chinese translation (zh) is missing or empty"])
    }

    func testUnknownFieldsAndDuplicateIds() {
        let unknown = small.replacingOccurrences(of: "done = \"arrival-ticked\"", with: "done = \"arrival-ticked\"\nwhen = \"now\"")
        XCTAssertEqual(errors(unknown), ["16:1: step \"tick\": unknown field \"when\" (expected done, id, screen, text, why)"])
        let duplicate = small.replacingOccurrences(of: #"id = "tick""#, with: #"id = "open-arrival""#)
        XCTAssertEqual(errors(duplicate), ["14:1: duplicate id \"open-arrival\""])
    }

    func testBadTOMLIsReportedWithItsPositionAndNeverCrashes() {
        let broken = errors(small.replacingOccurrences(of: "order = 5", with: "order = = 5"))
        XCTAssertEqual(broken.count, 1)
        XCTAssertTrue(broken[0].hasPrefix("3:"), "\(broken)")
        // Inputs that abort TOMLKit's parser are refused before it sees them.
        XCTAssertEqual(errors("[=\n").count, 1)
        XCTAssertEqual(errors("a = [}\n").count, 1)
        XCTAssertTrue(errors("schema = 1\n").contains { $0.contains("missing field \"id\"") })
    }

    func testATrainersFolderAddsAndReplacesChaptersAndReportsBadFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("walkthroughs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try small.write(to: folder.appendingPathComponent("mini.toml"), atomically: true, encoding: .utf8)
        try small.replacingOccurrences(of: #"id = "mini""#, with: #"id = "arrival""#)
            .write(to: folder.appendingPathComponent("own-arrival.toml"), atomically: true, encoding: .utf8)
        try "schema = 1\nid = \"broken\"\n".write(to: folder.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        let catalog = WalkthroughLoader.catalog(userFolder: folder)
        XCTAssertEqual(catalog.chapters.map(\.id), ["arrival", "mini", "the-day", "problems", "sign-off-exit"], "by order, then id")
        XCTAssertEqual(catalog.chapters.first?.title.en, "Mini", "a trainer's chapter replaces the built-in one of that id")
        XCTAssertEqual(catalog.problems.map { URL(fileURLWithPath: $0.path).lastPathComponent }, ["broken.toml"])
        XCTAssertTrue(catalog.problems[0].cause.message.contains("onsite train check"), catalog.problems[0].cause.message)
    }
}

/// The walkthrough reader, fed mutated chapters like every other reader: a chapter or errors, never a crash.
final class WalkthroughFuzzTests: XCTestCase {
    func testTheWalkthroughReaderNeverCrashes() {
        var random = ReaderFuzzTests.Generator(state: ReaderFuzzTests.seed &+ 11)
        let valid = Array(BuiltInWalkthroughs.files[0].text.utf8)
        for _ in 0..<min(ReaderFuzzTests.runs, 500) {
            let text = String(decoding: ReaderFuzzTests.mutate(valid, &random), as: UTF8.self)
            _ = try? WalkthroughLoader.load(toml: text)
        }
    }
}
