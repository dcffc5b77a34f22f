import Foundation
import XCTest
@testable import OnsiteCore

/// Opening days, the site's index of days, and the site file (schema 2) with its days and registers.
final class DaysIndexAndSiteFileTests: XCTestCase {
    private var clock: FixedClock!
    private var site: Site!
    private let first = DayFixture.firstDay

    override func setUp() {
        super.setUp()
        clock = Fixture.clock()
        site = Fixture.site()
    }

    private var now: Timestamp { Timestamp(clock: clock) }

    // MARK: Opening days

    func testOpeningADayAddsItsSummary() throws {
        XCTAssertNil(site.latestDay)
        let day = try site.openDay(first, at: now)
        XCTAssertEqual(day.siteID, site.id)
        XCTAssertEqual(day.schema, WorkDay.currentSchema)
        XCTAssertEqual(site.days, [DaySummary(date: first, state: .open, departed: false, entries: 0, amendments: 0)])
        XCTAssertEqual(site.latestDay?.date, first)
        XCTAssertEqual(site.daySummary(first)?.id, "2026-11-23")
        XCTAssertNil(site.daySummary(first.adding(days: 1)))
    }

    func testDaysAreOpenedInOrderAndGapsAreAllowed() throws {
        _ = try site.openDay(first, at: now)
        _ = try site.openDay(first.adding(days: 1), at: now)
        _ = try site.openDay(first.adding(days: 4), at: now)
        XCTAssertEqual(site.days.map(\.date.isoText), ["2026-11-23", "2026-11-24", "2026-11-27"])
        XCTAssertEqual(site.latestDay?.date, first.adding(days: 4))
    }

    func testADateBeforeTheLatestDayIsRefused() throws {
        _ = try site.openDay(first.adding(days: 2), at: now)
        let before = site
        XCTAssertEqual(dayError { _ = try site.openDay(first.adding(days: 1), at: now) }, .dayBeforeLatest(first.adding(days: 2)))
        XCTAssertEqual(dayError { _ = try site.openDay(first.adding(days: -30), at: now) }, .dayBeforeLatest(first.adding(days: 2)))
        XCTAssertEqual(site, before)
    }

    func testTheSameDateTwiceIsRefused() throws {
        _ = try site.openDay(first, at: now)
        let before = site
        XCTAssertEqual(dayError { _ = try site.openDay(first, at: now) }, .dayAlreadyStarted(first))
        XCTAssertEqual(site, before)
        XCTAssertEqual(site.days.count, 1)
    }

    func testNoteChangedKeepsTheSummaryInStep() throws {
        var day = try site.openDay(first, at: now)
        try day.addLogEntry(.progress, text: "Started", id: "e-1", at: now)
        try day.addLogEntry(.progress, text: "Going", id: "e-2", at: now)
        try day.skipBriefing(reason: "Client meeting")
        site.noteChanged(day)
        XCTAssertEqual(site.days, [DaySummary(date: first, state: .briefed, departed: false, entries: 2, amendments: 0)])
        XCTAssertEqual(DaySummary(day), site.days[0])
    }

    func testNoteChangedOfADayNotInTheIndexInsertsItInDateOrder() throws {
        _ = try site.openDay(first, at: now)
        _ = try site.openDay(first.adding(days: 2), at: now)
        let missing = WorkDay(siteID: site.id, date: first.adding(days: 1), openedAt: now)
        site.noteChanged(missing)
        XCTAssertEqual(site.days.map(\.date), [first, first.adding(days: 1), first.adding(days: 2)])
    }

    func testUnsignedDaysAreThoseBeforeTodayNotSigned() throws {
        var monday = try site.openDay(first, at: now)
        let tuesday = try site.openDay(first.adding(days: 1), at: now)
        _ = try site.openDay(first.adding(days: 2), at: now)
        try monday.skipBriefing(reason: "Induction")
        try monday.signOff(clientName: "Mark Hughes", signature: DayFixture.signature, at: now, cleanupItems: [], recordHash: "x")
        site.noteChanged(monday)
        XCTAssertEqual(site.unsignedDays(before: first.adding(days: 2)).map(\.date), [tuesday.date], "today itself is left out")
        XCTAssertEqual(site.unsignedDays(before: first.adding(days: 3)).map(\.date), [tuesday.date, first.adding(days: 2)])
        XCTAssertEqual(site.unsignedDays(before: first), [])
    }

