import OnsiteCore
@testable import OnsiteUI
import SnapshotTesting
import XCTest

/// The end-of-day screens as text at 80×24, in English and Chinese. Snapshots live in __Snapshots__.
final class EndOfDaySnapshotTests: XCTestCase {
    let fixture = Fixture()

    private func both(_ build: (Language) -> AppState, testName: String = #function) {
        for language in Language.allCases {
            fixture.clock.set(fixture.date(hour: 17, minute: 5))
            assertScreen(build(language), named: language.rawValue, testName: testName)
        }
    }

    /// Demo words for a day's records in a language.
    private func words(_ language: Language) -> [String] {
        language == .english
            ? ["Filler frame set on its feet and levelled", "Forklift not available until 14:00; crew moved to the cable trays",
               "Floor anchor holes hit rebar at two points", "Old drain under the filler leaks", "Move the wash basin 2 m to the left",
               "Mark Hughes", "Pallet truck", "Lucy Grant", "good", "Commissioning", "Spare parts come with the second delivery"]
            : ["灌装机机架就位并调平", "叉车14:00前不能用;组员先装电缆桥架", "地脚螺栓孔两处打到钢筋", "灌装机下方旧排水管漏水", "客户洗手池左移2米",
               "王经理", "液压搬运车", "李安全员", "完好", "设备调试", "备件随第二批到货"]
    }

    /// A day with something in each part, a few minutes before five.
    private func filledDay(_ language: Language) -> AppState {
        var state = fixture.dayState(language)
        let env = fixture.environment
        let date = state.today
        let w = words(language)
        _ = AppUpdate.changeDay(DemoSite.id, date, &state) { day, site in
            try day.addLogEntry(.progress, text: w[0], id: "l1", at: env.now)
            try day.addLogEntry(.situation, text: w[1], id: "l2", at: env.now)
            try site.addProblem(w[2], severity: .high, day: date, id: "p1", at: env.now, owner: site.profile.crew[0].name)
            try site.addProblem(w[3], severity: .medium, day: date.adding(days: -5), id: "p2", at: env.now)
            try site.addExtraWork(w[4], quantity: "3 h", requestedBy: w[5], day: date, id: "e1", at: env.now)
            try site.borrow(w[6], from: w[7], condition: w[8], id: "b1", at: env.now)
            try day.addScheduleChange(milestone: w[9], planned: "2026-12-01", new: "2026-12-05", reason: w[10], id: "s1")
        }
        return state
    }

    func testCleanup() {
        both { language in
            var state = filledDay(language)
            fixture.open(.cleanup(siteID: DemoSite.id, date: state.today, ListPosition()), &state)
            fixture.send([.character(" "), .down, .down, .down, .character("n")], to: &state)
            fixture.type(language == .english ? "No power or gas used today" : "今天没有用电用气", into: &state)
            fixture.send([.enter, .up, .up], to: &state)
            return state
        }
    }

    func testReview() {
        both { language in
            var state = filledDay(language)
            fixture.open(.review(siteID: DemoSite.id, date: state.today, ListPosition()), &state)
            return state
        }
    }

    func testSignatureGate() {
        both { language in
            var state = fixture.dayState(language, briefed: false)
            fixture.open(.signature(siteID: DemoSite.id, date: state.today, SignaturePadState()), &state)
            return state
        }
    }

    func testSignatureEmptyPad() {
        both { language in
            var state = filledDay(language)
            fixture.inspectAll(&state)
            fixture.open(.signature(siteID: DemoSite.id, date: state.today, SignaturePadState()), &state)
            return state
        }
    }

    func testSignatureDrawnPad() {
        both { language in
            var state = filledDay(language)
            fixture.inspectAll(&state)
            fixture.open(.signature(siteID: DemoSite.id, date: state.today, SignaturePadState()), &state)
            drawSignature(&state)
            return state
        }
    }

    func testSignatureSigned() {
        both { language in
            var state = filledDay(language)
            fixture.inspectAll(&state)
            fixture.open(.signature(siteID: DemoSite.id, date: state.today, SignaturePadState()), &state)
            drawSignature(&state)
            fixture.send([.enter], to: &state)
            fixture.type(words(language)[5], into: &state)
            fixture.send([.enter], to: &state)
            return state
        }
    }

    func testEveryScreenIsDrawnInTheSmallestTerminal() {
        for language in Language.allCases {
            var state = filledDay(language)
            _ = AppUpdate.update(&state, .resize(width: AppState.minimumWidth, height: AppState.minimumHeight), fixture.environment)
            let date = state.today
            var screens: [Screen] = [.cleanup(siteID: DemoSite.id, date: date, ListPosition()), .review(siteID: DemoSite.id, date: date, ListPosition()),
                                     .signature(siteID: DemoSite.id, date: date, SignaturePadState())]
            for screen in screens {
                fixture.open(screen, &state)
                let grid = AppView.render(state)
                for row in 0..<grid.height { XCTAssertEqual(TextWidth.cells(of: grid.rowText(row)), grid.width, "\(screen.kind) row \(row)") }
                XCTAssertFalse(state.isTooSmall)
                fixture.send([.escape], to: &state)
            }
            // The pad at the smallest size: drawn, signed, shown back.
            fixture.inspectAll(&state)
            screens = [.signature(siteID: DemoSite.id, date: date, SignaturePadState())]
            fixture.open(screens[0], &state)
            fixture.stroke([(1, 1), (10, 4), (20, 2), (30, 5)], on: &state)
            fixture.send([.enter], to: &state)
            fixture.type(words(language)[5], into: &state)
            fixture.send([.enter], to: &state)
            XCTAssertEqual(fixture.today(state).state, .signed)
            let grid = AppView.render(state)
            XCTAssertTrue(grid.text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        }
    }

    /// A handwriting-like signature: a loop, a long tail and an underline.
    private func drawSignature(_ state: inout AppState) {
        fixture.stroke([(6, 9), (4, 5), (7, 2), (11, 4), (9, 9), (6, 12), (13, 11), (18, 6), (21, 10), (25, 5), (28, 10), (33, 6), (38, 9)], on: &state)
        fixture.stroke([(40, 3), (42, 11), (46, 4), (50, 10), (56, 7), (62, 8)], on: &state)
        fixture.stroke([(5, 13), (60, 13)], on: &state)
    }
}
