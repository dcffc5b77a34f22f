import Foundation
import XCTest
@testable import OnsiteCore

/// Settled register entries of past months leave `site.json` for `history/<yyyy-mm>.json`, and nothing is lost on the way.
final class RegisterHistoryTests: XCTestCase {
    private var folder: URL!
    private let today = LocalDate(year: 2026, month: 11, day: 23)

    override func setUp() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-history-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// About five months of signed days, generated through the real domain and store.
    private func generated(days: Int = 120) throws -> (SiteStore, SiteGenerator.Summary) {
        let directory = DataDirectory(root: folder)
        try directory.prepare()
        let store = SiteStore(directory: directory, clock: Fixture.clock())
        let options = SiteGenerator.Options(days: days, today: today, seed: 3, daysPerSave: 20)
        return (store, try SiteGenerator.generate(options, store: store, signer: Fixture.signer))
    }

    private func ids(_ registers: SiteRegisters) -> [String] {
        registers.problems.map(\.id) + registers.extraWork.map(\.id) + registers.borrowings.map(\.id)
            + registers.materials.map(\.id) + registers.conduct.map(\.id)
    }

    func testSettledEntriesStayTwoWeeksAndGoToTheMonthOfTheirDay() {
        XCTAssertEqual(Site.historyCutoff(today: today), LocalDate(year: 2026, month: 11, day: 9))
        XCTAssertEqual(Site.historyCutoff(today: LocalDate(year: 2027, month: 1, day: 5)), LocalDate(year: 2026, month: 12, day: 22))
        XCTAssertEqual(RegisterHistory.month(of: LocalDate(year: 2026, month: 3, day: 31)), "2026-03")
    }

    func testOnlySettledEntriesOfSignedDaysBeforeTheCutoffLeave() throws {
        var site = Fixture.site()
        let old = LocalDate(year: 2026, month: 8, day: 10)
        let recent = LocalDate(year: 2026, month: 11, day: 12)
        site.days = [DaySummary(date: old, state: .signed, departed: true, entries: 3, amendments: 0),
                     DaySummary(date: old.adding(days: 1), state: .closedWithoutSignature, departed: true, entries: 1, amendments: 0),
                     DaySummary(date: recent, state: .signed, departed: true, entries: 2, amendments: 0)]
        func problem(_ id: String, _ day: LocalDate, confirmed: Timestamp?) -> Problem {
            var problem = Problem(id: id, day: day, openedAt: Timestamp(date: Fixture.morning, offsetSeconds: 8 * 3600), description: id,
                                  severity: .low, proposedSolution: "", owner: "Ana Lima")
            if let confirmed { problem.status = .confirmed; problem.confirmedAt = confirmed; problem.confirmedBy = "Mark Hughes" }
            return problem
        }
        let august = Timestamp(date: Date(timeIntervalSince1970: 1_786_000_000), offsetSeconds: 8 * 3600)
        XCTAssertEqual(august.localDate.month, 8)
        site.registers.problems = [
            problem("settled", old, confirmed: august),
            problem("still-open", old, confirmed: nil),
            problem("unsigned-day", old.adding(days: 1), confirmed: august),
            problem("confirmed-lately", old, confirmed: Timestamp(date: Fixture.morning, offsetSeconds: 8 * 3600)),
            problem("recent", recent, confirmed: august),
        ]
        site.registers.extraWork = [ExtraWork(id: "work-old", day: old, description: "x", quantity: "1", requestedBy: "Mark", requestedAt: august),
                                    ExtraWork(id: "work-unsigned", day: old.adding(days: 1), description: "y", quantity: "1", requestedBy: "Mark", requestedAt: august)]
        let months = site.takeSettledHistory(today: today)
        XCTAssertEqual(Array(months.keys), ["2026-08"])
        XCTAssertEqual(months["2026-08"]?.problems.map(\.id), ["settled"])
        XCTAssertEqual(months["2026-08"]?.extraWork.map(\.id), ["work-old"])
        XCTAssertEqual(site.registers.problems.map(\.id), ["still-open", "unsigned-day", "confirmed-lately", "recent"])
        XCTAssertEqual(site.registers.extraWork.map(\.id), ["work-unsigned"])
    }