    // MARK: The site file

    /// A site with a day of each state and an entry in every register.
    private func filledSite() throws -> Site {
        var signed = try site.openDay(first, at: DayFixture.time(8, 5))
        try signed.skipBriefing(reason: "Induction")
        try signed.signOff(clientName: "Mark Hughes", signature: DayFixture.signature, at: DayFixture.time(17, 0),
                           cleanupItems: [], recordHash: String(repeating: "a", count: 64))
        try signed.amend(text: "Correction", reason: "Typo", by: "Tom Baker", id: "a-1", at: DayFixture.time(17, 5))
        site.noteChanged(signed)
        var open = try site.openDay(first.adding(days: 1), at: DayFixture.time(8, 0, days: 1))
        try open.addLogEntry(.situation, text: "停电两小时", id: "e-1", at: DayFixture.time(10, 0, days: 1))
        site.noteChanged(open)

        let at = DayFixture.time(11, 0, days: 1)
        try site.addProblem("Valve leaks", severity: .critical, day: first.adding(days: 1), id: "p-1", at: at, proposedSolution: "New seal")
        try site.reportProblem("p-1", to: .engineeringHead, who: "Raj Patel", channel: .email, at: at)
        try site.setProblemStatus("p-1", .solved, at: at)
        try site.addExtraWork("Moved a cabinet", quantity: "1 h", requestedBy: "Mark Hughes", day: first.adding(days: 1), id: "x-1", at: at)
        try site.borrow("Ladder", from: "Lucy Grant", condition: "Good", id: "b-1", at: at)
        try site.returnBorrowing("b-1", condition: "Good", at: at)
        try site.addShortage("M8 bolts", quantity: "200 pcs", neededBy: "2026-12-01", id: "m-1", at: at)
        try site.addShortage("Sealant", quantity: "2 tubes", neededBy: "", id: "m-2", at: at)
        try site.addConduct(.commendation, crewMemberID: "c-2", reference: "Proactive", note: "Found the leak", day: first, id: "d-1", at: at)
        return site
    }

    func testASiteWithDaysAndRegistersRoundTripsThroughJSON() throws {
        let original = try filledSite()
        let data = try JSONFormat.encode(original)
        let decoded = try JSONFormat.decode(Site.self, from: data)
        XCTAssertEqual(decoded, original)
        XCTAssertEqual(decoded.schema, Site.currentSchema)
        XCTAssertEqual(decoded.days.map(\.state), [.signed, .open])
        XCTAssertEqual(decoded.days.first?.amendments, 1)
        XCTAssertEqual(decoded.registers.problems.first?.reports.count, 1)
        XCTAssertEqual(decoded.registers.materials.map(\.neededBy), [LocalDate(year: 2026, month: 12, day: 1), nil])
        XCTAssertEqual(try JSONFormat.encode(decoded), data, "writing it again gives the same bytes")

        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("\"schema\" : \(Site.currentSchema)"))
        XCTAssertTrue(text.range(of: #"[0-9-]{10} signed (departed|on-site) entries:\d+ amendments:1""#, options: .regularExpression) != nil, "one line per day")
        XCTAssertTrue(text.contains("\"to\" : \"engineering-head\""))
    }

    func testAWorkDayRoundTripsThroughJSON() throws {
        var day = try site.openDay(first, at: now)
        try day.setAttendance("c-2", .late, arrivedAt: "8:20", in: site)
        try day.setAttendance("c-1", .present, in: site)
        try day.addTask("Mount the conveyor", to: "c-1", id: "t-1", in: site, carriedFrom: first.adding(days: -2))
        try day.setPPEChecked("c-1", true, in: site)
        try day.holdBriefing(at: DayFixture.time(8, 30))
        try day.setCleanup("floor-swept", done: true, by: "Tom Baker", at: DayFixture.time(16, 0))
        try day.addScheduleChange(milestone: "Commissioning", planned: "2026-12-01", new: "2026/12/04", reason: "Parts late", id: "s-1")
        try day.closeWithoutSignature(consentedBy: "Mark Hughes", channel: .inPerson, consentTime: "16:55", reason: "Left early",
                                      at: DayFixture.time(17, 0), cleanupItems: ["floor-swept"])
        try day.depart(at: DayFixture.time(17, 10))
        let decoded = try JSONFormat.decode(WorkDay.self, from: JSONFormat.encode(day))
        XCTAssertEqual(decoded, day)
        XCTAssertEqual(decoded.state, .closedWithoutSignature)
        let text = String(decoding: try JSONFormat.encode(day), as: UTF8.self)
        XCTAssertTrue(text.contains("\"channel\" : \"in-person\""))
        XCTAssertTrue(text.contains("\"carriedFrom\" : \"2026-11-21\""))
    }

    func testASchemaOneSiteFileWithoutDaysOrRegistersDecodesAsEmpty() throws {
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: JSONFormat.encode(site)) as? [String: Any])
        object["schema"] = 1
        object.removeValue(forKey: "days")
        object.removeValue(forKey: "registers")
        let schemaOne = try JSONSerialization.data(withJSONObject: object)

