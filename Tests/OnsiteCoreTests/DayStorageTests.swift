import Foundation
import XCTest
@testable import OnsiteCore

/// Working days on disk: one file per day, the site's index kept in step, damage quarantined.
final class DayStorageTests: StorageTestCase {
    private func startedDay(_ site: inout Site, on date: LocalDate = LocalDate(year: 2026, month: 11, day: 23)) throws -> WorkDay {
        try site.openDay(date, at: Timestamp(clock: Fixture.clock()))
    }

    func testADayIsItsOwnFileAndTheSiteIndexesIt() throws {
        var site = Fixture.site()
        var day = try startedDay(&site)
        try day.addLogEntry(.progress, text: "Frame placed", id: "l-1", at: Timestamp(clock: Fixture.clock()))
        site.noteChanged(day)
        XCTAssertNil(storageError { try store.save(day, of: site) })
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.dayFile(site.id, day.date).path))
        guard case .loaded(let read) = store.loadDay(siteID: site.id, date: day.date) else { return XCTFail("day not read back") }
        XCTAssertEqual(read, day)
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.sites.first?.days, [DaySummary(day)])
        XCTAssertEqual(loaded.sites.first?.days.first?.entries, 1)
    }

    func testADayChangedAloneIsWrittenWithoutItsUnchangedSite() throws {
        var site = Fixture.site()
        var day = try startedDay(&site)
        XCTAssertNil(storageError { try store.save(day, of: site) })
        let siteBytes = try Data(contentsOf: directory.siteFile(site.id))
        var moved = site
        moved.profile.name += " (renamed on disk)"
        XCTAssertNil(storageError { try DurableFile.replace(directory.siteFile(site.id), with: JSONFormat.encode(moved)) })
        // The site is the one last written: only the day file is replaced (the renamed file stays as it was).
        try day.addLogEntry(.progress, text: "Frame placed", id: "l-1", at: Timestamp(clock: Fixture.clock()))
        XCTAssertNil(storageError { try store.save([day], of: site, unlessUnchangedFrom: site) })
        guard case .loaded(let read) = store.loadDay(siteID: site.id, date: day.date) else { return XCTFail("day not read back") }
        XCTAssertEqual(read, day)
        XCTAssertEqual(try JSONFormat.decode(Site.self, from: Data(contentsOf: directory.siteFile(site.id))).profile.name, moved.profile.name)
        // A site that differs from the one last written is written.
        site.noteChanged(day)
        XCTAssertNil(storageError { try store.save([day], of: site, unlessUnchangedFrom: moved) })
        let written = try JSONFormat.decode(Site.self, from: Data(contentsOf: directory.siteFile(site.id)))
        XCTAssertEqual(written.profile.name, site.profile.name)
        XCTAssertEqual(try DaysIndex.days(from: Data(contentsOf: directory.daysIndexFile(site.id))).first?.entries, 1)
        XCTAssertEqual(try Data(contentsOf: directory.siteFile(site.id)), siteBytes, "site.json is the site as first written again")
    }

    func testACrashBetweenTheDayAndTheSiteIsRepairedFromTheDayFile() throws {
        var site = Fixture.site()
        XCTAssertNil(storageError { try store.save(site) })
        let day = try startedDay(&site)
        // Only the day file reached the disk: the site still has no day in its index.
        try FileManager.default.createDirectory(at: directory.daysFolder(site.id), withIntermediateDirectories: true)
        try JSONFormat.encode(day).write(to: directory.dayFile(site.id, day.date))
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.problems, [])
        XCTAssertEqual(loaded.sites.first?.days.map(\.date), [day.date])
        // And the repaired index was written back.
        let again = SiteStore(directory: directory, clock: Fixture.clock()).loadAll(repair: false)
        XCTAssertEqual(again.sites.first?.days.map(\.date), [day.date])
    }

    func testAStaleSummaryIsBroughtUpToDateForADayNotYetFinal() throws {
        var site = Fixture.site()
        var day = try startedDay(&site)
        XCTAssertNil(storageError { try store.save(day, of: site) })
        // The day file moved on (briefing skipped) but the site index did not.
        try day.skipBriefing(reason: "Client's safety day: whole site stopped")
        XCTAssertNil(storageError { try DurableFile.replace(directory.dayFile(site.id, day.date), with: JSONFormat.encode(day)) })
        XCTAssertEqual(store.loadAll().sites.first?.days.first?.state, .briefed)
    }

    func testADamagedDayFileIsQuarantinedAndItsPreviousSaveRestored() throws {
        var site = Fixture.site()
        var day = try startedDay(&site)
        XCTAssertNil(storageError { try store.save(day, of: site) })
        try day.addLogEntry(.progress, text: "Second save", id: "l-1", at: Timestamp(clock: Fixture.clock()))
        site.noteChanged(day)
        XCTAssertNil(storageError { try store.save(day, of: site) })
        let file = directory.dayFile(site.id, day.date)
        XCTAssertTrue(FileManager.default.createFile(atPath: file.path, contents: Data("{ \"schema\": 1, broken".utf8)))
        guard case .damaged(let problem, let restored) = store.loadDay(siteID: site.id, date: day.date) else { return XCTFail("damage not noticed") }
        XCTAssertNotNil(problem.quarantinedTo)
        XCTAssertTrue(problem.restoredPrevious)
        XCTAssertEqual(restored?.log.count, 0, "the previous save is the one before the last")
        XCTAssertEqual(problem.path, file.path)
    }

    func testADayFileNamedForAnotherDateIsReportedNotLoaded() throws {
        var site = Fixture.site()
        let day = try startedDay(&site)
        XCTAssertNil(storageError { try store.save(day, of: site) })
        let other = LocalDate(year: 2026, month: 11, day: 24)
        try FileManager.default.copyItem(at: directory.dayFile(site.id, day.date), to: directory.dayFile(site.id, other))
        guard case .damaged(let problem, _) = store.loadDay(siteID: site.id, date: other) else { return XCTFail("mismatch not noticed") }
        XCTAssertTrue(problem.cause.message.contains("holds the day 2026-11-23"), problem.cause.message)
    }

    func testSignedDaysAreNotReadAgainAtStart() throws {
        let (site, days) = DemoSite.makeWithDays(standard: Fixture.standard, clock: Fixture.clock(), ids: SequentialIdSource(prefix: "d"), language: .english, signer: Fixture.signer)
        for day in days { XCTAssertNil(storageError { try store.save(day, of: site) }) }
        // Damage a signed, departed day: start-up must not even open it.
        let signed = try XCTUnwrap(days.first { $0.signOff != nil && $0.departedAt != nil })
        let damaged = directory.dayFile(site.id, signed.date).path
        XCTAssertTrue(FileManager.default.createFile(atPath: damaged, contents: Data("garbage".utf8)))
        // Damaged in place without a write by Onsite (its time is older than the site's file).
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: damaged)
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.problems, [])
        XCTAssertEqual(loaded.sites.first?.days.count, DemoSite.workedDays)
    }

    func testDaysWrittenInTheIndexsTickAreReadOnceThenNotAgain() throws {
        let (site, days) = DemoSite.makeWithDays(standard: Fixture.standard, clock: Fixture.clock(), ids: SequentialIdSource(prefix: "d"), language: .english, signer: Fixture.signer)
        XCTAssertNil(storageError { try store.save(days, of: site) })
        // The days and their index written in one tick of the file clock.
        let tick = Date(timeIntervalSince1970: 1_000_000)
        let index = directory.daysIndexFile(site.id).path
        for path in days.map({ directory.dayFile(site.id, $0.date).path }) + [index] {
            try FileManager.default.setAttributes([.modificationDate: tick], ofItemAtPath: path)
        }
        let damaged = directory.dayFile(site.id, try XCTUnwrap(days.last).date).path
        let good = try Data(contentsOf: URL(fileURLWithPath: damaged))
        // A tie is read: damage in a tied day is found...
        XCTAssertTrue(FileManager.default.createFile(atPath: damaged, contents: Data("garbage".utf8)))
        try FileManager.default.setAttributes([.modificationDate: tick], ofItemAtPath: damaged)
        XCTAssertEqual(store.loadAll().problems.count, 1, "a day written in the index's tick is read")
        // ...and once the tied days are read and match, the index is newer: the next start leaves them alone.
        try good.write(to: URL(fileURLWithPath: damaged))
        try FileManager.default.setAttributes([.modificationDate: tick], ofItemAtPath: damaged)
        try FileManager.default.setAttributes([.modificationDate: tick], ofItemAtPath: index)
        XCTAssertEqual(store.loadAll().problems, [])
        let indexTime = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as? Date)
        XCTAssertGreaterThan(indexTime, tick, "the index's time moved on")
        XCTAssertTrue(FileManager.default.createFile(atPath: damaged, contents: Data("garbage".utf8)))
        try FileManager.default.setAttributes([.modificationDate: tick], ofItemAtPath: damaged)
        let again = store.loadAll()
        XCTAssertEqual(again.problems, [], "not opened again")
        XCTAssertEqual(again.sites.first?.days.count, DemoSite.workedDays)
    }

    func testADayFileOfANewerSchemaIsReportedAndLeftAlone() throws {
        var site = Fixture.site()
        let day = try startedDay(&site)
        XCTAssertNil(storageError { try store.save(day, of: site) })
        XCTAssertNil(storageError { try store.save(day, of: site) })
        let file = directory.dayFile(site.id, day.date)
        let newer = String(decoding: try Data(contentsOf: file), as: UTF8.self).replacingOccurrences(of: "\"schema\" : 1", with: "\"schema\" : 7")
        try Data(newer.utf8).write(to: file)
        guard case .newer(let problem) = store.loadDay(siteID: site.id, date: day.date) else { return XCTFail("a newer file is not damage") }
        XCTAssertNil(problem.quarantinedTo)
        XCTAssertEqual(String(decoding: try Data(contentsOf: file), as: UTF8.self), newer, "left exactly as it was")
    }
}
