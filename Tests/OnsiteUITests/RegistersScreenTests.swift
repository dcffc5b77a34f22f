import OnsiteCore
@testable import OnsiteUI
import XCTest

/// Extra work, borrowings, materials short and conduct: adding, refusals that keep what was typed, and each one's own action.
final class RegistersScreenTests: XCTestCase {
    let fixture = Fixture()

    private func open(_ entry: DayScreen.Entry, busy: Bool = false, _ language: Language = .english) -> AppState {
        var state = busy ? fixture.busySite(language) : fixture.startedDay(language)
        fixture.openPart(entry, in: &state)
        return state
    }

    private func registers(_ state: AppState) -> SiteRegisters { state.site(fixture.siteID(state))!.registers }

    /// Fills the open form field by field.
    private func fill(_ values: [String], _ state: inout AppState) {
        for (index, value) in values.enumerated() {
            fixture.send([.control("a"), .control("k")], to: &state)
            if !value.isEmpty { _ = AppUpdate.update(&state, .paste(value), fixture.environment) }
            if index < values.count - 1 { fixture.send([.tab], to: &state) }
        }
    }

    // MARK: Extra work

    func testExtraWorkIsAddedForTheDayAndAwaitsTheClientsSignature() {
        var state = open(.extraWork)
        fixture.send([.character("a")], to: &state)
        XCTAssertEqual(state.prompt?.fields.last?.text, "09:30")
        fill(["Move the control cabinet 2 m", "4 h", "Mr Zhao", "08:45"], &state)
        XCTAssertEqual(fixture.send([.enter], to: &state).count, 1)
        let work = registers(state).extraWork[0]
        XCTAssertEqual(work.day, fixture.today)
        XCTAssertEqual(work.requestedAt.shortText, "2026-11-23 08:45")
        let grid = AppView.render(state)
        XCTAssertTrue(grid.contains("1 in all · 1 awaiting signature"))
        XCTAssertTrue(grid.contains("11-23 4 h"))
        XCTAssertTrue(grid.contains("awaiting signature"))
        // Signed with the day's record.
        fixture.sign(fixture.today, in: &state)
        XCTAssertTrue(AppView.render(state).contains("signed 2026-11-23"))
        XCTAssertTrue(AppView.render(state).contains("0 awaiting signature"))
    }