    func testALongSiteKeepsOnlyWhatIsLiveAndLosesNothing() throws {
        let (store, summary) = try generated()
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.problems, [])
        let site = try XCTUnwrap(loaded.sites.first)
        XCTAssertGreaterThanOrEqual(site.archivedMonths.count, 3)
        let cutoff = Site.historyCutoff(today: Timestamp(clock: Fixture.clock()).localDate)
        XCTAssertFalse(site.registers.problems.contains { $0.isClosed && $0.day < cutoff && ($0.confirmedAt?.localDate ?? cutoff) < cutoff },
                       "settled problems of past months are not in site.json")
        for month in site.archivedMonths {
            XCTAssertTrue(FileManager.default.fileExists(atPath: store.directory.historyFile(site.id, month: month.month).path))
        }
        let (history, problems) = store.loadHistory(of: site)
        XCTAssertEqual(problems, [])
        let whole = site.withHistory(history)
        XCTAssertEqual(whole.registers.problems.count, summary.problems)
        XCTAssertEqual(whole.registers.extraWork.count, summary.extraWork)
        XCTAssertEqual(whole.registers.borrowings.count, summary.borrowings)
        XCTAssertEqual(whole.registers.materials.count, summary.materials)
        XCTAssertFalse(site.registers.materials.contains { ($0.arrivedAt?.localDate ?? cutoff) < cutoff },
                       "materials that arrived before the cut-off are not in site.json")
        XCTAssertTrue(history.materials.allSatisfy { $0.status == .arrived }, "only arrived materials leave")
        XCTAssertFalse(history.materials.isEmpty, "five months of shortages leave some that arrived long ago")
        let all = ids(whole.registers)
        XCTAssertEqual(Set(all).count, all.count, "no entry twice")
        XCTAssertEqual(site.archivedMonths.reduce(0) { $0 + $1.total }, ids(history).count)

        // One month alone: exactly the entries of that month's file, and nothing of the others.
        let month = site.archivedMonths[1]
        let (one, oneProblems) = store.loadHistory(of: site, months: [month.month])
        XCTAssertEqual(oneProblems, [])
        XCTAssertEqual(ArchivedMonth(month: month.month, counting: one), month)
        XCTAssertTrue(one.problems.allSatisfy { RegisterHistory.month(of: $0.day) == month.month })
        XCTAssertEqual(store.loadHistory(of: site, months: []).registers, SiteRegisters())

