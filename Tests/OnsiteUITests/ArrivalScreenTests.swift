import OnsiteCore
@testable import OnsiteUI
import XCTest

final class ArrivalScreenTests: XCTestCase {
    let fixture = Fixture()

    /// The demo site's arrival checklist, opened from its home.
    private func arrivalState(_ language: Language = .english) -> AppState {
        var state = fixture.state(language, demo: true)
        fixture.send([.enter, .character("A")], to: &state)
        return state
    }

    private func selectItem(_ id: String, _ state: inout AppState) {
        let index = fixture.standard.arrivalItems.firstIndex { $0.id == id }!
        fixture.send([.home] + Array(repeating: .down, count: index), to: &state)
    }

    func testAnOpenItemsHelpWrapsInTheFooterInsteadOfBeingCut() {
        var state = arrivalState()
        selectItem("areas-agreed", &state)
        let screen = AppView.render(state).text
        // At 80 columns the help takes three rows below the "Needs" line; its last words are on screen, whole.
        XCTAssertTrue(screen.contains("Needs: "), screen)
        XCTAssertTrue(screen.contains("Agree with the client where the crew works"), screen)
        XCTAssertTrue(screen.contains("stored."), screen)
        XCTAssertFalse(screen.contains("respo\n"), screen)
    }

    func testTheSelectedItemKeepsItsMarkOutsideTheHighlight() {
        let state = arrivalState()
        let grid = AppView.render(state)
        let row = (0..<grid.height).first { grid.rowText($0).contains("[✓] Technical handover record") }!
        let markColumn = grid.rowText(row).distance(from: grid.rowText(row).startIndex, to: grid.rowText(row).range(of: "[✓]")!.lowerBound)
        XCTAssertEqual(grid[markColumn + 1, row].role, .success, "the mark keeps its colour on the selected row")
        XCTAssertEqual(grid[markColumn + 5, row].role, .selected, "the item's text is highlighted")
    }

    func testSpaceTicksAPlainItemAndSavesIt() {
        var state = arrivalState()
        selectItem("bring-spare-parts", &state)
        let effects = fixture.send([.character(" ")], to: &state)
        let record = state.site(DemoSite.id)!.arrival.record(for: "bring-spare-parts")
        XCTAssertEqual(record.state, .done)
        XCTAssertEqual(record.by, "Tom Baker")
        XCTAssertEqual(record.at?.isoText, "2026-11-23T09:30:00+08:00")
        XCTAssertEqual(effects, [.saveSite(state.site(DemoSite.id)!)])
    }

    func testRelayCannotBeDoneUntilEveryoneWasToldAndSaysWho() {
        var state = arrivalState()
        selectItem("client-rules-relayed", &state)
        let effects = fixture.send([.character(" ")], to: &state)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.site(DemoSite.id)!.arrival.record(for: "client-rules-relayed").state, .open)
        XCTAssertEqual(state.message?.kind, .error)
        XCTAssertTrue(state.message!.text.en.contains("Wei Zhang"), state.message!.text.en)
    }

    func testTellingEveryCrewMemberThenCompletesTheRelay() {
        var state = arrivalState()
        selectItem("client-rules-relayed", &state)
        fixture.send([.enter], to: &state)
        // Entries: status, note, then the four crew members; the last two have not been told.
        fixture.send([.down, .down, .down, .down, .character(" "), .down, .character(" ")], to: &state)
        fixture.send([.home, .character(" ")], to: &state)
        let site = state.site(DemoSite.id)!
        XCTAssertTrue(site.isResolved(fixture.standard.arrivalItem("client-rules-relayed")!))
        XCTAssertTrue(AppView.render(state).contains("told 2026-11-23 09:30"))
    }

    func testNotApplicableNeedsAReasonAndKeepsThePromptOnRefusal() {
        var state = arrivalState()
        selectItem("bring-spare-parts", &state)
        fixture.send([.character("n")], to: &state)
        XCTAssertNotNil(state.prompt)
        fixture.send([.character(" "), .enter], to: &state)
        XCTAssertNotNil(state.prompt, "an empty reason must be refused, not dismissed")
        XCTAssertNotNil(state.prompt?.problem)
        fixture.type("Client supplies the spare parts", into: &state)
        let effects = fixture.send([.enter], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(effects.count, 1)
        let record = state.site(DemoSite.id)!.arrival.record(for: "bring-spare-parts")
        XCTAssertEqual(record.state, .notApplicable)
        XCTAssertEqual(record.reason, "Client supplies the spare parts")
    }

    func testATenThousandCharacterNoteIsKeptWhole() {
        var state = arrivalState()
        selectItem("bring-ppe", &state)
        fixture.send([.character("e")], to: &state)
        let note = String(repeating: "Helmets 安全帽 ", count: 770).prefix(10_000)
        _ = AppUpdate.update(&state, .paste(String(note)), fixture.environment)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.site(DemoSite.id)!.arrival.record(for: "bring-ppe").note, String(note).trimmingCharacters(in: .whitespaces))
        let screen = AppView.render(state)
        XCTAssertEqual(screen.height, 24)
        XCTAssertTrue(screen.contains("Note: Helmets"))
    }

    func testAddingAClientRuleFromTheItemScreen() {
        var state = arrivalState(.chinese)
        selectItem("client-rules-briefed", &state)
        fixture.send([.enter, .character("a")], to: &state)
        fixture.type("车间内禁止使用明火 (no open flames)", into: &state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.site(DemoSite.id)!.arrival.clientRules.last?.text, "车间内禁止使用明火 (no open flames)")
        XCTAssertTrue(AppView.render(state).contains("车间内禁止使用明火"))
    }

    func testAMouseClickSelectsAndASecondClickOpens() {
        var state = arrivalState()
        // Row 4 of the screen is the first item under the first heading (title bar, title, blank, heading).
        _ = AppUpdate.update(&state, .mouse(MouseEvent(kind: .press, column: 10, row: 5)), fixture.environment)
        guard case .arrival(_, let position) = state.screen else { return XCTFail("left the list") }
        XCTAssertEqual(position.selection, 1)
        _ = AppUpdate.update(&state, .mouse(MouseEvent(kind: .press, column: 10, row: 5)), fixture.environment)
        guard case .arrivalItem(_, "bring-installation-plan", _) = state.screen else { return XCTFail("second click should open, got \(state.screen)") }
    }

    func testAFailedSaveIsShownAndTheDataStaysInMemory() {
        var state = arrivalState()
        selectItem("bring-spare-parts", &state)
        fixture.send([.character(" ")], to: &state)
        AppUpdate.saveFinished(&state, siteID: DemoSite.id, error: .diskFull(path: "/media/data"))
        XCTAssertEqual(state.site(DemoSite.id)!.arrival.record(for: "bring-spare-parts").state, .done)
        XCTAssertTrue(AppView.render(state).contains("NOT SAVED: the disk is full"))
        AppUpdate.saveFinished(&state, siteID: DemoSite.id, error: nil)
        XCTAssertTrue(state.unsaved.isEmpty)
    }
}
