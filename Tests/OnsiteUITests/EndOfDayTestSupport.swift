import Foundation
import OnsiteCore
@testable import OnsiteUI

/// A demo site with today's day started, for the end-of-day screens.
extension Fixture {
    /// 5S cleanup items for tests (built here: the default standard may not list them yet).
    static let cleanupItems: [ChecklistItemDefinition] = {
        let json = """
        [
          {"id": "tools", "title": {"en": "Tools counted and put away", "zh": "工具清点并归位"},
           "help": {"en": "Every tool back in its case; count against the morning list.", "zh": "所有工具放回工具箱,并与早上的清单核对数量。"},
           "required": true, "kind": "check"},
          {"id": "waste", "title": {"en": "Waste and offcuts removed", "zh": "清走垃圾和边角料"},
           "help": {"en": "Sorted as the client asks; nothing left in their bins without permission.", "zh": "按客户要求分类;未经允许不得丢进客户的垃圾桶。"},
           "required": true, "kind": "check"},
          {"id": "floor", "title": {"en": "Floor swept, spills wiped", "zh": "地面清扫,油污擦净"}, "required": true, "kind": "check"},
          {"id": "power", "title": {"en": "Power and gas isolated", "zh": "断电断气"},
           "help": {"en": "Lock-out tags left as agreed with the client's electrician.", "zh": "按与客户电工的约定挂好上锁标签。"},
           "required": true, "kind": "check"},
          {"id": "materials", "title": {"en": "Materials stacked in the storage area", "zh": "材料在放置区码放整齐"}, "required": true, "kind": "check"}
        ]
        """
        return try! JSONDecoder().decode([ChecklistItemDefinition].self, from: Data(json.utf8))
    }()

    /// 2026-11-23 at a time of day in Shanghai (+08:00).
    func date(hour: Int, minute: Int, second: Int = 0) -> Date {
        Date(timeIntervalSince1970: 1_795_363_200 + Double(hour * 3600 + minute * 60 + second))
    }

    /// The demo site's home with a standard that has cleanup items, today's day started, and the briefing held.
    func dayState(_ language: Language = .english, briefed: Bool = true, cleanup: Bool = true, width: Int = 80, height: Int = 24) -> AppState {
        var state = self.state(language, demo: true, width: width, height: height)
        let sha = state.sites[0].standard.sha256
        state.library[sha]?.standard.cleanup = cleanup ? Fixture.cleanupItems : []
        send([.enter], to: &state)
        _ = DayScreen.startDay(DemoSite.id, state.today, &state, environment)
        if briefed {
            let env = environment
            _ = AppUpdate.changeDay(DemoSite.id, state.today, &state) { day, site in
                for member in site.profile.crew { try day.setAttendance(member.id, .present, in: site) }
                try day.holdBriefing(at: env.now)
            }
        }
        state.message = nil
        return state
    }

    /// Marks every cleanup item inspected.
    func inspectAll(_ state: inout AppState) {
        let env = environment
        _ = AppUpdate.changeDay(DemoSite.id, state.today, &state) { day, _ in
            for item in Fixture.cleanupItems { try day.setCleanup(item.id, done: true, by: "Tom Baker", at: env.now) }
        }
    }

    /// Opens one of the end-of-day screens of today on top of the stack. A pad opens as after the preview:
    /// the client has read the record as it stands (`SignPreviewTests` covers the preview itself).
    func open(_ screen: Screen, _ state: inout AppState) {
        if case .signature(let siteID, let date, var pad) = screen, pad.previewedHash == nil,
           let site = state.site(siteID), let day = state.day(siteID, date) {
            pad.previewedHash = site.record(of: day).sha256
            state.stack.append(.signature(siteID: siteID, date: date, pad))
            return
        }
        state.stack.append(screen)
    }

    /// Today's day of the demo site.
    func today(_ state: AppState) -> WorkDay { state.day(DemoSite.id, state.today)! }

    /// Sends mouse events.
    @discardableResult
    func mouse(_ events: [MouseEvent], to state: inout AppState) -> [Effect] {
        events.flatMap { AppUpdate.update(&state, .mouse($0), environment) }
    }

    /// A stroke on the signature pad: a press, drags through the cells, a release (cells relative to the pad's inside).
    @discardableResult
    func stroke(_ cells: [(Int, Int)], on state: inout AppState) -> [Effect] {
        let area = SignatureScreen.padArea(state, today(state))
        var events: [MouseEvent] = []
        for (index, cell) in cells.enumerated() {
            let kind: MouseEvent.Kind = index == 0 ? .press : .drag
            events.append(MouseEvent(kind: kind, column: area.column + cell.0, row: area.row + cell.1))
        }
        if let last = cells.last { events.append(MouseEvent(kind: .release, column: area.column + last.0, row: area.row + last.1)) }
        return mouse(events, to: &state)
    }

    /// The pad state on screen.
    func pad(_ state: AppState) -> SignaturePadState? {
        if case .signature(_, _, let pad) = state.screen { return pad }
        return nil
    }
}
