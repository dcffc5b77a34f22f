import Foundation
import XCTest
@testable import OnsiteCore

/// The canonical record the client signs, and its SHA-256: the same record always hashes the same, any change shows.
final class DayRecordHashTests: DayTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try holdBriefing()
        try day.addTask("Mount the conveyor", to: "c-1", id: "t-1", in: site)
        try day.addCaution(.clientRule, text: "", ruleID: "r-1", id: "k-1", in: site)
        try day.addLogEntry(.progress, text: "Conveyor frame up", id: "e-1", at: setClock(10, 0))
        try day.addLogEntry(.situation, text: "安全员来访，检查动火许可", id: "e-2", at: setClock(11, 0))
        try prepareForSignOff()
    }

    private var hash: String { site.record(of: day).sha256 }

    func testTheHashIsSixtyFourLowercaseHexDigits() {
        XCTAssertEqual(hash.count, 64)
        XCTAssertTrue(hash.allSatisfy { "0123456789abcdef".contains($0) }, hash)
        XCTAssertEqual(hash, StandardLoader.sha256(of: site.record(of: day).canonicalData()))
    }

    func testTheSameRecordGivesTheSameHash() throws {
        let first = hash
        XCTAssertEqual(hash, first)
        XCTAssertEqual(site.record(of: day).canonicalData(), site.record(of: day).canonicalData())

        // The same day read back from its file, and the site read back from its file, hash the same.
        let dayAgain = try JSONDecoder().decode(WorkDay.self, from: JSONFormat.encode(day))
        let siteAgain = try JSONDecoder().decode(Site.self, from: JSONFormat.encode(site))
        XCTAssertEqual(siteAgain.record(of: dayAgain).sha256, first)
    }

    func testTheCanonicalFormIsCompactJSONWithSortedKeys() throws {
        let data = site.record(of: day).canonicalData()
        let text = try XCTUnwrap(String(data: data, encoding: .utf8))
        XCTAssertTrue(text.hasPrefix("{\"briefing\":{"), String(text.prefix(40)))
        XCTAssertFalse(text.contains("\n"))
        XCTAssertFalse(text.contains("\": "), "no space after a colon")
        XCTAssertTrue(text.contains("\"date\":\"2026-11-23\""))
        XCTAssertTrue(text.contains("\"demo\":false"))
        XCTAssertTrue(text.contains("\"format\":1"))
        XCTAssertTrue(text.contains("安全员来访，检查动火许可"), "Chinese is kept as text")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object.keys.sorted(), [
            "briefing", "cleanup", "client", "date", "demo", "extraWork", "format", "log", "problems", "scheduleChanges", "siteID", "siteName",
        ])
    }

    func testTheRecordCarriesTheSiteAndTheDay() {
        let record = site.record(of: day)
        XCTAssertEqual(record.format, 1)
        XCTAssertFalse(record.demo)
        XCTAssertEqual(record.siteID, "site-1")
        XCTAssertEqual(record.siteName, "Line 3 filler")
        XCTAssertEqual(record.client, "Northgate Bottling")
        XCTAssertEqual(record.date, today)
        XCTAssertEqual(record.briefing, day.briefing)
        XCTAssertEqual(record.log, day.log)
        XCTAssertEqual(record.cleanup, day.cleanup)
        XCTAssertNil(record.exception)
        XCTAssertNil(record.noBriefingReason)
    }

    func testAnyChangeInTheLogChangesTheHash() throws {
        let original = hash
        var edited = day!
        try edited.editLogEntry("e-1", text: "Conveyor frame up.")
        XCTAssertNotEqual(site.record(of: edited).sha256, original, "one character of text")

        var added = day!
        try added.addLogEntry(.progress, text: "Tidied up", id: "e-3", at: setClock(16, 45))
        XCTAssertNotEqual(site.record(of: added).sha256, original, "one entry more")

        var removed = day!
        try removed.removeLogEntry("e-2")
        XCTAssertNotEqual(site.record(of: removed).sha256, original, "one entry less")

        var retimed = day!
        retimed.log[0].at = DayFixture.time(10, 1)
        XCTAssertNotEqual(site.record(of: retimed).sha256, original, "one minute later")

        var rekinded = day!
        rekinded.log[0].kind = .situation
        XCTAssertNotEqual(site.record(of: rekinded).sha256, original, "another kind")

        var reordered = day!
        reordered.log.swapAt(0, 1)
        XCTAssertNotEqual(site.record(of: reordered).sha256, original, "another order")
    }

    func testChangesElsewhereInTheDayChangeTheHash() throws {
        let original = hash
        var changes: [(String, WorkDay)] = []

        var attendance = day!
        try attendance.setAttendance("c-2", .late, arrivedAt: "08:30", in: site)
        changes.append(("attendance", attendance))
        var task = day!
        try task.setTaskDone("t-1", true)
        changes.append(("task done", task))
        var caution = day!
        try caution.removeCaution("k-1")
        changes.append(("caution", caution))
        var cleanup = day!
        try cleanup.setCleanupNotApplicable("waste-removed", reason: "Client's cleaners", by: "Tom Baker", at: setClock(16, 50))
        changes.append(("cleanup", cleanup))
        var schedule = day!
        try schedule.addScheduleChange(milestone: "Commissioning", planned: "2026-12-01", new: "2026-12-04", reason: "Parts late", id: "s-1")
        changes.append(("schedule", schedule))

        for (name, changed) in changes {
            XCTAssertNotEqual(site.record(of: changed).sha256, original, name)
        }
    }

    func testTheExceptionIsPartOfTheRecordButTheSignatureAndDepartureAreNot() throws {
        let original = hash
        var closed = day!
        try closed.closeWithoutSignature(consentedBy: "Mark Hughes", channel: .phone, consentTime: "16:55", reason: "Line stoppage",
                                         at: setClock(17, 0), cleanupItems: cleanupItems)
        let withException = site.record(of: closed).sha256
        XCTAssertNotEqual(withException, original)

        try closed.depart(at: setClock(17, 10))
        XCTAssertEqual(site.record(of: closed).sha256, withException, "leaving is not part of the record")
        try closed.signOff(clientName: "Mark Hughes", signature: signature, at: setClock(9, 0, days: 1), cleanupItems: cleanupItems,
                           recordHash: withException)
        XCTAssertEqual(site.record(of: closed).sha256, withException, "the signature is not part of the record")
        try closed.amend(text: "Stoppage was on line 2", reason: "Wrong line noted", by: "Tom Baker", id: "a-1", at: setClock(9, 5, days: 1))
        XCTAssertEqual(site.record(of: closed).sha256, withException, "amendments stand beside the record")
    }

    func testTheDemoFlagIsPartOfTheRecord() {
        let real = hash
        var demoSite = site!
        demoSite.isDemo = true
        XCTAssertTrue(demoSite.record(of: day).demo)
        XCTAssertNotEqual(demoSite.record(of: day).sha256, real)
        let text = String(decoding: demoSite.record(of: day).canonicalData(), as: UTF8.self)
        XCTAssertTrue(text.contains("\"demo\":true"))
    }

    func testTheSiteNameAndClientArePartOfTheRecord() {
        let original = hash
        var renamed = site!
        renamed.profile.client = "Northgate Bottling Ltd"
        XCTAssertNotEqual(renamed.record(of: day).sha256, original)
        renamed = site!
        renamed.profile.name = "Line 4 filler"
        XCTAssertNotEqual(renamed.record(of: day).sha256, original)
    }

    func testExtraWorkAndProblemsOfTheDayArePartOfTheRecordAndOtherDaysAreNot() throws {
        let original = hash
        var other = site!
        try other.addExtraWork("Fixed a door", quantity: "0.5 h", requestedBy: "Mark Hughes", day: today.adding(days: 1), id: "x-1", at: now)
        try other.addProblem("Door sticks", severity: .low, day: today.adding(days: 1), id: "p-1", at: now)
        XCTAssertEqual(other.record(of: day).sha256, original, "another day's entries are not in this record")
        XCTAssertEqual(other.record(of: day).extraWork, [])

        var same = site!
        try same.addExtraWork("Moved a cabinet", quantity: "1 h", requestedBy: "Mark Hughes", day: today, id: "x-1", at: now)
        XCTAssertEqual(same.record(of: day).extraWork.map(\.id), ["x-1"])
        XCTAssertNotEqual(same.record(of: day).sha256, original)

        var problem = site!
        try problem.addProblem("Valve leaks", severity: .high, day: today, id: "p-1", at: now)
        XCTAssertEqual(problem.record(of: day).problems.map(\.id), ["p-1"])
        XCTAssertNotEqual(problem.record(of: day).sha256, original)
    }
}
