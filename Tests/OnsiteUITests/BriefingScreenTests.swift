import Foundation
import OnsiteCore
@testable import OnsiteUI
import SnapshotTesting
import XCTest

/// The morning briefing screen: roll call, tasks, carry-over, cautions, PPE, held or not, read-only days.
final class BriefingScreenTests: XCTestCase {
    let fixture = Fixture()

    func testRollCallMarksPresentAndAbsentAndMovesToTheNextName() throws {
        var state = try briefingState()
        XCTAssertEqual(selectedKey(state), "member:" + member(0, state).id)
        let effects = fixture.send([.character("p")], to: &state)
        XCTAssertEqual(effects, [.saveDay(state.site(DemoSite.id)!, day(state))])
        XCTAssertEqual(selectedKey(state), "member:" + member(1, state).id, "p moves on to the next name")
        fixture.send([.character("a"), .character("p")], to: &state)
        let briefing = day(state).briefing
        XCTAssertEqual(briefing.attendance(of: member(0, state).id)?.status, .present)
        XCTAssertEqual(briefing.attendance(of: member(1, state).id)?.status, .absent)
        XCTAssertEqual(briefing.attendance(of: member(2, state).id)?.status, .present)
        // Space on a roll-call line: present ↔ absent.
        fixture.send([.up, .character(" ")], to: &state)
        XCTAssertEqual(day(state).briefing.attendance(of: member(2, state).id)?.status, .absent)
        let screen = render(state)
        XCTAssertTrue(screen.contains("1 present · 0 late · 2 absent · 2 not called"), screen.text)
        XCTAssertTrue(screen.contains("Roll call (3/5 called)"), screen.text)
        XCTAssertEqual(state.site(DemoSite.id)!.daySummary(state.today)?.state, .open)
    }

    func testLateNeedsAValidArrivalTimeAndThePromptStaysUntilThen() throws {
        var state = try briefingState()
        select("member:" + member(2, state).id, &state)
        fixture.send([.character("l")], to: &state)
        XCTAssertEqual(state.prompt?.purpose, .briefing(.late(crewMemberID: member(2, state).id)))
        XCTAssertEqual(state.prompt?.fields.first?.text, "09:30", "the time now is offered")
        fixture.send([.control("u")], to: &state)
        fixture.type("25:99", into: &state)
        let refused = fixture.send([.enter], to: &state)
        XCTAssertEqual(refused, [])
        XCTAssertNotNil(state.prompt, "a bad time keeps the form open")
        XCTAssertTrue(state.prompt?.problem?.en.contains("\"25:99\" is not a time: use HH:MM") == true, "\(String(describing: state.prompt?.problem))")
        XCTAssertTrue(render(state).contains("is not a time"))
        XCTAssertNil(day(state).briefing.attendance(of: member(2, state).id))
        fixture.send([.control("u")], to: &state)
        fixture.type("8:10", into: &state)
        fixture.send([.enter], to: &state)
        XCTAssertNil(state.prompt)
        let entry = day(state).briefing.attendance(of: member(2, state).id)
        XCTAssertEqual(entry?.status, .late)
        XCTAssertEqual(entry?.arrivedAt, "08:10")
        XCTAssertTrue(render(state).contains("late, arrived 08:10"))
    }

    // MARK: - Tasks

