import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

/// Fixtures of the briefing screen tests: the demo site with a fifth member, daily lists, a previous day.
extension BriefingScreenTests {

    var now: Timestamp { Timestamp(clock: fixture.clock) }

    func minutes(_ offset: Int) -> Timestamp {
        Timestamp(date: now.date.addingTimeInterval(Double(offset) * 60), offsetSeconds: now.offsetSeconds)
    }

    var yesterday: LocalDate { now.localDate.adding(days: -1) }

    /// Safety points and PPE as a standard lists them (the screens take them from the site's standard).
    func withDailyLists(_ state: inout AppState) {
        let sha = state.site(DemoSite.id)!.standard.sha256
        state.library[sha]?.standard.safetyPoints = [
            LocalizedText(en: "Lock out and tag out before opening a guard", zh: "打开防护罩前先上锁挂牌"),
            LocalizedText(en: "Hot work only with the permit", zh: "动火作业必须持证"),
        ]
        state.library[sha]?.standard.ppe = [
            LocalizedText(en: "helmet", zh: "安全帽"), LocalizedText(en: "safety shoes", zh: "安全鞋"),
            LocalizedText(en: "gloves", zh: "手套"), LocalizedText(en: "safety glasses", zh: "护目镜"),
            LocalizedText(en: "hearing protection", zh: "护耳"),
        ]
    }

    /// The demo site with a fifth crew member, optionally a previous working day (built through the domain),
    /// today's day opened at 07:30, and the briefing screen open (home → T → Enter).
    func briefingState(
        _ language: Language = .english, previous: ((inout WorkDay, Site) throws -> Void)? = nil, openedAt: Timestamp? = nil
    ) throws -> AppState {
        var state = fixture.state(language, demo: true)
        var site = state.site(DemoSite.id)!
        site.profile.crew.append(CrewMember(id: "m5", name: language == .english ? "Li Mei" : "欧阳娜娜", role: language == .english ? "Apprentice" : "学徒"))
        if let previous {
            var day = try site.openDay(yesterday, at: minutes(-26 * 60))
            try previous(&day, site)
            site.noteChanged(day)
            state.store(day)
        }
        let day = try site.openDay(state.today, at: openedAt ?? minutes(-120))
        state.store(site)
        state.store(day)
        withDailyLists(&state)
        fixture.send([.enter, .character("T"), .enter], to: &state)
        guard case .briefing = state.screen else { throw XCTSkip("the day screen did not open the briefing: \(state.screen)") }
        return state
    }

    func day(_ state: AppState) -> WorkDay { state.day(DemoSite.id, state.today)! }

    func rows(_ state: AppState) -> [BriefingScreen.Row] {
        let context = BriefingScreen.context(state, DemoSite.id, state.today)!
        return BriefingScreen.rows(context, state, width: BriefingScreen.listWidth(state))
    }

    /// The row the highlight is on (as drawn: a fresh screen's highlight goes to its first selectable row).
    func selectedKey(_ state: AppState) -> String? {
        guard case .briefing(_, _, var position) = state.screen else { return nil }
        let rows = rows(state)
        BriefingScreen.settle(&position, in: rows, visible: BriefingScreen.listHeight(state))
        return rows.indices.contains(position.selection) ? rows[position.selection].key : nil
    }

    /// Moves the highlight with the arrow keys until it is on the row with this key.
    func select(_ key: String, _ state: inout AppState, file: StaticString = #filePath, line: UInt = #line) {
        fixture.send([.home], to: &state)
        for _ in 0..<200 where selectedKey(state) != key { fixture.send([.down], to: &state) }
        XCTAssertEqual(selectedKey(state), key, "could not select \(key)", file: file, line: line)
    }

    func member(_ index: Int, _ state: AppState) -> CrewMember { state.site(DemoSite.id)!.profile.crew[index] }

    func render(_ state: AppState, file: StaticString = #filePath, line: UInt = #line) -> Grid {
        let grid = AppView.render(state)
        for row in 0..<grid.height {
            XCTAssertEqual(TextWidth.cells(of: grid.rowText(row)), grid.width, "row \(row) is not exactly \(grid.width) cells", file: file, line: line)
        }
        return grid
    }

    // MARK: - Roll call
}
