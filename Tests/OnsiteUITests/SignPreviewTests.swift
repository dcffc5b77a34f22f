import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

/// The record the client reads before signing: built from the very `DayRecord` the sign-off hashes,
/// every signed field on it, and a pad that refuses a record changed after it was read.
final class SignPreviewTests: XCTestCase {
    let fixture = Fixture()

    private func text(_ state: AppState) throws -> (String, DayRecord) {
        let site = try XCTUnwrap(state.site(DemoSite.id))
        let record = site.record(of: fixture.today(state))
        let document = SignPreviewDocument(record, crew: site.profile.crew, standard: state.standard(for: DemoSite.id), state, width: 400)
        XCTAssertEqual(document.hash, record.sha256)
        return (document.lines.map(\.text).joined(separator: "\n"), record)
    }

    /// If `DayRecord` gains a field, this fails until the preview shows it too.
    func testThePreviewKnowsEveryFieldOfTheRecord() throws {
        let record = DayRecord(day: fixture.today(fixture.dayState()), site: fixture.dayState().site(DemoSite.id)!)
        XCTAssertEqual(Mirror(reflecting: record).children.map(\.label), [
            "format", "demo", "siteID", "siteName", "client", "date", "briefing", "noBriefingReason", "log", "cleanup",
            "scheduleChanges", "extraWork", "problems", "exception", "attachments",
        ])
    }

    func testTheFilesOfTheDayAndOfItsExtraWorkAreOnThePreview() throws {
        var state = fixture.filledDay()
        let date = fixture.today(state).date
        let photo = Attachment(sha256: String(repeating: "e", count: 64), name: "basin.jpg", size: 2048, mediaType: "image/jpeg",
                               attachedAt: fixture.moment(), note: "where it stood")
        _ = AttachActions.stored(&state, siteID: DemoSite.id, owner: .day(date), .success(photo))
        let work = try XCTUnwrap(state.site(DemoSite.id)?.registers.extraWork.first { $0.day == date })
        let plan = Attachment(sha256: String(repeating: "f", count: 64), name: "plan.pdf", size: 99, mediaType: "application/pdf", attachedAt: fixture.moment())
        _ = AttachActions.stored(&state, siteID: DemoSite.id, owner: .extraWork(work.id), .success(plan))
        let (text, record) = try text(state)
        XCTAssertEqual(record.attachments?.count, 1)
        XCTAssertTrue(text.contains("basin.jpg  2.0 KB  eeeeeeeeeeee · where it stood"), text)
        XCTAssertTrue(text.contains("file plan.pdf  99 B  ffffffffffff"), text)
    }

    func testEverySignedFieldIsOnThePreview() throws {
        let state = fixture.filledDay()
        let (text, record) = try text(state)
        let site = state.site(DemoSite.id)!
        var expected = [record.siteName, record.siteID, record.client, record.date.isoText, "record format 1", "DEMO record",
                        "Held at " + record.briefing.heldAt!.shortText, "late (arrived 08:40)", "absent",
                        "Level the filler frame", "not done", "Forklift traffic in bay 12", "Safety",
                        "Anchor holes hit rebar", "[high]", "Drill 5 cm to the left", "Tom Baker",
                        "Move the wash basin", "3 h", "Mark Hughes", "Commissioning", "2026-12-01", "2026-12-05", "Spare parts late",
                        "not applicable (Nothing delivered today)", record.sha256.prefix(8) + " " + record.sha256.dropFirst(8).prefix(8)]
        expected += record.log.flatMap { [$0.text, $0.at.clockTime] }
        expected += record.briefing.attendance.map { entry in site.profile.crew.first { $0.id == entry.crewMemberID }!.name }
        expected += Fixture.cleanupItems.map { $0.title.en }
        expected += record.problems.map { $0.openedAt.clockTime }
        for part in expected { XCTAssertTrue(text.contains(part), "missing \(part):\n\(text)") }
        XCTAssertTrue(text.contains("PPE checked: " + site.profile.crew[1].name), text)
    }