    func testTasksForTwoMembersEditedDoneAndRemoved() throws {
        var state = try briefingState()
        let tom = member(0, state), ana = member(1, state)
        // From the roll-call line: t gives that member a task.
        fixture.send([.character("t")], to: &state)
        XCTAssertEqual(state.prompt?.purpose, .briefing(.addTask(crewMemberID: tom.id)))
        fixture.type("Level the filler frame", into: &state)
        fixture.send([.enter], to: &state)
        // From the task section: Enter on a member's line adds one too.
        select("owner:" + tom.id, &state)
        fixture.send([.enter], to: &state)
        fixture.type("Check the anchor bolts", into: &state)
        fixture.send([.enter], to: &state)
        select("owner:" + ana.id, &state)
        fixture.send([.character("t")], to: &state)
        fixture.type("Mount the valve block", into: &state)
        fixture.send([.enter], to: &state)
        var tasks = day(state).briefing.tasks
        XCTAssertEqual(tasks.map(\.crewMemberID), [tom.id, tom.id, ana.id])
        XCTAssertEqual(tasks.map(\.text), ["Level the filler frame", "Check the anchor bolts", "Mount the valve block"])
        var screen = render(state).text
        XCTAssertTrue(screen.contains("Tasks (3, 0 done)"), screen)
        XCTAssertTrue(screen.contains("[ ] Level the filler frame"), screen)

        // Reword, tick done, remove (after a yes).
        select("task:" + tasks[0].id, &state)
        fixture.send([.character("e"), .control("u")], to: &state)
        fixture.type("Level and square the filler frame", into: &state)
        fixture.send([.enter, .character(" ")], to: &state)
        tasks = day(state).briefing.tasks
        XCTAssertEqual(tasks[0].text, "Level and square the filler frame")
        XCTAssertTrue(tasks[0].done)
        XCTAssertEqual(selectedKey(state), "task:" + tasks[0].id, "the highlight stays on the task")
        screen = render(state).text
        XCTAssertTrue(screen.contains("[✓] Level and square the filler frame"), screen)
        select("task:" + tasks[1].id, &state)
        fixture.send([.character("x")], to: &state)
        XCTAssertEqual(state.confirm, .removeTask(id: tasks[1].id))
        fixture.send([.character("n")], to: &state)
        XCTAssertEqual(day(state).briefing.tasks.count, 3, "no keeps the task")
        fixture.send([.character("x"), .character("y")], to: &state)
        XCTAssertEqual(day(state).briefing.tasks.map(\.text), ["Level and square the filler frame", "Mount the valve block"])
        XCTAssertNotNil(selectedKey(state))
    }

    func testTaskNeedsText() throws {
        var state = try briefingState()
        fixture.send([.character("t"), .character(" "), .enter], to: &state)
        XCTAssertNotNil(state.prompt)
        XCTAssertEqual(state.prompt?.problem?.en, "Please type something first.")
        XCTAssertTrue(day(state).briefing.tasks.isEmpty)
    }

