import Foundation
import OnsiteCore
@testable import OnsiteUI
import SnapshotTesting
import XCTest

/// The briefing's help and its screens as text, in English and Chinese.
extension BriefingScreenTests {
    func testHelpListsTheBriefingKeysWhole() throws {
        for language in Language.allCases {
            var state = try briefingState(language)
            fixture.send([.character("?")], to: &state)
            let screen = render(state)
            for binding in BriefingKeys.bindings {
                XCTAssertTrue(screen.contains(binding.description.text(in: language)), "help lists \(binding.label) whole:\n\(screen.text)")
            }
        }
    }

    // MARK: - Snapshots (80×24)

    /// A briefing under way: five on the roll, tasks (one carried over), cautions, PPE partly checked.
    func underWay(_ language: Language) throws -> AppState {
        let english = language == .english
        var state = try briefingState(language, previous: { day, site in
            let crew = site.profile.crew
            try day.addTask(english ? "Mount the valve block" : "安装阀块", to: crew[1].id, id: "y1", in: site)
            try day.addTask(english ? "Pull cables to the control cabinet" : "敷设到控制柜的电缆", to: crew[2].id, id: "y2", in: site)
            try day.addTask(english ? "Unload the filler" : "卸车:灌装机", to: crew[0].id, id: "y3", in: site)
            try day.setTaskDone("y3", true)
        })
        fixture.send([.character("p"), .character("p")], to: &state)
        fixture.send([.character("l"), .control("u")], to: &state)
        fixture.type("08:10", into: &state)
        fixture.send([.enter, .down, .character("a"), .character("p")], to: &state)
        let tasks: [(Int, String, String)] = [
            (0, "Level and square the filler frame", "灌装机机架找平找正"),
            (0, "Walk the line with the client at 14:00", "14:00 与客户一起巡线"),
            (2, "Terminate the sensor cables in cabinet B", "B柜传感器接线"),
            (4, "Clean and sort the fitting tools", "清点整理安装工具"),
        ]
        for (index, en, zh) in tasks {
            select("member:" + member(index, state).id, &state)
            fixture.send([.character("t")], to: &state)
            fixture.type(english ? en : zh, into: &state)
            fixture.send([.enter], to: &state)
        }
        select("offered:y1", &state)
        fixture.send([.enter], to: &state)
        select("task:" + day(state).briefing.tasks[0].id, &state)
        fixture.send([.character(" ")], to: &state)
        let site = state.site(DemoSite.id)!
        select("safety:Lock out and tag out before opening a guard|打开防护罩前先上锁挂牌", &state)
        fixture.send([.enter], to: &state)
        select("rule:" + site.arrival.clientRules[0].id, &state)
        fixture.send([.enter], to: &state)
        for index in [0, 1] {
            select("ppe:" + member(index, state).id, &state)
            fixture.send([.character(" ")], to: &state)
        }
        state.message = nil
        return state
    }

    func check(_ state: AppState, named name: String, testName: String = #function, line: UInt = #line) {
        let grid = render(state, line: line)
        assertSnapshot(of: grid.text, as: .lines, named: name, testName: testName, line: line)
    }

    func testSnapshotTopOfTheBriefing() throws {
        for language in Language.allCases {
            var state = try underWay(language)
            fixture.send([.home], to: &state)
            check(state, named: language.rawValue)
        }
    }

    func testSnapshotCautionsAndPPE() throws {
        for language in Language.allCases {
            var state = try underWay(language)
            fixture.send([.end, .up], to: &state)
            check(state, named: language.rawValue)
        }
    }

    func testSnapshotHeld() throws {
        for language in Language.allCases {
            var state = try underWay(language)
            fixture.send([.home, .character("h"), .tab, .tab], to: &state)
            check(state, named: language.rawValue)
        }
    }
}
