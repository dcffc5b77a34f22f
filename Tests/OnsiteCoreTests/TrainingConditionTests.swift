import Foundation
import XCTest
@testable import OnsiteCore

/// Step conditions count from the sandbox as it was when the step began, so the demo's own records never satisfy them.
final class TrainingConditionTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_397_400))
    let ids = SequentialIdSource(prefix: "c")
    let standard = StandardLoader.defaultStandard()

    func step(_ condition: StepCondition, _ screen: TrainingScreen? = nil) -> WalkthroughStep {
        WalkthroughStep(id: "s", text: LocalizedText(en: "a", zh: "甲"), why: LocalizedText(en: "b", zh: "乙"), condition: condition, screen: screen)
    }

    func testScreenAndReadConditions() {
        let start = TrainingSnapshot(screen: .home, site: nil, day: nil)
        let onArrival = TrainingSnapshot(screen: .arrival, site: nil, day: nil)
        XCTAssertTrue(step(.read).check(start, since: start).met)
        let open = step(.screen, .arrival)
        XCTAssertFalse(open.check(start, since: start).met)
        XCTAssertEqual(open.check(start, since: start).missing?.en, "Open the arrival checklist (A on the site's home).")
        XCTAssertTrue(open.check(onArrival, since: start).met)
    }

    func testAnArrivalTickCountsFromTheStepsStart() throws {
        var site = TrainingSandbox.makeSite(standard: standard, clock: clock, ids: ids, language: .english)
        XCTAssertTrue(site.isDemo)
        XCTAssertEqual(site.arrival.items.count, 0, "the practice site starts with nothing done")
        let start = TrainingSnapshot(screen: .arrival, site: site, day: nil)
        let tick = step(.arrivalTicked)
        XCTAssertFalse(tick.check(start, since: start).met)
        XCTAssertTrue(tick.check(start, since: start).missing?.en.contains("Space") ?? false)
        try site.markDone(XCTUnwrap(standard.arrivalItems.first), at: Timestamp(clock: clock))
        XCTAssertTrue(tick.check(TrainingSnapshot(screen: .arrival, site: site, day: nil), since: start).met)
        // A step that starts after the tick wants one more.
        let later = TrainingSnapshot(screen: .arrival, site: site, day: nil)
        XCTAssertFalse(tick.check(later, since: later).met)
    }

    func testRegisterConditionsCountNewEntries() {
        var start = TrainingSnapshot(screen: .register, site: nil, day: nil)
        start.problems = 3
        start.extraWork = 1
        var now = start
        XCTAssertFalse(step(.problemAdded).check(now, since: start).met)
        XCTAssertFalse(step(.extraWorkAdded).check(now, since: start).met)
        now.problems = 4
        XCTAssertTrue(step(.problemAdded).check(now, since: start).met)
        XCTAssertFalse(step(.extraWorkAdded).check(now, since: start).met, "a problem is not extra work")
        now.extraWork = 2
        XCTAssertTrue(step(.extraWorkAdded).check(now, since: start).met)
    }

    func testDayConditions() {
        let start = TrainingSnapshot(screen: .briefing, site: nil, day: nil)
        var now = start
        for condition in [StepCondition.briefingHeld, .logEntry, .daySigned, .borrowingAdded, .exitStep] {
            XCTAssertFalse(step(condition).check(now, since: start).met, condition.rawValue)
            XCTAssertNotNil(step(condition).check(now, since: start).missing?.zh, condition.rawValue)
        }
        now.briefingHeld = true
        now.logEntries = 1
        now.daySigned = true
        now.borrowings = 1
        now.exitProgress = 1
        for condition in [StepCondition.briefingHeld, .logEntry, .daySigned, .borrowingAdded, .exitStep] {
            XCTAssertTrue(step(condition).check(now, since: start).met, condition.rawValue)
        }
    }

    func testTheSandboxLivesBesideTheRealDataNeverInsideIt() {
        let real = DataDirectory(root: URL(fileURLWithPath: "/home/crew/.local/share/onsite"))
        let sandbox = TrainingSandbox.directory(beside: real)
        XCTAssertEqual(sandbox.root.path, "/home/crew/.local/share/onsite-training")
        XCTAssertFalse(sandbox.root.path.hasPrefix(real.root.path + "/"))
    }

    func testScoresAreKeptAcrossAResetOfTheSandbox() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = DataDirectory(root: root)
        try directory.prepare()
        let score = QuizScore(trainee: "Ana", chapterID: "arrival", correct: 3, total: 4, at: Timestamp(clock: clock))
        try TrainingScores.append(score, in: directory)
        try TrainingScores.append(score, in: directory)
        try DurableFile.makeDirectory(directory.siteFolder("training"))
        try TrainingSandbox.reset(directory)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.siteFolder("training").path))
        XCTAssertEqual(TrainingScores.read(from: directory).scores, [score, score])
    }

    func testADamagedScoresFileIsKeptAsideNotWrittenOver() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = DataDirectory(root: root)
        try directory.prepare()
        let file = TrainingScores.file(in: directory)
        try Data("{ \"schema\": 1, \"scores\": [ { \"trainee\": ".utf8).write(to: file)
        let score = QuizScore(trainee: "Ana", chapterID: "arrival", correct: 3, total: 4, at: Timestamp(clock: clock))
        try TrainingScores.append(score, in: directory)
        XCTAssertEqual(TrainingScores.read(from: directory).scores, [score])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file.path + ".damaged.1")), Data("{ \"schema\": 1, \"scores\": [ { \"trainee\": ".utf8))
    }
}