    func testAnExceptionAndAMissingBriefingAreOnThePreview() throws {
        var state = fixture.dayState(briefed: false)
        let env = fixture.environment
        fixture.inspectAll(&state)
        _ = AppUpdate.changeDay(DemoSite.id, state.today, &state) { day, _ in
            try day.skipBriefing(reason: "Client's safety day")
            try day.closeWithoutSignature(consentedBy: "Lucy Grant", channel: .phone, consentTime: "17:20", reason: "Called away to a meeting",
                                          at: env.now, cleanupItems: Fixture.cleanupItems.map(\.id))
        }
        let (text, record) = try text(state)
        XCTAssertNotNil(record.exception)
        for part in ["Not held: Client's safety day", "Closed without signature", "Lucy Grant", "17:20", "Called away to a meeting", "by phone"] {
            XCTAssertTrue(text.contains(part), "missing \(part):\n\(text)")
        }
    }

    /// The day screen's sign-off row shows the record first; Enter goes on to the pad, which keeps the hash read.
    func testTheRecordComesBeforeThePadAndTheClientSignsWhatTheyRead() {
        var state = fixture.filledDay()
        let hash = state.site(DemoSite.id)!.record(of: fixture.today(state)).sha256
        state.stack.append(.day(siteID: DemoSite.id, date: state.today, ListPosition(selection: DayScreen.Entry.allCases.firstIndex(of: .signOff)!)))
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.screen.kind, .signPreview)
        XCTAssertTrue(AppView.render(state).contains("SHA-256 " + hash))
        fixture.send([.pageDown, .end, .home, .down, .up], to: &state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.screen.kind, .signature)
        XCTAssertEqual(fixture.pad(state)?.previewedHash, hash)
        // Esc from the pad goes back to the day, not to the preview.
        fixture.send([.escape], to: &state)
        XCTAssertEqual(state.screen.kind, .day)
    }

    func testPOnTheReviewAndThePadOpensTheRecordAndComesBack() {
        var state = fixture.filledDay()
        fixture.open(.review(siteID: DemoSite.id, date: state.today, ListPosition()), &state)
        fixture.send([.character("p")], to: &state)
        XCTAssertEqual(state.screen.kind, .signPreview)
        fixture.send([.escape], to: &state)
        XCTAssertEqual(state.screen.kind, .review)
        fixture.open(.signature(siteID: DemoSite.id, date: state.today, SignaturePadState()), &state)
        fixture.stroke([(2, 1), (3, 1), (4, 2), (5, 2)], on: &state)
        fixture.send([.character("p")], to: &state)
        XCTAssertEqual(state.screen.kind, .signPreview)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.screen.kind, .signature)
        XCTAssertEqual(fixture.pad(state)?.strokes.count, 1, "the strokes drawn before are kept")
        XCTAssertNotNil(fixture.pad(state)?.previewedHash)
        XCTAssertEqual(state.stack.filter { $0.kind == .signature }.count, 1)
    }

    /// A pad reached without the preview (back from the cleanup, a restored session) shows the record before the name.
    func testAPadNeverReadShowsTheRecordFirst() {
        var state = fixture.filledDay()
        state.stack.append(.signature(siteID: DemoSite.id, date: state.today, SignaturePadState()))
        fixture.stroke([(2, 1), (3, 1), (4, 2), (5, 2)], on: &state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.screen.kind, .signPreview)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.message?.text.en, "First the client reads what they sign; Enter then comes back to the pad.")
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.screen.kind, .signature)
        XCTAssertEqual(fixture.pad(state)?.strokes.count, 1)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.prompt?.purpose, .endOfDay(.clientName(date: state.today)))
    }

    /// A record changed after the client read it is not signed: the preview comes back.
    func testAChangedRecordIsReadAgainBeforeSigning() throws {
        var state = fixture.filledDay()
        fixture.open(.signature(siteID: DemoSite.id, date: state.today, SignaturePadState()), &state)
        fixture.send([.character("p"), .enter], to: &state)
        fixture.stroke([(2, 1), (3, 1), (4, 2), (5, 2)], on: &state)
        let env = fixture.environment
        _ = AppUpdate.changeDay(DemoSite.id, state.today, &state) { day, _ in
            try day.addLogEntry(.progress, text: "One more line", id: "l9", at: env.now)
        }
        fixture.send([.enter], to: &state)
        fixture.type("Mark Hughes", into: &state)
        XCTAssertEqual(fixture.send([.enter], to: &state), [])
        XCTAssertNil(fixture.today(state).signOff)
        XCTAssertEqual(state.screen.kind, .signPreview)
        XCTAssertEqual(state.message?.kind, .error)
        // Read again: now it signs, with the hash of the record as read.
        let hash = state.site(DemoSite.id)!.record(of: fixture.today(state)).sha256
        fixture.send([.enter, .enter], to: &state)
        fixture.send([.enter], to: &state)
        XCTAssertEqual(fixture.today(state).signOff?.recordHash, hash)
    }

    /// On a signed day the preview shows the record kept with the sign-off.
    func testASignedDayShowsTheRecordAsSigned() throws {
        var state = fixture.filledDay()
        let env = fixture.environment
        let cleanup = Fixture.cleanupItems.map(\.id)
        _ = AppUpdate.changeDay(DemoSite.id, state.today, &state) { day, site in
            try site.signOff(&day, clientName: "Mark Hughes", signature: Signature(width: 10, height: 10, strokes: [[.init(x: 1, y: 1), .init(x: 2, y: 2), .init(x: 3, y: 3)]]),
                             at: env.now, cleanupItems: cleanup, signer: env.signer)
        }
        let signOff = try XCTUnwrap(fixture.today(state).signOff)
        fixture.open(.signPreview(siteID: DemoSite.id, date: state.today, ListPosition()), &state)
        let grid = AppView.render(state)
        XCTAssertTrue(grid.contains("SHA-256 " + signOff.recordHash), grid.text)
        XCTAssertTrue(grid.contains("Signed: the record as it was signed."))
        fixture.send([.enter], to: &state)
        XCTAssertEqual(state.screen.kind, .signPreview, "nothing to sign again")
    }
}