        // The chain still verifies: what the client signed is in the day files.
        let read = store.readAllDays(siteID: site.id)
        guard case .success = ChainVerifier.verify(site: site, days: read.days, unreadable: read.unreadable) else {
            return XCTFail("the chain does not verify after the history moved")
        }
        // Starting again moves nothing more.
        let again = try XCTUnwrap(store.loadAll().sites.first)
        XCTAssertEqual(again.registers, site.registers)
        XCTAssertEqual(again.archivedMonths, site.archivedMonths)
    }

    func testACrashBetweenTheMonthAndTheSiteCountsEveryEntryOnce() throws {
        let (store, _) = try generated()
        var site = try XCTUnwrap(store.loadAll().sites.first)
        let (history, _) = store.loadHistory(of: site)
        // As if site.json had not been saved after the months were written: the entries are in both.
        var before = site
        before.registers = history.merged(with: site.registers)
        before.archivedMonths = []
        try store.save(before)
        site = try XCTUnwrap(store.loadAll().sites.first)
        let (again, problems) = store.loadHistory(of: site)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(Set(ids(again)), Set(ids(history)))
        XCTAssertEqual(ids(again).count, ids(history).count, "merged by id, not appended twice")
    }

    func testADamagedMonthIsReportedAndItsEntriesAreNotLost() throws {
        let (store, _) = try generated()
        let site = try XCTUnwrap(store.loadAll().sites.first)
        let month = try XCTUnwrap(site.archivedMonths.first)
        let file = store.directory.historyFile(site.id, month: month.month)
        try Data("{\n  \"month\": 2023,\n  \"registers\": {},\n  \"schema\": 1,\n  \"siteID\": \"riverside\"\n}\n".utf8).write(to: file)
        let (history, problems) = store.loadHistory(of: site)
        XCTAssertEqual(problems.first?.path, file.path)
        XCTAssertEqual(problems.first?.restoredPrevious, true, "its previous save is read instead")
        XCTAssertEqual(problems.first?.cause.line, 2, "the reader says where: \(problems)")
        XCTAssertGreaterThan(history.problems.count, 0, "the other months are read")
        // The previous save may hold fewer entries (the month was written again since): that is said too.
        XCTAssertTrue(problems.dropFirst().allSatisfy { $0.cause.message.contains("the site moved") }, "\(problems)")

        // A month file that cannot be read is never written over when more entries of that month settle.
        var live = site
        live.archivedMonths = []
        live.registers = history.merged(with: site.registers)
        try store.save(live)
        let restarted = try XCTUnwrap(store.loadAll().sites.first)
        XCTAssertEqual(try Data(contentsOf: file), Data("{\n  \"month\": 2023,\n  \"registers\": {},\n  \"schema\": 1,\n  \"siteID\": \"riverside\"\n}\n".utf8))
        XCTAssertTrue(restarted.registers.problems.contains { RegisterHistory.month(of: $0.day) == month.month },
                      "its entries stay in site.json")

        try FileManager.default.removeItem(at: file)
        try? FileManager.default.removeItem(atPath: file.path + ".bak")
        let (_, missing) = store.loadHistory(of: site)
        XCTAssertEqual(missing.count, 1)
        XCTAssertTrue(missing.first?.cause.message.contains("missing") ?? false, "\(missing)")
    }

    func testASchemaThreeSiteFileReadsWithEverythingLive() throws {
        var site = Fixture.site()
        site.registers.conduct = [ConductEntry(id: "c", day: today, crewMemberID: "c-1", kind: .commendation, reference: "", note: "tidy",
                                               at: Timestamp(date: Fixture.morning, offsetSeconds: 8 * 3600))]
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: try JSONFormat.encode(site)) as? [String: Any])
        object["schema"] = 3
        object.removeValue(forKey: "archivedMonths")
        let data = try JSONSerialization.data(withJSONObject: object)
        let read = try JSONFormat.decode(Site.self, from: data)
        XCTAssertEqual(read.archivedMonths, [])
        XCTAssertEqual(read.registers.conduct.count, 1)
        XCTAssertEqual(read.schema, Site.currentSchema)
    }

    func testAMonthFileThatCannotBeReadOrIsGoneIsNeverReplaced() throws {
        let (store, _) = try generated()
        let site = try XCTUnwrap(store.loadAll().sites.first)
        let (history, _) = store.loadHistory(of: site)
        let first = try XCTUnwrap(site.archivedMonths.first).month
        let second = try XCTUnwrap(site.archivedMonths.dropFirst().first).month
        // As if the months' entries had not left site.json yet (a crash), while one file became a folder
        // (unreadable) and the other was deleted.
        var back = site
        back.registers = history.merged(with: site.registers)
        try store.save(back)
        let unreadable = store.directory.historyFile(site.id, month: first)
        try FileManager.default.removeItem(at: unreadable)
        try FileManager.default.createDirectory(at: unreadable, withIntermediateDirectories: false)
        let gone = store.directory.historyFile(site.id, month: second)
        try FileManager.default.removeItem(at: gone)

        var restarted = back
        let problems = try store.archiveSettledHistory(of: &restarted, today: today)
        XCTAssertEqual(Set(problems.map(\.path)), [unreadable.path, gone.path], "\(problems)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: gone.path), "no new file hides the lost month")
        for month in [first, second] {
            XCTAssertTrue(restarted.registers.problems.contains { RegisterHistory.month(of: $0.day) == month }, "\(month) stays live")
        }
        XCTAssertEqual(restarted.archivedMonths.first { $0.month == second }, site.archivedMonths.first { $0.month == second },
                       "the note of what the lost month held is kept")
    }

    func testAShortageLeavesTwoWeeksAfterItArrivedAndNotBefore() {
        var site = Fixture.site()
        let august = Timestamp(date: Date(timeIntervalSince1970: 1_786_000_000), offsetSeconds: 8 * 3600)
        let lately = Timestamp(date: Fixture.morning, offsetSeconds: 8 * 3600)
        func shortage(_ id: String, _ status: ShortageStatus, arrived: Timestamp?) -> MaterialShortage {
            var shortage = MaterialShortage(id: id, item: "Bolts", quantity: "200", neededBy: nil, recordedAt: august, status: status)
            shortage.arrivedAt = arrived
            return shortage
        }
        site.registers.materials = [shortage("arrived-in-august", .arrived, arrived: august), shortage("arrived-lately", .arrived, arrived: lately),
                                    shortage("arrived-untimed", .arrived, arrived: nil), shortage("ordered", .ordered, arrived: nil)]
        let months = site.takeSettledHistory(today: today)
        XCTAssertEqual(Array(months.keys), ["2026-08"])
        XCTAssertEqual(months["2026-08"]?.materials.map(\.id), ["arrived-in-august"])
        XCTAssertEqual(site.registers.materials.map(\.id), ["arrived-lately", "arrived-untimed", "ordered"])
    }

    func testUntimedArrivalsAndPreAcceptanceFindingsStayLive() {
        var site = Fixture.site()
        let old = LocalDate(year: 2026, month: 8, day: 10)
        site.days = [DaySummary(date: old, state: .signed, departed: true, entries: 1, amendments: 0)]
        let august = Timestamp(date: Date(timeIntervalSince1970: 1_786_000_000), offsetSeconds: 8 * 3600)
        site.registers.materials = [MaterialShortage(id: "m", item: "Bolts", quantity: "200", neededBy: nil, recordedAt: august, status: .arrived)]
        var finding = Problem(id: "f", day: old, openedAt: august, description: "Scratch", severity: .low)
        finding.status = .confirmed
        finding.confirmedAt = august
        finding.origin = .preAcceptance
        site.registers.problems = [finding]
        XCTAssertEqual(site.takeSettledHistory(today: today), [:])
        XCTAssertEqual(site.registers.materials.count, 1)
        XCTAssertEqual(site.registers.problems.count, 1)
    }
}