    func testATenThousandCharacterTaskIsKeptWholeAndDrawnCut() throws {
        var state = try briefingState(.chinese)
        fixture.send([.character("t")], to: &state)
        let text = String(String(repeating: "紧固法兰螺栓 tighten the flange bolts ", count: 400).prefix(10_000))
        _ = AppUpdate.update(&state, .paste(text), fixture.environment)
        fixture.send([.enter], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(day(state).briefing.tasks.first?.text, text.trimmingCharacters(in: .whitespaces))
        XCTAssertEqual(day(state).briefing.tasks.first?.text.count, 10_000)
        let screen = render(state)
        let line = (0..<screen.height).map(screen.rowText).first { $0.contains("[ ] 紧固法兰螺栓") }
        XCTAssertNotNil(line, screen.text)
        XCTAssertTrue(line?.contains("…") == true, "a long task is cut with an ellipsis")
        // Editing shows it again, whole.
        select("task:" + day(state).briefing.tasks[0].id, &state)
        fixture.send([.character("e")], to: &state)
        XCTAssertEqual(state.prompt?.fields.first?.text.count, 10_000)
        _ = render(state)
    }

    func testPastedEscapeSequencesAreNeverDrawn() throws {
        var state = try briefingState()
        // A crew name that came in with escape codes, and a task pasted with them.
        var site = state.site(DemoSite.id)!
        site.profile.crew[1].name = "Ana\u{1B}[2J\u{1B}[31mLima"
        state.store(site)
        fixture.send([.character("t")], to: &state)
        _ = AppUpdate.update(&state, .paste("Check\u{1B}[31m red\u{1B}]0;title\u{07} valve\r\nnow\u{202E}txt"), fixture.environment)
        fixture.send([.enter], to: &state)
        let saved = day(state).briefing.tasks.first?.text ?? ""
        XCTAssertFalse(saved.unicodeScalars.contains { TextSanitizer.isUnsafe($0) }, saved)
        let screen = render(state)
        for row in 0..<screen.height {
            XCTAssertFalse(screen.rowText(row).unicodeScalars.contains { TextSanitizer.isUnsafe($0) }, "row \(row): \(screen.rowText(row).debugDescription)")
        }
        XCTAssertTrue(screen.contains("Ana\u{FFFD}[2J\u{FFFD}[31mLima"), screen.text)
        XCTAssertTrue(screen.contains("Check\u{FFFD}[31m red"), screen.text)
    }

    // MARK: - Carrying yesterday's tasks over

    func testYesterdaysUnfinishedTasksAreOfferedAndCarriedOverOnce() throws {
        var ids: [String] = []
        var state = try briefingState(previous: { day, site in
            let crew = site.profile.crew
            try day.addTask("Unload the filler", to: crew[0].id, id: "y1", in: site)
            try day.addTask("Mount the valve block", to: crew[1].id, id: "y2", in: site)
            try day.addTask("Pull cables to the control cabinet", to: crew[2].id, id: "y3", in: site)
            try day.setTaskDone("y1", true)
            ids = crew.map(\.id)
        })
        var screen = render(state).text
        XCTAssertTrue(screen.contains("Offered from 2026-11-22"), screen)
        XCTAssertFalse(rows(state).contains { $0.key == "offered:y1" }, "a finished task is not offered")

        // One at a time: Enter on the offered task.
        select("offered:y2", &state)
        let effects = fixture.send([.enter], to: &state)
        XCTAssertEqual(effects.count, 1)
        var tasks = day(state).briefing.tasks
        XCTAssertEqual(tasks.count, 1)
        XCTAssertEqual(tasks[0].text, "Mount the valve block")
        XCTAssertEqual(tasks[0].crewMemberID, ids[1])
        XCTAssertEqual(tasks[0].carriedFrom, yesterday)
        XCTAssertFalse(rows(state).contains { $0.key == "offered:y2" }, "once carried, not offered again")
        XCTAssertEqual(selectedKey(state), "offered:y3", "the highlight moves to the next offered task")
        screen = render(state).text
        XCTAssertTrue(screen.contains("↻11-22 Mount the valve block"), screen)

        // All the rest: o.
        fixture.send([.character("o")], to: &state)
        tasks = day(state).briefing.tasks
        XCTAssertEqual(tasks.map(\.text), ["Mount the valve block", "Pull cables to the control cabinet"])
        XCTAssertFalse(render(state).contains("Offered from"))
        fixture.send([.character("o")], to: &state)
        XCTAssertEqual(day(state).briefing.tasks.count, 2, "nothing is carried twice")
        XCTAssertEqual(state.message?.text.en, "Nothing unfinished to carry over from 2026-11-22.")
    }

    // MARK: - Cautions and PPE

    func testCautionsPickedFromTheStandardAndTheClientRulesOrTyped() throws {
        var state = try briefingState(.chinese)
        let site = state.site(DemoSite.id)!
        select("safety:Lock out and tag out before opening a guard|打开防护罩前先上锁挂牌", &state)
        fixture.send([.enter], to: &state)
        select("rule:" + site.arrival.clientRules[1].id, &state)
        fixture.send([.character(" ")], to: &state)
        fixture.send([.character("c")], to: &state)
        fixture.type("下午三点停电检修,提前收线", into: &state)
        fixture.send([.enter], to: &state)
        select("own-safety", &state)
        fixture.send([.enter], to: &state)
        fixture.type("吊装区域拉警戒线", into: &state)
        fixture.send([.enter], to: &state)
        let cautions = day(state).briefing.cautions
        XCTAssertEqual(cautions.map(\.kind), [.safety, .clientRule, .other, .safety])
        XCTAssertEqual(cautions.map(\.text), ["打开防护罩前先上锁挂牌", site.arrival.clientRules[1].text, "下午三点停电检修,提前收线", "吊装区域拉警戒线"])
        XCTAssertEqual(cautions[1].ruleID, site.arrival.clientRules[1].id)
        XCTAssertFalse(rows(state).contains { $0.key == "rule:" + site.arrival.clientRules[1].id }, "a picked rule is not offered again")
        let screen = render(state).text
        XCTAssertTrue(screen.contains("今日注意事项(4条)"), screen)
        select("caution:" + cautions[2].id, &state)
        fixture.send([.delete, .character("y")], to: &state)
        XCTAssertEqual(day(state).briefing.cautions.count, 3)
    }

    func testPPEIsCheckedPerMemberWithTheStandardsListAsReminder() throws {
        var state = try briefingState()
        let ana = member(1, state)
        select("ppe:" + ana.id, &state)
        fixture.send([.character(" ")], to: &state)
        XCTAssertEqual(day(state).briefing.ppeChecked, [ana.id])
        let screen = render(state).text
        XCTAssertTrue(screen.contains("Check: helmet · safety shoes · gloves · safety glasses · hearing\n   protection"), screen)
        XCTAssertTrue(screen.contains("PPE checked (1/5)"), screen)
        fixture.send([.character(" ")], to: &state)
        XCTAssertEqual(day(state).briefing.ppeChecked, [])
    }

    // MARK: - Held, or why not

    func testHoldIsRefusedWithAnEmptyRollCallOrNobodyPresentAndLosesNothing() throws {
        var state = try briefingState()
        fixture.send([.character("t")], to: &state)
        fixture.type("Level the filler frame", into: &state)
        fixture.send([.enter], to: &state)
        var effects = fixture.send([.character("h")], to: &state)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.message?.text.en, "Call the roll first (mark who is present, late or absent).")
        fixture.send(Array(repeating: .character("a"), count: 5), to: &state)
        effects = fixture.send([.character("h")], to: &state)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.message?.kind, .error)
        XCTAssertTrue(render(state).contains("Nobody is marked present"))
        XCTAssertNil(day(state).briefing.heldAt)
        XCTAssertEqual(day(state).briefing.tasks.count, 1)
        XCTAssertEqual(day(state).briefing.attendance.count, 5)
    }

    func testHoldRecordsTheTimeAndTheDayScreenShowsIt() throws {
        var state = try briefingState()
        fixture.send([.character("p"), .character("p")], to: &state)
        let effects = fixture.send([.character("h")], to: &state)
        XCTAssertEqual(effects.count, 1)
        XCTAssertEqual(day(state).briefing.heldAt, now)
        XCTAssertEqual(state.site(DemoSite.id)!.daySummary(state.today)?.state, .briefed)
        XCTAssertTrue(render(state).contains("Morning briefing · 2026-11-23 (today)  held at 09:30"))
        // Again: refused, with the way to correct it.
        fixture.send([.character("h")], to: &state)
        XCTAssertTrue(state.message?.text.en.contains("u reopens") == true)
        fixture.send([.escape], to: &state)
        guard case .day = state.screen else { return XCTFail("Esc goes back to the day") }
        let screen = render(state)
        XCTAssertTrue(screen.contains("held at 09:30 · 2 present"), screen.text)
    }

    func testAClockThatWentBackwardsIsRefused() throws {
        var state = try briefingState(openedAt: minutes(60))
        fixture.send([.character("p")], to: &state)
        fixture.send([.character("h")], to: &state)
        XCTAssertNil(day(state).briefing.heldAt)
        XCTAssertTrue(state.message?.text.en.contains("Check the laptop's clock") == true, "\(String(describing: state.message))")
        XCTAssertEqual(day(state).briefing.attendance.count, 1)
    }

    func testNoBriefingNeedsAReasonAndCanBeReopened() throws {
        var state = try briefingState(.chinese)
        fixture.send([.character("n")], to: &state)
        XCTAssertEqual(state.prompt?.purpose, .briefing(.skip))
        fixture.send([.enter], to: &state)
        XCTAssertNotNil(state.prompt, "an empty reason is refused")
        XCTAssertEqual(state.prompt?.problem?.zh, "请先填写内容。")
        XCTAssertNil(day(state).noBriefingReason)
        fixture.type("客户临时停产,全员外出培训", into: &state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(day(state).noBriefingReason, "客户临时停产,全员外出培训")
        XCTAssertTrue(render(state).contains("未召开:客户临时停产,全员外出培训"))
        fixture.send([.character("h")], to: &state)
        XCTAssertNil(day(state).briefing.heldAt, "already settled")
        fixture.send([.character("u")], to: &state)
        XCTAssertNil(day(state).noBriefingReason)
        XCTAssertEqual(state.site(DemoSite.id)!.daySummary(state.today)?.state, .open)
        XCTAssertTrue(render(state).contains("尚未召开"))
    }

    func testAClosedDayRefusesEveryChange() throws {
        var state = try briefingState()
        fixture.send([.character("p")], to: &state)
        var closed = day(state)
        closed.exception = SignOffException(consentedBy: "Mark Hughes", channel: .phone, consentTime: "17:30", reason: "Client left early", recordedAt: minutes(1))
        state.store(closed)
        let before = day(state)
        let keys: [Key] = [.character("p"), .character("a"), .character("l"), .character("t"), .character(" "), .enter, .character("o"),
                           .character("c"), .character("h"), .character("n"), .character("u"), .character("x")]
        for key in keys {
            let effects = fixture.send([key], to: &state)
            XCTAssertEqual(effects, [], "\(key)")
            XCTAssertNil(state.prompt, "\(key) opened a form on a closed day")
            XCTAssertNil(state.confirm)
            XCTAssertEqual(state.message?.text.en,
                           "This day is closed without signature: it cannot be changed. Add an amendment instead (m on the day screen).", "\(key)")
        }
        XCTAssertEqual(day(state), before)
        fixture.send([.down, .down], to: &state)
        XCTAssertTrue(render(state).contains("Read-only: the day is closed without signature."))
    }

    func testAClickSelectsARowAndASecondClickActs() throws {
        var state = try briefingState()
        // Title bar, three header rows, the roll-call heading, then the first name: Ana Lima is on screen row 6.
        _ = AppUpdate.update(&state, .mouse(MouseEvent(kind: .press, column: 10, row: 6)), fixture.environment)
        XCTAssertEqual(selectedKey(state), "member:" + member(1, state).id)
        XCTAssertNil(day(state).briefing.attendance(of: member(1, state).id))
        _ = AppUpdate.update(&state, .mouse(MouseEvent(kind: .press, column: 10, row: 6)), fixture.environment)
        XCTAssertEqual(day(state).briefing.attendance(of: member(1, state).id)?.status, .present)
        // A heading is not a row to select.
        _ = AppUpdate.update(&state, .mouse(MouseEvent(kind: .press, column: 10, row: 4)), fixture.environment)
        XCTAssertEqual(selectedKey(state), "member:" + member(1, state).id)
    }

    // MARK: - Layout

    func testChineseNamesLineUp() throws {
        var state = try briefingState(.chinese)
        var site = state.site(DemoSite.id)!
        site.profile.crew[3].name = "Tom"
        state.store(site)
        fixture.send([.character("p"), .character("a"), .character("p"), .character("p"), .character("a")], to: &state)
        let screen = render(state)
        let names = site.profile.crew.map(\.name)
        var columns: [Int] = []
        for row in 0..<screen.height {
            let text = screen.rowText(row)
            guard names.contains(where: { text.contains($0) }), let range = text.range(of: "出席") ?? text.range(of: "缺席"),
                  text.contains("组长") || text.contains("钳工") || text.contains("电工") || text.contains("学徒") else { continue }
            columns.append(TextWidth.cells(of: text[..<range.lowerBound]))
        }
        XCTAssertEqual(columns.count, 5, screen.text)
        XCTAssertEqual(Set(columns).count, 1, "statuses start in one column: \(columns)\n\(screen.text)")
    }

    func testFitsTheSmallestTerminal() throws {
        var state = try briefingState(.chinese)
        _ = AppUpdate.update(&state, .resize(width: AppState.minimumWidth, height: AppState.minimumHeight), fixture.environment)
        fixture.send([.end, .character(" "), .pageUp, .tab, .backTab], to: &state)
        let screen = render(state)
        XCTAssertTrue(screen.contains("班前会"))
    }

    func testTheLinuxConsoleGetsPlainASCIIMarks() throws {
        var state = try underWay(.english)
        state.unicodeLines = false
        fixture.send([.home], to: &state)
        let grid = render(state)
        // The screen's own rows (the key bar's "↑↓" is the common key table's label).
        let screen = (1..<grid.height - 2).map(grid.rowText).joined(separator: "\n")
        for mark in ["↻", "↑", "↓", "✓", "•"] { XCTAssertFalse(screen.contains(mark), "\(mark) in:\n\(screen)") }
        XCTAssertTrue(screen.contains("[x] Level and square the filler frame"), screen)
        XCTAssertTrue(screen.contains("[ ] <11-22 Mount the valve block"), screen)
    }

    func testTabJumpsBetweenSections() throws {
        var state = try briefingState()
        fixture.send([.tab], to: &state)
        XCTAssertEqual(selectedKey(state), "owner:" + member(0, state).id)
        fixture.send([.tab], to: &state)
        XCTAssertTrue(selectedKey(state)?.hasPrefix("safety:") == true, "\(String(describing: selectedKey(state)))")
        fixture.send([.tab], to: &state)
        XCTAssertEqual(selectedKey(state), "ppe:" + member(0, state).id)
        fixture.send([.backTab, .backTab], to: &state)
        XCTAssertEqual(selectedKey(state), "owner:" + member(0, state).id)
    }
}
