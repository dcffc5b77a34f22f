import OnsiteCore
@testable import OnsiteUI
import XCTest

/// Settled entries kept in `history/` are listed with the live ones once read, never read for today, and never change.
final class RegisterHistoryScreenTests: XCTestCase {
    let fixture = Fixture()

    /// The busy demo site with its confirmed problem and its returned borrowing moved to an archived month.
    private func archivedSite(_ language: Language = .english) -> (AppState, SiteRegisters) {
        var state = fixture.busySite(language)
        var site = state.sites[0]
        var archived = SiteRegisters()
        archived.problems = site.registers.problems.filter { $0.id == "p-done" }
        archived.borrowings = site.registers.borrowings.filter { $0.id == "b-back" }
        site.registers.problems.removeAll { $0.id == "p-done" }
        site.registers.borrowings.removeAll { $0.id == "b-back" }
        site.noteArchived(RegisterHistory(siteID: site.id, month: RegisterHistory.month(of: fixture.today), registers: archived))
        state.store(site)
        return (state, archived)
    }

    private func screenText(_ state: AppState) -> String { AppView.render(state).text }

    func testTodayNeverReadsHistoryAndARegisterDoes() {
        var (state, archived) = archivedSite()
        let siteID = fixture.siteID(state)
        XCTAssertEqual(state.historyToLoad, [], "today's day screen counts only live entries")
        fixture.openPart(.problems, in: &state)
        XCTAssertEqual(state.historyToLoad, [siteID])
        XCTAssertFalse(screenText(state).contains("Poor lighting"), "not read yet")
        state.storeHistory(archived, of: siteID)
        XCTAssertEqual(state.historyToLoad, [])
        XCTAssertTrue(screenText(state).contains("Poor lighting"), screenText(state))
        XCTAssertEqual(state.siteWithHistory(siteID)?.registers.problems.count, state.site(siteID)!.registers.problems.count + 1)
    }

    func testAnOldDayReadsOnlyItsOwnMonth() {
        var state = fixture.busySite()
        var site = state.sites[0]
        let old = fixture.today.adding(days: -40)
        var found = Problem(id: "p-archived-40", day: old, openedAt: fixture.moment(days: -40), description: "Old leak", severity: .low)
        found.status = .confirmed
        found.confirmedAt = fixture.moment(days: -30)
        var archived = SiteRegisters()
        archived.problems = [found]
        site.noteArchived(RegisterHistory(siteID: site.id, month: RegisterHistory.month(of: old), registers: archived))
        site.noteArchived(RegisterHistory(siteID: site.id, month: "2020-01", registers: archived))
        state.store(site)
        state.stack.append(.day(siteID: site.id, date: old, ListPosition()))
        XCTAssertEqual(state.historyToLoad, [], "a day's counts do not need the whole history")
        let request = HistoryMonthRequest(siteID: site.id, month: RegisterHistory.month(of: old))
        XCTAssertEqual(state.historyMonthsToLoad, [request])
        XCTAssertEqual(state.site(site.id, forDay: old)?.registers.problems.contains { $0.id == "p-archived-40" }, false, "not read yet")
        state.storeHistoryMonth(archived, request)
        XCTAssertEqual(state.historyMonthsToLoad, [])
        XCTAssertEqual(state.site(site.id, forDay: old)?.registers.problems.contains { $0.id == "p-archived-40" }, true)
        XCTAssertEqual(state.site(site.id, forDay: fixture.today)?.registers.problems.contains { $0.id == "p-archived-40" }, false,
                       "today counts live entries only")
    }

    func testAnArchivedProblemSaysItNoLongerChanges() {
        for language in Language.allCases {
            var (state, archived) = archivedSite(language)
            let siteID = fixture.siteID(state)
            state.storeHistory(archived, of: siteID)
            state.stack.append(.problem(siteID: siteID, problemID: "p-done", date: fixture.today, ListPosition()))
            XCTAssertTrue(screenText(state).contains(language == .english ? "Poor lighting" : "照明不足"))
            for key: Key in [.character("o"), .character("e"), .character("s"), .character("r"), .enter] {
                let effects = fixture.send([key], to: &state)
                XCTAssertEqual(effects, [], "\(key) changes nothing")
                XCTAssertNil(state.prompt, "\(key) opens no form")
                XCTAssertTrue(state.message?.text.text(in: language).contains(RegisterHistory.month(of: fixture.today)) ?? false,
                              "\(key): \(String(describing: state.message))")
                state.message = nil
            }
            XCTAssertEqual(state.siteWithHistory(siteID)?.registers.problems.first { $0.id == "p-done" }?.status, .confirmed)
        }
    }

    func testALiveProblemStillChanges() {
        var (state, archived) = archivedSite()
        let siteID = fixture.siteID(state)
        state.storeHistory(archived, of: siteID)
        state.stack.append(.problem(siteID: siteID, problemID: "p-solved", date: fixture.today, ListPosition()))
        fixture.send([.character("o")], to: &state)
        XCTAssertNotNil(state.prompt, "reopening a live problem asks to confirm")
    }

    func testTheDashboardSumsItsHistoryOnceRead() {
        var (state, archived) = archivedSite()
        let siteID = fixture.siteID(state)
        // Found three weeks ago, confirmed two weeks later: open at the end of two past weeks.
        var old = Problem(id: "p-archived", day: fixture.today.adding(days: -21), openedAt: fixture.moment(days: -21), description: "Old leak", severity: .low)
        old.status = .confirmed
        old.solvedAt = fixture.moment(days: -8)
        old.confirmedAt = fixture.moment(days: -7)
        old.confirmedBy = "Ms Li"
        archived.problems.append(old)
        DashboardScreen.open(siteID, &state)
        XCTAssertEqual(state.historyToLoad, [siteID], "the dashboard counts problems over the site's whole life")
        state.storeHistory(archived, of: siteID)
        guard case .dashboard(_, let position) = state.screen else { return XCTFail("not on the dashboard") }
        let whole = SiteGlance(site: state.siteWithHistory(siteID)!, today: state.today)
        XCTAssertEqual(position.glance, whole, "summed up again with the archived entries")
        XCTAssertNotEqual(position.glance, SiteGlance(site: state.site(siteID)!, today: state.today))
    }

    func testAnArchivedProblemTakesNoFile() {
        var (state, archived) = archivedSite()
        let siteID = fixture.siteID(state)
        state.storeHistory(archived, of: siteID)
        state.stack.append(.problem(siteID: siteID, problemID: "p-done", date: fixture.today, ListPosition()))
        fixture.send([.character("f")], to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertTrue(state.message?.text.en.contains("history") ?? false, "\(String(describing: state.message))")
    }
}
