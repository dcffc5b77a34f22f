import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

/// The walkthrough over the real screens: clicker keys, steps checked on the sandbox, clear messages, the quiz.
final class TrainingScreensTests: XCTestCase {
    let fixture = Fixture()

    /// The sandbox as `onsite train` opens it, with chapter 1 started for Ana.
    func started(_ language: Language = .english) -> AppState {
        var state = fixture.state(language)
        state.training = TrainingState(chapters: WalkthroughLoader.builtIn)
        _ = AppUpdate.startTraining(&state, fixture.environment)
        fixture.send([.pageDown], to: &state)
        fixture.type("Ana", into: &state)
        fixture.send([.enter], to: &state)
        return state
    }

    func testStartingCreatesTheDemoPracticeSiteAndAsksTheTraineesName() {
        var state = fixture.state()
        state.training = TrainingState(chapters: WalkthroughLoader.builtIn)
        let effects = AppUpdate.startTraining(&state, fixture.environment)
        XCTAssertEqual(state.site(TrainingSandbox.siteID)?.isDemo, true)
        XCTAssertEqual(effects.count, 1)
        XCTAssertEqual(state.training?.panel, .menu(0))
        XCTAssertTrue(AppView.render(state).rowText(0).contains("TRAINING · DEMO"))
        fixture.send([.pageDown], to: &state)
        guard case .name = state.training?.panel else { return XCTFail("the name is asked first") }
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.message?.text.en, "Type the trainee's name first.")
        fixture.type("Ana", into: &state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.training?.panel, .step)
        XCTAssertEqual(state.training?.trainee, "Ana")
        XCTAssertEqual(state.height, 24 - (state.training?.boxRows ?? 0), "the screens get the rows above the step box")
    }

    func testTheClickerMovesOnlyWhenTheStepIsDoneOrSkippedOnPurpose() {
        var state = started()
        fixture.send([.pageDown], to: &state)  // step 1 is read only
        XCTAssertEqual(state.training?.step, 1)
        fixture.send([.right], to: &state)  // not done: says what is missing, stays
        XCTAssertEqual(state.training?.step, 1)
        XCTAssertEqual(state.training?.notice?.text.en,
                       "Not done yet: Open the site's home (Enter on the site). (PgDn again skips this step.)")
        XCTAssertEqual(state.screen.kind, .welcome, "the clicker key never reaches the screen under the box")
        fixture.send([.enter], to: &state)  // the trainee does it
        XCTAssertEqual(state.screen.kind, .home)
        XCTAssertEqual(state.training?.notice?.text.en, "Done. PgDn or → goes on.")
        fixture.send([.pageDown], to: &state)
        XCTAssertEqual(state.training?.step, 2)
        fixture.send([.pageUp], to: &state)
        XCTAssertEqual(state.training?.step, 1)
        fixture.send([.left, .left], to: &state)
        XCTAssertEqual(state.training?.step, 0, "the first step stays")
        // A step not done can still be skipped: a second PgDn, never stuck.
        fixture.send([.pageDown, .pageDown, .pageDown, .pageDown], to: &state)
        XCTAssertEqual(state.training?.step, 3)
    }

    func testATraineeWhoOpensSomethingElseIsToldWhereTheStepIsDone() {
        var state = started()
        fixture.send([.pageDown, .enter, .pageDown], to: &state)
        XCTAssertEqual(state.training?.currentStep?.id, "arrival-open-checklist")
        fixture.send([.character("D")], to: &state)  // the days, not the arrival checklist
        XCTAssertEqual(state.screen.kind, .days)
        XCTAssertEqual(state.training?.notice?.text.en,
                       "You opened the list of days (D on the site's home); this step is done on the arrival checklist (A on the site's home). Esc goes back.")
        XCTAssertEqual(state.training?.notice?.kind, .error)
        fixture.send([.escape, .character("A")], to: &state)
        XCTAssertEqual(state.training?.notice?.text.en, "Done. PgDn or → goes on.")
    }

    func testTickingAnItemIsSeenOnTheSandbox() {
        var state = started()
        fixture.send([.pageDown, .enter, .pageDown, .character("A"), .pageDown], to: &state)
        XCTAssertEqual(state.training?.currentStep?.condition, .arrivalTicked)
        XCTAssertFalse(TrainingFlow.check(state)?.met ?? true)
        let effects = fixture.send([.character(" ")], to: &state)
        XCTAssertEqual(effects.count, 1, "the tick is saved like any other")
        XCTAssertTrue(TrainingFlow.check(state)?.met ?? false)
    }

    func testTheQuizGivesFeedbackWithTheReasonAndRecordsTheScore() throws {
        var state = started()
        TrainingFlow.finishSteps(&state)
        guard case .quiz = state.training?.panel else { return XCTFail("the quiz follows the last step") }
        fixture.send([.character("1")], to: &state)
        guard case .quiz(let progress) = state.training?.panel else { return XCTFail() }
        XCTAssertEqual(progress.answered, 0)
        XCTAssertEqual(progress.correct, 0)
        XCTAssertTrue(AppView.render(state).contains("Not quite: the answer is 2."))
        XCTAssertTrue(AppView.render(state).contains("About 68 %"))
        fixture.send([.character("2")], to: &state)
        XCTAssertEqual(state.training?.panel, .quiz(progress), "an answer is final")
        var effects: [Effect] = []
        for key: Key in [.pageDown, .character("3"), .pageDown, .character("1"), .pageDown, .character("2"), .pageDown] {
            effects += fixture.send([key], to: &state)
        }
        let score = QuizScore(trainee: "Ana", chapterID: "arrival", correct: 3, total: 4, at: fixture.environment.now)
        XCTAssertEqual(effects, [.recordScore(score)])
        XCTAssertEqual(state.training?.panel, .result(score))
        XCTAssertTrue(AppView.render(state).contains("Score: 3 of 4"))
        fixture.send([.pageDown], to: &state)
        XCTAssertEqual(state.training?.currentChapter?.id, "the-day", "the clicker goes on to the next chapter")
    }

    func testTheChapterMenuJumpsAndResetsTheSandboxAfterAsking() {
        var state = started()
        fixture.send([.function(5)], to: &state)
        XCTAssertEqual(state.training?.panel, .menu(0))
        fixture.send([.down, .enter], to: &state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.training?.currentChapter?.id, "the-day")
        fixture.send([.function(5), .character("r")], to: &state)
        XCTAssertEqual(state.training?.panel, .confirmReset)
        XCTAssertEqual(fixture.send([.escape], to: &state), [])
        fixture.send([.character("r")], to: &state)
        let effects = fixture.send([.enter], to: &state)
        XCTAssertEqual(effects.first, .resetSandbox)
        XCTAssertEqual(state.sites.map(\.id), [TrainingSandbox.siteID])
        XCTAssertEqual(state.training?.panel, .menu(0))
    }

    func testSnapshotsOfAStepAndAQuestion() {
        for language in Language.allCases {
            var state = started(language)
            fixture.send([.pageDown, .enter, .pageDown, .character("A")], to: &state)
            assertScreen(state, named: "step-\(language.rawValue)")
            state.training?.box = .full
            TrainingFlow.fit(&state)
            assertScreen(state, named: "step-full-\(language.rawValue)")
            TrainingFlow.finishSteps(&state)
            assertScreen(state, named: "question-\(language.rawValue)")
            fixture.send([.character("1")], to: &state)
            assertScreen(state, named: "feedback-\(language.rawValue)")
            var menu = started(language)
            fixture.send([.function(5)], to: &menu)
            assertScreen(menu, named: "menu-\(language.rawValue)")
        }
    }
}

