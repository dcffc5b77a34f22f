import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

final class SignatureScreenTests: XCTestCase {
    let fixture = Fixture()

    /// Today's signature screen, ready to sign (briefing held, cleanup inspected) unless told otherwise.
    private func signatureState(_ language: Language = .english, ready: Bool = true, mouse: Bool = true) -> AppState {
        var state = fixture.dayState(language, briefed: ready)
        if ready { fixture.inspectAll(&state) }
        state.mouseEnabled = mouse
        fixture.open(.signature(siteID: DemoSite.id, date: state.today, SignaturePadState()), &state)
        return state
    }

    /// A signature-like drawing: two strokes with fast moves.
    private func draw(_ state: inout AppState) {
        fixture.stroke([(2, 6), (8, 2), (14, 10), (20, 3), (30, 8)], on: &state)
        fixture.stroke([(35, 4), (50, 9)], on: &state)
    }

    private func containsBraille(_ grid: Grid) -> Bool {
        grid.text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }
    }

    func testTheGateListsWhatIsMissingAndOffersNoPad() {
        var state = signatureState(ready: false)
        let screen = AppView.render(state)
        XCTAssertTrue(screen.contains("Before the client can sign, finish:"))
        XCTAssertTrue(screen.contains("no briefing held"))
        XCTAssertTrue(screen.contains("5S cleanup: 5 item(s) not inspected"))
        for item in Fixture.cleanupItems { XCTAssertTrue(screen.contains(item.title.en), item.title.en) }
        XCTAssertFalse(screen.contains("Signature"), "the pad must not be offered")
        fixture.stroke([(2, 2), (10, 4)], on: &state)
        XCTAssertEqual(fixture.pad(state)?.strokes, [], "no drawing through the gate")
        // The exception path is gated too.
        fixture.send([.character("x")], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.message?.kind, .error)
        // Enter opens the first thing missing: the briefing.
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.screen.kind, .briefing)
    }

    func testTheGateShowsOnlyTheCleanupItemsStillOpen() {
        var state = fixture.dayState()
        let env = fixture.environment
        _ = AppUpdate.changeDay(DemoSite.id, state.today, &state) { day, _ in
            try day.setCleanup("tools", done: true, by: "Tom Baker", at: env.now)
            try day.setCleanupNotApplicable("power", reason: "No power used", by: "Tom Baker", at: env.now)
        }
        fixture.open(.signature(siteID: DemoSite.id, date: state.today, SignaturePadState()), &state)
        let screen = AppView.render(state)
        XCTAssertTrue(screen.contains("5S cleanup: 3 item(s) not inspected"))
        XCTAssertFalse(screen.contains("no briefing held"))
        XCTAssertFalse(screen.contains("Tools counted"))
        XCTAssertTrue(screen.contains("Waste and offcuts removed"))
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.screen.kind, .cleanup)
    }

    func testDrawingWithTheMouseMakesConnectedStrokesInBraille() {
        var state = signatureState()
        fixture.stroke([(2, 2), (30, 2), (30, 10)], on: &state)
        let pad = fixture.pad(state)!
        XCTAssertEqual(pad.strokes.count, 1)
        XCTAssertFalse(pad.drawing)
        let points = pad.strokes[0]
        XCTAssertGreaterThan(points.count, 3, "fast drags are joined by lines")
        for (a, b) in zip(points, points.dropFirst()) {
            XCTAssertLessThanOrEqual(abs(a.x - b.x), 1, "\(a) → \(b) leaves a gap")
            XCTAssertLessThanOrEqual(abs(a.y - b.y), 1, "\(a) → \(b) leaves a gap")
        }
        let area = SignatureScreen.padArea(state, fixture.today(state))
        XCTAssertEqual(pad.width, area.width * 2)
        XCTAssertEqual(pad.height, area.height * 4)
        XCTAssertTrue(points.allSatisfy { $0.x >= 0 && $0.x < pad.width && $0.y >= 0 && $0.y < pad.height })
        XCTAssertTrue(containsBraille(AppView.render(state)))
        XCTAssertTrue(AppView.render(state).contains("1 stroke(s)"))
    }

    func testAPadWithoutUnicodeDrawsHashes() {
        var state = signatureState()
        state.unicodeLines = false
        draw(&state)
        let grid = AppView.render(state)
        XCTAssertFalse(containsBraille(grid))
        XCTAssertTrue(grid.contains("#"))
    }

    func testDragsOutsideThePadAreClampedAndPressesOutsideIgnored() {
        var state = signatureState()
        fixture.mouse([MouseEvent(kind: .press, column: 0, row: 0)], to: &state)
        XCTAssertEqual(fixture.pad(state)?.strokes, [])
        let area = SignatureScreen.padArea(state, fixture.today(state))
        fixture.mouse([MouseEvent(kind: .press, column: area.column + 3, row: area.row + 3),
                       MouseEvent(kind: .drag, column: 79, row: 23),
                       MouseEvent(kind: .release, column: 79, row: 23)], to: &state)
        let pad = fixture.pad(state)!
        XCTAssertEqual(pad.strokes.count, 1)
        XCTAssertTrue(pad.strokes[0].allSatisfy { $0.x < pad.width && $0.y < pad.height })
    }

    func testClearUndoAndRedo() {
        var state = signatureState()
        draw(&state)
        let drawn = fixture.pad(state)!.strokes
        XCTAssertEqual(drawn.count, 2)
        fixture.send([.character("u")], to: &state)
        XCTAssertEqual(fixture.pad(state)!.strokes, [drawn[0]])
        fixture.send([.character("r")], to: &state)
        XCTAssertEqual(fixture.pad(state)!.strokes, drawn)
        fixture.send([.character("r")], to: &state)
        XCTAssertEqual(state.message?.text.en, "Nothing to redo.")
        fixture.send([.character("u"), .character("u"), .character("u")], to: &state)
        XCTAssertEqual(fixture.pad(state)!.strokes, [])
        fixture.send([.character("r")], to: &state)
        XCTAssertEqual(fixture.pad(state)!.strokes, [drawn[0]])
        // A new stroke after an undo drops what redo could bring back.
        fixture.stroke([(5, 5), (9, 9)], on: &state)
        XCTAssertEqual(fixture.pad(state)!.undone, [])
        fixture.send([.character("c")], to: &state)
        XCTAssertEqual(fixture.pad(state)!.strokes, [])
        XCTAssertFalse(containsBraille(AppView.render(state)))
    }

    func testAnEmptyPadOrASingleTapIsRefusedAndNothingIsLost() {
        var state = signatureState()
        var effects = fixture.send([.enter], to: &state)
        XCTAssertEqual(effects, [])
        XCTAssertNil(state.prompt)
        XCTAssertTrue(AppView.render(state).contains("The pad is empty"))
        fixture.stroke([(4, 4)], on: &state)
        effects = fixture.send([.enter], to: &state)
        XCTAssertEqual(effects, [])
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.message?.kind, .error)
        XCTAssertTrue(state.message!.text.en.contains("only a dot"))
        XCTAssertEqual(fixture.pad(state)!.strokes.count, 1, "the tap stays on the pad")
        XCTAssertNil(fixture.today(state).signOff)
    }

    func testAnEmptyNameIsRefusedAndTheStrokesStay() {
        var state = signatureState()
        draw(&state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.prompt?.purpose, .endOfDay(.clientName(date: state.today)))
        let effects = fixture.send([.character(" "), .enter], to: &state)
        XCTAssertEqual(effects, [])
        XCTAssertNotNil(state.prompt, "the form stays open")
        XCTAssertEqual(state.prompt?.problem?.en, "Type the client's full name.")
        XCTAssertEqual(fixture.pad(state)!.strokes.count, 2)
        XCTAssertNil(fixture.today(state).signOff)
    }

    func testSigningRecordsTheNameStrokesAndTheRecordHash() {
        var state = signatureState()
        draw(&state)
        let strokes = fixture.pad(state)!.strokes
        fixture.send([.enter], to: &state)
        fixture.type("Mark Hughes", into: &state)
        let effects = fixture.send([.enter], to: &state)
        let day = fixture.today(state)
        let site = state.site(DemoSite.id)!
        XCTAssertNil(state.prompt)
        XCTAssertEqual(day.state, .signed)
        XCTAssertEqual(day.signOff?.clientName, "Mark Hughes")
        XCTAssertEqual(day.signOff?.signature.strokes, strokes)
        XCTAssertEqual(day.signOff?.recordHash, site.record(of: day).sha256)
        XCTAssertEqual(day.sealCheck, .valid, "sealed with the device's key")
        XCTAssertEqual(day.signOff?.seal?.keyID, fixture.signer.keyID)
        XCTAssertEqual(site.chain?.hash, day.signOff?.seal?.hash)
        XCTAssertEqual(effects, [.saveDay(site, day)])
        let screen = AppView.render(state)
        XCTAssertTrue(screen.contains("Signed by Mark Hughes at 09:30"))
        XCTAssertTrue(screen.contains(String(site.record(of: day).sha256.prefix(16))))
        XCTAssertTrue(containsBraille(screen), "the signature is drawn back from the stored strokes")
    }

    func testSigningAcrossMidnightKeepsTheDay() {
        fixture.clock.set(fixture.date(hour: 23, minute: 59, second: 30))
        var state = signatureState()
        let date = state.today
        draw(&state)
        fixture.send([.enter], to: &state)
        fixture.type("Mark Hughes", into: &state)
        fixture.clock.advance(by: 40)
        let effects = fixture.send([.enter], to: &state)
        XCTAssertNotEqual(state.today, date, "the clock crossed midnight")
        let day = state.day(DemoSite.id, date)!
        XCTAssertEqual(day.state, .signed)
        XCTAssertEqual(day.signOff?.signedAt.localDate, date.adding(days: 1))
        XCTAssertEqual(effects.count, 1)
        XCTAssertNil(state.day(DemoSite.id, state.today), "no new day was made")
        XCTAssertTrue(AppView.render(state).contains("Signed by Mark Hughes at 2026-11-24 00:00"))
    }

    func testASignedDayShowsItsSignatureAndRefusesASecondOne() {
        var state = signatureState()
        draw(&state)
        fixture.send([.enter], to: &state)
        fixture.type("Mark Hughes", into: &state)
        fixture.send([.enter], to: &state)
        let signed = fixture.today(state)
        // Leave and come back: the screen draws the stored signature.
        fixture.send([.escape], to: &state)
        fixture.open(.signature(siteID: DemoSite.id, date: state.today, SignaturePadState()), &state)
        let screen = AppView.render(state)
        XCTAssertTrue(screen.contains("Signed by Mark Hughes"))
        XCTAssertTrue(containsBraille(screen))
        fixture.stroke([(3, 3), (20, 8)], on: &state)
        XCTAssertEqual(fixture.pad(state)?.strokes, [], "a signed day has no pad")
        let effects = fixture.send([.enter], to: &state)
        XCTAssertEqual(effects, [])
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.message?.text.en, "The client has already signed this day.")
        fixture.send([.character("x")], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(fixture.today(state), signed)
    }

    func testTheNameIsCheckedSanitisedAndKeptWhenRefused() {
        var state = signatureState(.chinese)
        draw(&state)
        fixture.send([.enter], to: &state)
        _ = AppUpdate.update(&state, .paste(String(repeating: "名", count: 10_000)), fixture.environment)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertEqual(state.prompt?.problem?.zh, "内容超过200个字符。")
        XCTAssertEqual(state.prompt?.fields.first?.text.count, 10_000, "the typed text is kept")
        fixture.send([.control("u")], to: &state)
        _ = AppUpdate.update(&state, .paste("王\u{1B}[31m经理"), fixture.environment)
        fixture.send([.enter], to: &state)
        let name = fixture.today(state).signOff?.clientName
        XCTAssertNotNil(name)
        XCTAssertFalse(name!.unicodeScalars.contains { $0.value == 0x1B }, "no escape character is stored")
        XCTAssertTrue(AppView.render(state).contains("王"))
    }

    func testWithTheMouseOffThePadSaysSoAndOffersTheException() {
        let state = signatureState(mouse: false)
        let screen = AppView.render(state)
        XCTAssertTrue(screen.contains("needs a mouse or a touchscreen"))
        XCTAssertTrue(screen.contains("press x"))
    }

    func testTheExceptionNeedsEveryFieldThenClosesTheDayAndTheClientSignsLater() {
        var state = signatureState()
        fixture.send([.character("x")], to: &state)
        guard let prompt = state.prompt, prompt.purpose == .endOfDay(.exception(date: state.today)) else { return XCTFail("no exception form") }
        XCTAssertEqual(prompt.fields[2].text, "09:30", "the consent time starts at now")
        // Nothing typed: who is missing.
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(state.prompt!.problem!.en.contains("Who on the client's side agreed"))
        fixture.type("Mark Hughes", into: &state)
        fixture.send([.tab], to: &state)
        fixture.type("fax", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(state.prompt!.problem!.en.contains("How was the consent given"))
        fixture.send([.control("u")], to: &state)
        fixture.type("phone", into: &state)
        fixture.send([.tab, .control("u")], to: &state)
        fixture.type("25:00", into: &state)
        fixture.send([.tab], to: &state)
        fixture.type("Called away to a meeting", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertTrue(state.prompt!.problem!.en.contains("is not a time"))
        XCTAssertEqual(state.prompt!.fields.map(\.text), ["Mark Hughes", "phone", "25:00", "Called away to a meeting"], "typed fields are kept")
        fixture.send([.backTab, .control("u")], to: &state)
        fixture.type("17:20", into: &state)
        let effects = fixture.send([.enter], to: &state)
        XCTAssertNil(state.prompt)
        var day = fixture.today(state)
        XCTAssertEqual(day.state, .closedWithoutSignature)
        XCTAssertEqual(day.exception?.channel, .phone)
        XCTAssertEqual(day.exception?.consentTime, "17:20")
        XCTAssertEqual(effects, [.saveDay(state.site(DemoSite.id)!, day)])
        XCTAssertTrue(AppView.render(state).contains("Closed without signature: Mark Hughes agreed by phone at 17:20"), AppView.render(state).text)
        // A second exception is not recorded.
        fixture.send([.character("x")], to: &state)
        XCTAssertNil(state.prompt)
        // The client signs later on the same screen.
        fixture.clock.advance(by: 3600)
        // The record now holds the exception: the client reads it again (p, then Enter back to the pad).
        fixture.send([.character("p"), .enter], to: &state)
        draw(&state)
        fixture.send([.enter], to: &state)
        fixture.type("Mark Hughes", into: &state)
        fixture.send([.enter], to: &state)
        day = fixture.today(state)
        XCTAssertEqual(day.state, .signed)
        XCTAssertNotNil(day.exception, "the exception stays on record")
        XCTAssertEqual(day.signOff?.recordHash, state.site(DemoSite.id)!.record(of: day).sha256)
        XCTAssertTrue(AppView.render(state).contains("Earlier closed without signature"))
    }

    func testTheConsentChannelIsUnderstoodInBothLanguages() {
        XCTAssertEqual(EndOfDayPrompts.channel("1"), .inPerson)
        XCTAssertEqual(EndOfDayPrompts.channel(" Phone "), .phone)
        XCTAssertEqual(EndOfDayPrompts.channel("微信"), .message)
        XCTAssertEqual(EndOfDayPrompts.channel("当面"), .inPerson)
        XCTAssertNil(EndOfDayPrompts.channel(""))
        XCTAssertNil(EndOfDayPrompts.channel("4"))
    }

    func testStrokesDrawnBeforeAResizeStayInTheirOwnScale() {
        var state = signatureState()
        draw(&state)
        let before = fixture.pad(state)!
        _ = AppUpdate.update(&state, .resize(width: 60, height: 18), fixture.environment)
        XCTAssertTrue(containsBraille(AppView.render(state)))
        fixture.stroke([(1, 1), (10, 3)], on: &state)
        let after = fixture.pad(state)!
        XCTAssertEqual(after.width, before.width, "new strokes are stored in the size the pad started with")
        XCTAssertTrue(after.strokes.last!.allSatisfy { $0.x < after.width && $0.y < after.height })
    }

    func testAHandEditedSignatureWithHugeCoordinatesIsStillDrawn() {
        var state = signatureState()
        let env = fixture.environment
        let strokes = [[SignaturePoint(x: 0, y: 0), SignaturePoint(x: Int.max, y: Int.min), SignaturePoint(x: 5, y: 5)]]
        _ = AppUpdate.changeDay(DemoSite.id, state.today, &state) { day, site in
            try day.signOff(clientName: "Mark Hughes", signature: Signature(width: 0, height: 10, strokes: strokes), at: env.now,
                            cleanupItems: [], record: site.record(of: day))
        }
        let grid = AppView.render(state)
        XCTAssertTrue(grid.contains("Signed by Mark Hughes"))
        XCTAssertTrue(containsBraille(grid))
    }

    func testThePadStateSurvivesASessionRoundTrip() throws {
        var state = signatureState()
        draw(&state)
        let data = try JSONEncoder().encode(state.screen)
        XCTAssertEqual(try JSONDecoder().decode(Screen.self, from: data), state.screen)
        fixture.mouse([MouseEvent(kind: .press, column: 10, row: 10)], to: &state)
        let held = try JSONDecoder().decode(Screen.self, from: JSONEncoder().encode(state.screen))
        guard case .signature(_, _, let restored) = held else { return XCTFail() }
        XCTAssertFalse(restored.drawing, "a restored pad has no button held")
        let old = try JSONDecoder().decode(SignaturePadState.self, from: Data(#"{"strokes": [], "undone": []}"#.utf8))
        XCTAssertEqual(old, SignaturePadState())
    }
}
