import Foundation
import XCTest
@testable import OnsiteCore

/// The days index in `days.txt`, apart from `site.json`: what each kind of action writes, files of schema 4 and
/// older, and an index that is missing, damaged or behind the day files.
final class DaysIndexTests: StorageTestCase {
    private let first = LocalDate(year: 2026, month: 11, day: 23)

    private func siteWithADay() throws -> (Site, WorkDay) {
        var site = Fixture.site()
        var day = try site.openDay(first, at: Timestamp(clock: Fixture.clock()))
        try day.addLogEntry(.progress, text: "Frame placed · 框架就位", id: "l-1", at: Timestamp(clock: Fixture.clock()))
        site.noteChanged(day)
        XCTAssertNil(storageError { try store.save(day, of: site) })
        return (site, day)
    }

    private func inode(_ url: URL) throws -> UInt64 {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? UInt64)
    }

    func testTheIndexIsALineADayBesideASiteFileWithoutIt() throws {
        let (site, day) = try siteWithADay()
        let text = try String(contentsOf: directory.daysIndexFile(site.id), encoding: .utf8)
        XCTAssertEqual(text, DaysIndex.heading + "\n" + DaySummary(day).line + "\n")
        let siteJSON = try String(contentsOf: directory.siteFile(site.id), encoding: .utf8)
        XCTAssertFalse(siteJSON.contains("\"days\""), siteJSON)
        XCTAssertTrue(siteJSON.contains("\"schema\" : \(Site.currentSchema)"))
        XCTAssertEqual(store.loadAll().sites.first?.days, [DaySummary(day)])
        // An export of the site still carries its days.
        XCTAssertTrue(try String(decoding: JSONFormat.encode(site), as: UTF8.self).contains("\"days\""))
    }

    func testTheFileIsTheHeadingAndEachDaysLine() throws {
        var days: [DaySummary] = []
        for (index, state) in DayState.allCases.enumerated() {
            days.append(DaySummary(date: LocalDate(year: 2023 + index, month: 1 + index * 2, day: 9 + index), state: state,
                                   departed: index % 2 == 0, entries: [0, 7, 10, 99, 1234][index % 5], amendments: index))
        }
        days.append(DaySummary(date: LocalDate(year: 1999, month: 12, day: 31), state: .signed, departed: true, entries: 100_000, amendments: 0))
        let expected = ([DaysIndex.heading] + days.map(\.line)).joined(separator: "\n") + "\n"
        XCTAssertEqual(String(decoding: DaysIndex.data(of: days), as: UTF8.self), expected)
        XCTAssertEqual(try DaysIndex.days(from: DaysIndex.data(of: days)), days)
        XCTAssertEqual(String(decoding: DaysIndex.data(of: []), as: UTF8.self), DaysIndex.heading + "\n")
    }

    func testALogEntryWritesTheDayAndTheIndexAndATickTheDayAlone() throws {
        var (site, day) = try siteWithADay()
        let siteFile = try inode(directory.siteFile(site.id))
        let index = try inode(directory.daysIndexFile(site.id))
        let written = site
        try day.addLogEntry(.progress, text: "Second entry", id: "l-2", at: Timestamp(clock: Fixture.clock()))
        site.noteChanged(day)
        XCTAssertNil(storageError { try store.save([day], of: site, unlessUnchangedFrom: written) })
        XCTAssertEqual(try inode(directory.siteFile(site.id)), siteFile, "site.json is not written for a day's line")
        XCTAssertNotEqual(try inode(directory.daysIndexFile(site.id)), index, "the index is replaced")
        XCTAssertEqual(store.loadAll().sites.first?.days.first?.entries, 2)

        let afterEntry = try inode(directory.daysIndexFile(site.id))
        XCTAssertNil(storageError { try store.save([day], of: site, unlessUnchangedFrom: site) })
        XCTAssertEqual(try inode(directory.daysIndexFile(site.id)), afterEntry, "an unchanged index is not written")
        XCTAssertEqual(try inode(directory.siteFile(site.id)), siteFile)

        var renamed = site
        renamed.profile.name += " (renamed)"
        XCTAssertNil(storageError { try store.save([day], of: renamed, unlessUnchangedFrom: site) })
        XCTAssertNotEqual(try inode(directory.siteFile(site.id)), siteFile, "a change of the site writes site.json")
        XCTAssertEqual(try inode(directory.daysIndexFile(site.id)), afterEntry, "and not the unchanged index")
        XCTAssertEqual(store.loadAll().sites.first?.profile.name, renamed.profile.name)
    }

    func testASchemaFourSiteFileKeepsItsDaysAndItsNextSaveMovesThem() throws {
        let (site, day) = try siteWithADay()
        // The file as schema 4 wrote it: the days inside, no days.txt.
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: directory.siteFile(site.id))) as? [String: Any])
        object["schema"] = 4
        object["days"] = [DaySummary(day).line]
        try JSONSerialization.data(withJSONObject: object).write(to: directory.siteFile(site.id))
        try FileManager.default.removeItem(at: directory.daysIndexFile(site.id))
        let loaded = try XCTUnwrap(store.loadAll().sites.first)
        XCTAssertEqual(loaded.days, [DaySummary(day)])
        XCTAssertNil(storageError { try store.save(loaded) })
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.daysIndexFile(site.id).path))
        XCTAssertFalse(try String(contentsOf: directory.siteFile(site.id), encoding: .utf8).contains("\"days\""))
        XCTAssertEqual(store.loadAll().sites.first?.days, [DaySummary(day)])
    }

    func testAMissingIndexIsRebuiltFromTheDayFiles() throws {
        let (site, day) = try siteWithADay()
        try FileManager.default.removeItem(at: directory.daysIndexFile(site.id))
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.problems, [])
        XCTAssertEqual(loaded.sites.first?.days, [DaySummary(day)])
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.daysIndexFile(site.id).path), "written again")
    }

    func testADamagedIndexIsReportedQuarantinedAndRebuiltFromTheDayFiles() throws {
        let (site, day) = try siteWithADay()
        for damage in ["2026-11-23 signed\u{1B}[31m departed", String(repeating: "条", count: 10_000), "2026-13-45 open on-site entries:1 amendments:0"] {
            try Data((DaysIndex.heading + "\n" + damage + "\n").utf8).write(to: directory.daysIndexFile(site.id))
            let loaded = store.loadAll()
            let problem = try XCTUnwrap(loaded.problems.first, damage.prefix(20).description)
            XCTAssertEqual(problem.path, directory.daysIndexFile(site.id).path)
            XCTAssertEqual(problem.cause.line, 2)
            XCTAssertTrue(problem.cause.message.contains("rebuilt from the day files"), problem.cause.message)
            XCTAssertNotNil(problem.quarantinedTo)
            XCTAssertEqual(loaded.sites.first?.days, [DaySummary(day)], "nothing of the days is lost")
            XCTAssertEqual(store.loadAll().problems, [], "the rebuilt index reads")
        }
    }

    func testAnIndexEditedByHandStillReads() throws {
        let (site, day) = try siteWithADay()
        let edited = "\(DaysIndex.heading)\r\n\r\n# checked by the office\r\n\(DaySummary(day).line)\r\n"
        try Data(edited.utf8).write(to: directory.daysIndexFile(site.id))
        // Written after the index, the day file is read again at start and agrees with it.
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.problems, [])
        XCTAssertEqual(loaded.sites.first?.days, [DaySummary(day)])
    }

    func testADayWrittenAfterTheIndexBringsItUpToDate() throws {
        var (site, day) = try siteWithADay()
        try day.addLogEntry(.progress, text: "Written, then the power went", id: "l-2", at: Timestamp(clock: Fixture.clock()))
        // A crash after the day file, before days.txt: only the day is on disk.
        XCTAssertNil(storageError { try DurableFile.replace(directory.dayFile(site.id, day.date), with: JSONFormat.encode(day), keepPrevious: true) })
        site.noteChanged(day)
        XCTAssertEqual(store.loadAll().sites.first?.days, site.days)
        XCTAssertEqual(try DaysIndex.days(from: Data(contentsOf: directory.daysIndexFile(site.id))), site.days, "and saved")
    }
}
