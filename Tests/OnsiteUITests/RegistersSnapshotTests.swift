import OnsiteCore
@testable import OnsiteUI
import SnapshotTesting
import XCTest

/// The day's log, each register, the problem screen and the conduct picker as text at 80×24, in English and Chinese.
final class RegistersSnapshotTests: XCTestCase {
    let fixture = Fixture()

    private func both(_ build: (Language) -> AppState, testName: String = #function) {
        for language in Language.allCases {
            assertScreen(build(language), named: language.rawValue, testName: testName)
        }
    }

    /// The busy site's day screen with one part opened.
    private func busy(_ language: Language, _ entry: DayScreen.Entry) -> AppState {
        var state = fixture.busySite(language)
        fixture.openPart(entry, in: &state)
        return state
    }

    func testLog() {
        both { language in
            var state = fixture.startedDay(language)
            fixture.openPart(.log, in: &state)
            let zh = language == .chinese
            fixture.send([.character("a")], to: &state)
            fixture.type(zh ? "开始安装三号线电缆桥架,完成约三成" : "Started the cable tray on line 3, about a third done", into: &state)
            fixture.send([.enter], to: &state)
            fixture.clock.advance(by: 1_500)
            fixture.send([.character("s")], to: &state)
            _ = AppUpdate.update(&state, .paste(zh ? "停电两小时。\n客户电工在处理,下午恢复施工。" : "Power cut for two hours.\nThe client's electrician is on it; work resumes after lunch."),
                                 fixture.environment)
            fixture.send([.enter], to: &state)
            fixture.clock.advance(by: 600)
            fixture.send([.character("a")], to: &state)
            fixture.type(zh ? "清理了工作区域" : "Cleaned the work area", into: &state)
            fixture.send([.enter, .up], to: &state)
            return state
        }
    }

    func testEmptyLog() {
        both { language in
            var state = fixture.startedDay(language)
            fixture.openPart(.log, in: &state)
            return state
        }
    }

    func testLogEntryForm() {
        both { language in
            var state = fixture.startedDay(language)
            fixture.openPart(.log, in: &state)
            fixture.send([.character("s")], to: &state)
            fixture.type(language == .chinese ? "客户来访检查" : "The client's engineer came to inspect", into: &state)
            return state
        }
    }

    func testProblems() {
        both { busy($0, .problems) }
    }

    func testProblemFormRefused() {
        both { language in
            var state = busy(language, .problems)
            fixture.send([.character("a"), .enter], to: &state)
            return state
        }
    }

    func testProblemScreen() {
        both { language in
            var state = busy(language, .problems)
            fixture.send([.enter], to: &state)
            return state
        }
    }

    func testProblemReportPicker() {
        both { language in
            var state = busy(language, .problems)
            fixture.send([.down, .enter, .character("r"), .down, .enter], to: &state)
            return state
        }
    }

    func testExtraWork() {
        both { busy($0, .extraWork) }
    }

    func testBorrowings() {
        both { busy($0, .borrowings) }
    }

    func testMaterials() {
        both { busy($0, .materials) }
    }

    func testMaterialFormWithBadDate() {
        both { language in
            var state = busy(language, .materials)
            fixture.send([.character("a")], to: &state)
            fixture.type(language == .chinese ? "水泥" : "Cement", into: &state)
            fixture.send([.tab], to: &state)
            fixture.type(language == .chinese ? "10袋" : "10 bags", into: &state)
            fixture.send([.tab], to: &state)
            fixture.type("2026-02-30", into: &state)
            fixture.send([.enter], to: &state)
            return state
        }
    }

    func testConduct() {
        both { busy($0, .conduct) }
    }

    func testConductCrewPicker() {
        both { language in
            var state = busy(language, .conduct)
            fixture.send([.character("a")], to: &state)
            return state
        }
    }

    func testConductRulePicker() {
        both { language in
            var state = busy(language, .conduct)
            fixture.send([.character("a"), .down, .enter, .enter, .down, .down], to: &state)
            return state
        }
    }
}