/// What the session keeps of the new screens: the pad's hash read, the dashboard's scroll (its sums are rebuilt).
final class GlanceSessionTests: XCTestCase {
    func testThePadKeepsTheHashReadAndTheDashboardDropsItsSums() throws {
        let date = LocalDate(year: 2026, month: 11, day: 23)
        var site = DemoSite.make(standard: StandardLoader.defaultStandard(), clock: Fixture().clock, ids: SequentialIdSource(prefix: "s"), language: .english)
        site.days = [DaySummary(date: date, state: .signed, departed: true, entries: 1, amendments: 0)]
        let screens: [Screen] = [
            .signature(siteID: "demo", date: date, SignaturePadState(previewedHash: "abc")),
            .signPreview(siteID: "demo", date: date, ListPosition(scroll: 3)),
            .dashboard(siteID: "demo", DashboardPosition(weeksBack: 2, glance: SiteGlance(site: site, today: date))),
        ]
        let decoded = try JSONDecoder().decode([Screen].self, from: JSONEncoder().encode(screens))
        XCTAssertEqual(decoded[0], screens[0])
        XCTAssertEqual(decoded[1], screens[1])
        XCTAssertEqual(decoded[2], .dashboard(siteID: "demo", DashboardPosition(weeksBack: 2)))
        // A pad saved before the preview existed reads with no hash.
        let old = try JSONDecoder().decode(SignaturePadState.self, from: Data(#"{"strokes":[],"clientName":"M"}"#.utf8))
        XCTAssertNil(old.previewedHash)
    }

    func testBlockCharts() {
        let chart = BlockChart(unicode: true)
        XCTAssertEqual(chart.sparkline([0, 1, 4, 8], peak: 8), "▁▂▅█")
        XCTAssertEqual(chart.sparkline([0, 0], peak: 0), "▁▁")
        XCTAssertEqual(BlockChart(unicode: false).sparkline([0, 8], peak: 8), "_#")
        XCTAssertEqual(chart.bar(4, peak: 8, width: 8), "████")
        XCTAssertEqual(chart.bar(1, peak: 3, width: 2), "▋")
        XCTAssertEqual(chart.bar(0, peak: 3, width: 8), "")
        XCTAssertEqual(BlockChart(unicode: false).bar(8, peak: 8, width: 4), "####")
        XCTAssertEqual(chart.score(3, of: 5).filled + chart.score(3, of: 5).empty, "███░░")
    }
}