        let decoded = try JSONFormat.decode(Site.self, from: schemaOne)
        XCTAssertEqual(decoded.days, [])
        XCTAssertEqual(decoded.registers, SiteRegisters())
        XCTAssertEqual(decoded.schema, Site.currentSchema, "read as the current schema, and written back as it")
        XCTAssertEqual(decoded.profile, site.profile)
        XCTAssertEqual(decoded.arrival, site.arrival)
        let written = String(decoding: try JSONFormat.encode(decoded), as: UTF8.self)
        XCTAssertTrue(written.contains("\"schema\" : \(Site.currentSchema)"))
        XCTAssertTrue(written.contains("\"days\" : ["))
        XCTAssertTrue(written.contains("\"registers\" : {"))
    }

    func testTheStoredSchemaOneFixtureDecodesWithNoDaysAndNoRegisters() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/site-schema-1.json")
        let decoded = try JSONFormat.decode(Site.self, from: Data(contentsOf: url))
        XCTAssertEqual(decoded.id, "demo")
        XCTAssertEqual(decoded.days, [])
        XCTAssertEqual(decoded.registers, SiteRegisters())
        XCTAssertEqual(decoded.arrival.clientRules.count, 4)
        XCTAssertNil(decoded.latestDay)
    }

    func testADamagedDaysEntryIsAnErrorNotAnEmptyList() throws {
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: JSONFormat.encode(site)) as? [String: Any])
        object["days"] = [["date": "2026-13-45", "state": "open", "departed": false, "entries": 0, "amendments": 0]]
        XCTAssertThrowsError(try JSONFormat.decode(Site.self, from: JSONSerialization.data(withJSONObject: object)))
        for line in ["2026-13-45 open on-site entries:0 amendments:0", "2026-11-23 lost on-site entries:0 amendments:0",
                     "2026-11-23 open on-site entries:-1 amendments:0", "2026-11-23 open", ""] {
            object["days"] = [line]
            XCTAssertThrowsError(try JSONFormat.decode(Site.self, from: JSONSerialization.data(withJSONObject: object)), line)
        }
    }

    func testASchemaThreeDaysIndexOfObjectsStillReads() throws {
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: JSONFormat.encode(site)) as? [String: Any])
        object["schema"] = 3
        object["days"] = [["date": "2026-11-23", "state": "signed", "departed": true, "entries": 4, "amendments": 1]]
        let decoded = try JSONFormat.decode(Site.self, from: JSONSerialization.data(withJSONObject: object))
        XCTAssertEqual(decoded.days, [DaySummary(date: LocalDate(year: 2026, month: 11, day: 23), state: .signed, departed: true, entries: 4, amendments: 1)])
        XCTAssertTrue(String(decoding: try JSONFormat.encode(decoded), as: UTF8.self).contains("\"2026-11-23 signed departed entries:4 amendments:1\""))
    }
}