/// The welcome screen offers the sandbox outside it, and never inside it.
final class TrainingWelcomeEntryTests: XCTestCase {
    let fixture = Fixture()

    func testTheWelcomeScreenOpensTheSandboxOutsideIt() {
        var state = fixture.state()
        XCTAssertEqual(WelcomeScreen.entries(state), [.newSite, .demo, .training, .quit])
        XCTAssertEqual(fixture.send([.down, .down, .enter], to: &state), [.openTraining])
        state.training = TrainingState(chapters: WalkthroughLoader.builtIn)
        XCTAssertFalse(WelcomeScreen.entries(state).contains(.training))
    }
}

/// A click while a walkthrough panel covers the screens does not reach them.
final class TrainingMouseTests: XCTestCase {
    func testTheMouseDoesNotReachTheScreensUnderAPanel() {
        let fixture = Fixture()
        var state = fixture.state()
        state.training = TrainingState(chapters: WalkthroughLoader.builtIn)
        _ = AppUpdate.startTraining(&state, fixture.environment)
        let before = state.stack
        let click = MouseEvent(kind: .press, column: 5, row: 7)
        XCTAssertEqual(AppUpdate.update(&state, .mouse(click), fixture.environment), [])
        XCTAssertEqual(state.stack, before)
    }
}