    func testExtraWorkWithEmptyFieldsIsRefusedAndKept() {
        var state = open(.extraWork)
        fixture.send([.character("a")], to: &state)
        fill(["Extra socket", "", "", "09:00"], &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertEqual(state.prompt?.problem?.en, "Please fill in: Quantity or hours, Asked for by.")
        XCTAssertEqual(state.prompt?.problem?.zh, "请填写:数量或工时、提出人。")
        XCTAssertEqual(state.prompt?.fields.map(\.text), ["Extra socket", "", "", "09:00"])
        fixture.send([.backTab, .backTab], to: &state)
        fixture.type("1 pc", into: &state)
        fixture.send([.tab], to: &state)
        fixture.type("Ms Li", into: &state)
        fixture.send([.tab, .control("u")], to: &state)
        fixture.type("9.30", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(state.prompt?.problem?.en.contains("is not a time") == true)
        fixture.send([.control("u")], to: &state)
        fixture.type("9:10", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state).count, 1)
    }

    func testExtraWorkIsRemovedOnlyWhileItsDayIsOpen() {
        var state = open(.extraWork, busy: true)
        XCTAssertTrue(AppView.render(state).contains("signed 2026-11-15"))
        // The first entry is on the signed day: refused, with why.
        fixture.send([.character("x")], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertTrue(state.message?.text.en.contains("cannot be changed") == true)
        fixture.send([.down, .character("x")], to: &state)
        XCTAssertTrue(AppView.render(state).contains("Remove this extra work entry?"))
        fixture.send([.escape], to: &state)
        XCTAssertEqual(registers(state).extraWork.count, 2)
        fixture.send([.character("x"), .enter], to: &state)
        XCTAssertEqual(registers(state).extraWork.map(\.id), ["x-old"])
        // A signed day takes no new extra work either.
        fixture.sign(fixture.today, in: &state)
        fixture.send([.character("a")], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.message?.kind, .error)
    }

    // MARK: Borrowings

    func testBorrowingsOpenFirstAndReturnedWithItsCondition() {
        var state = open(.borrowings)
        fixture.send([.character("a")], to: &state)
        fill(["Extension cable 25 m", "Mr Zhao", "new"], &state)
        fixture.send([.enter], to: &state)
        fixture.send([.character("a")], to: &state)
        fill(["Pallet truck", "Ms Li", "good"], &state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(registers(state).openBorrowings.count, 2)
        // Return the first: an empty condition is refused, then it moves below the open one.
        fixture.send([.home, .character("r")], to: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(state.prompt?.problem?.en.contains("Condition on return") == true)
        fixture.type("one plug cracked", into: &state)
        fixture.send([.enter], to: &state)
        let cable = registers(state).borrowings.first { $0.item == "Extension cable 25 m" }!
        XCTAssertEqual(cable.returnCondition, "one plug cracked")
        XCTAssertNotNil(cable.returnedAt)
        XCTAssertEqual(RegisterScreen.entries(.borrowings, state.site(fixture.siteID(state))!).map(\.id).last, cable.id)
        let grid = AppView.render(state)
        XCTAssertTrue(grid.contains("1 not returned · 1 returned"))
        XCTAssertTrue(grid.contains("returned 11-23"))
        // Returning again only says when it went back.
        fixture.send([.end, .enter], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertTrue(state.message?.text.en.contains("Already returned") == true)
    }

    func testABorrowingNeedsItemLenderAndCondition() {
        var state = open(.borrowings)
        fixture.send([.character("a")], to: &state)
        fill(["Ladder", "", ""], &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertEqual(state.prompt?.problem?.en, "Please fill in: From whom, Condition.")
        XCTAssertEqual(state.prompt?.fields.first?.text, "Ladder")
    }

    // MARK: Materials short

    func testMaterialWithABadNeededByDateIsRefusedClearly() {
        var state = open(.materials)
        fixture.send([.character("a")], to: &state)
        fill(["Cement", "10 bags", "2026-02-30"], &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertEqual(state.prompt?.problem?.en, "\"2026-02-30\" is not a date: use YYYY-MM-DD.")
        XCTAssertEqual(state.prompt?.fields.map(\.text), ["Cement", "10 bags", "2026-02-30"])
        fixture.send([.control("u")], to: &state)
        fixture.type("2026-11-25", into: &state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(registers(state).materials[0].neededBy, LocalDate(year: 2026, month: 11, day: 25))
        // The date may stay empty; item and quantity may not.
        fixture.send([.character("a")], to: &state)
        fill(["Paint", "", ""], &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertEqual(state.prompt?.problem?.en, "Please fill in: Quantity.")
        fixture.send([.backTab], to: &state)
        fixture.type("2 tins", into: &state)
        fixture.send([.enter], to: &state)
        XCTAssertNil(registers(state).materials[1].neededBy)
    }

    func testMaterialStatusCyclesAndTheHighlightFollowsIt() {
        var state = open(.materials, busy: true)
        XCTAssertTrue(AppView.render(state).contains("1 late"))
        fixture.send([.character("s")], to: &state)
        let late = { self.registers(state).materials.first { $0.id == "m-late" }! }
        XCTAssertEqual(late().status, .ordered)
        XCTAssertTrue(AppView.render(state).contains("Cable 4 mm² · 50 m"))
        fixture.send([.character(" ")], to: &state)
        XCTAssertEqual(late().status, .arrived)
        XCTAssertTrue(AppView.render(state).contains("Cable 4 mm² · 50 m"))
        XCTAssertTrue(AppView.render(state).contains("0 open · 1 ordered · 2 arrived"))
        XCTAssertFalse(AppView.render(state).contains("late"))
        fixture.send([.enter], to: &state)
        XCTAssertEqual(late().status, .open)
    }

    // MARK: Conduct

    func testConductIncidentIsPickedFromTheRulesThenNoted() {
        var state = open(.conduct)
        let site = state.site(fixture.siteID(state))!
        fixture.send([.character("a")], to: &state)
        XCTAssertTrue(AppView.render(state).contains("Who is it about?"))
        // Typing filters the crew.
        fixture.type("wei", into: &state)
        XCTAssertEqual(pick(state)?.options(state).count, 1)
        fixture.send([.enter], to: &state)
        fixture.send([.enter], to: &state) // incident
        let options = pick(state)!.options(state)
        let siteRules = state.currentStandard.siteRules.flatMap(\.rules).count
        let clientRules = site.arrival.clientRules.count
        XCTAssertEqual(options.count, state.currentStandard.trustLost.count + siteRules + clientRules + 1)
        XCTAssertEqual(options.last?.value, .other)
        // The client's own rules are there, found by typing a word of one.
        let clientRule = site.arrival.clientRules[0].text
        fixture.type(String(clientRule.split(separator: " ").max { $0.count < $1.count }!), into: &state)
        XCTAssertTrue(pick(state)!.options(state).contains { $0.value == .reference(clientRule) })
        let index = pick(state)!.options(state).firstIndex { $0.value == .reference(clientRule) }!
        fixture.send(Array(repeating: .down, count: index) + [.enter], to: &state)
        XCTAssertEqual(state.prompt?.fields.count, 1)
        fixture.type("Second time this week", into: &state)
        fixture.send([.enter], to: &state)
        let entry = registers(state).conduct[0]
        XCTAssertEqual(entry.kind, .incident)
        XCTAssertEqual(entry.reference, clientRule)
        XCTAssertEqual(entry.note, "Second time this week")
        XCTAssertEqual(entry.crewMemberID, site.profile.crew.first { $0.name.lowercased().contains("wei") }!.id)
        XCTAssertTrue(AppView.render(state).contains("1 incident(s) · 0 commendation(s)"))
    }

    func testCommendationFromTheStandardsVocabularyOrTyped() {
        var state = open(.conduct)
        let sha = state.currentStandard.sha256
        state.library[sha]?.standard.trustWon = [LocalizedText(en: "Kept the client informed", zh: "及时告知客户"),
                                                 LocalizedText(en: "Left the area cleaner than found", zh: "离开时比到达时更整洁")]
        fixture.send([.character("a"), .enter, .down, .enter], to: &state)
        XCTAssertEqual(pick(state)?.options(state).map(\.text), ["Kept the client informed", "Left the area cleaner than found", "Something else: type it"])
        fixture.send([.down, .enter, .enter], to: &state)
        XCTAssertEqual(registers(state).conduct[0].reference, "Left the area cleaner than found")
        XCTAssertEqual(registers(state).conduct[0].kind, .commendation)
        // "Something else" asks for the words; they are required.
        fixture.send([.character("a"), .enter, .down, .enter, .end, .enter], to: &state)
        XCTAssertEqual(state.prompt?.fields.count, 2)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(state.prompt?.problem?.en.contains("Rule or quality") == true)
        fixture.type("Helped the client's staff move a cabinet", into: &state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(registers(state).conduct.count, 2)
    }

    func testConductPickerCancelsAndNeedsACrew() {
        var state = open(.conduct)
        fixture.send([.character("a"), .escape], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertTrue(registers(state).conduct.isEmpty)
        var site = state.site(fixture.siteID(state))!
        site.profile.crew = []
        state.store(site)
        fixture.send([.character("a")], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertTrue(state.message?.text.en.contains("no crew") == true)
    }

    func testConductPickerInChineseAtTheSmallestTerminal() {
        for (width, height) in [(80, 24), (56, 16)] {
            var state = fixture.busySite(.chinese, width: width, height: height)
            fixture.openPart(.conduct, in: &state)
            fixture.send([.character("a"), .enter, .enter], to: &state)
            let grid = AppView.render(state)
            XCTAssertTrue(grid.contains("违反了哪条规定"))
            for row in 0..<grid.height { XCTAssertEqual(TextWidth.cells(of: grid.rowText(row)), width) }
            // Pages and End move through a long list; the highlight stays in the box.
            fixture.send([.pageDown], to: &state)
            let visible = RegisterPicker.visibleRows(pick(state)!.options(state).count, state)
            XCTAssertEqual(pick(state)?.position.selection, visible)
            fixture.send([.end], to: &state)
            XCTAssertEqual(pick(state)?.position.selection, pick(state)!.options(state).count - 1)
            XCTAssertTrue(AppView.render(state).contains("其他:自己填写"))
            fixture.send([.home], to: &state)
            XCTAssertEqual(pick(state)?.position.selection, 0)
        }
    }

    func testRegistersGoBackToTheDayAndShowTheirOwnKeys() {
        for (entry, hint) in [(DayScreen.Entry.problems, "Enter Open"), (.extraWork, "x Remove"), (.borrowings, "r Return"), (.materials, "s/Space Status"), (.conduct, "a Add")] {
            var state = open(entry)
            XCTAssertTrue(AppView.render(state).contains(hint), "\(entry)")
            fixture.send([.escape], to: &state)
            XCTAssertEqual(state.screen.kind, .day)
        }
    }

    func testPastedEscapeSequencesInRegistersAreDrawnSafely() {
        var state = open(.borrowings)
        var site = state.site(fixture.siteID(state))!
        site.registers.borrowings.append(Borrowing(id: "raw", item: "Drill\u{1B}[2J", lender: "Li\u{9B}1m", borrowedAt: fixture.moment(), condition: "ok\u{7}"))
        state.store(site)
        let grid = AppView.render(state)
        for row in 0..<grid.height {
            XCTAssertFalse(grid.rowText(row).unicodeScalars.contains { TextSanitizer.isUnsafe($0) }, "row \(row)")
        }
        XCTAssertTrue(grid.contains("Drill\u{FFFD}[2J"))
    }

    private func pick(_ state: AppState) -> RegisterPick? {
        guard case .register(.pick(let pick)) = state.prompt?.purpose else { return nil }
        return pick
    }
}
