import XCTest
@testable import OnsiteCore

/// Damaged files: quarantine, the path and line reported, the previous good save restored.
final class SiteStoreRecoveryTests: StorageTestCase {
    private let fileManager = FileManager.default


    private func siteFile(_ id: String = "site-1") -> URL { directory.siteFile(id) }
    private func backup(_ id: String = "site-1") -> String { siteFile(id).path + ".bak" }

    private func quarantined() -> [String] {
        ((try? fileManager.contentsOfDirectory(atPath: directory.quarantineURL.path)) ?? []).sorted()
    }

    /// Saves a site twice (so a .bak of the first save exists); returns the first and the second version.
    private func saveTwice() -> (first: Site, second: Site) {
        let first = Fixture.site()
        var second = first
        second.profile.client = "Second save"
        XCTAssertNil(storageError { try store.save(first) })
        XCTAssertNil(storageError { try store.save(second) })
        return (first, second)
    }

    private func overwrite(_ url: URL, with text: String) {
        XCTAssertTrue(fileManager.createFile(atPath: url.path, contents: Data(text.utf8)))
    }

    /// The saved JSON with one line replaced (1-based line number).
    private func savedText(replacingLine number: Int, with replacement: String) throws -> String {
        let text = String(decoding: try XCTUnwrap(fileManager.contents(atPath: siteFile().path)), as: UTF8.self)
        var lines = text.components(separatedBy: "\n")
        lines[number - 1] = replacement
        return lines.joined(separator: "\n")
    }

    func testInvalidJSONIsQuarantinedReportedAndThePreviousSaveRestored() throws {
        let (first, _) = saveTwice()
        let damaged = try savedText(replacingLine: 6, with: "      this is not JSON")
        overwrite(siteFile(), with: damaged)

        let loaded = store.loadAll()
        XCTAssertEqual(loaded.sites, [first], "the previous good save is loaded")
        XCTAssertEqual(loaded.problems.count, 1)
        let problem = try XCTUnwrap(loaded.problems.first)
        XCTAssertEqual(problem.path, siteFile().path)
        XCTAssertTrue(problem.restoredPrevious)

        let target = try XCTUnwrap(problem.quarantinedTo)
        XCTAssertTrue(target.hasPrefix(directory.quarantineURL.path + "/site-1-site.json."), target)
        XCTAssertEqual(fileManager.contents(atPath: target).map { String(decoding: $0, as: UTF8.self) }, damaged,
                       "the damaged file is kept, byte for byte")
        XCTAssertEqual(quarantined().count, 1)
        XCTAssertEqual(permissions(of: directory.quarantineURL.path), 0o700)
        XCTAssertEqual(fileManager.contents(atPath: siteFile().path), fileManager.contents(atPath: backup()),
                       "the restored file is the previous save")

        let again = store.loadAll()
        XCTAssertEqual(again.problems, [], "once restored, the site loads cleanly")
        XCTAssertEqual(again.sites, [first])
    }

    func testAWrongTypeIsQuarantinedReportedAndThePreviousSaveRestored() throws {
        let (first, _) = saveTwice()
        let text = String(decoding: try XCTUnwrap(fileManager.contents(atPath: siteFile().path)), as: UTF8.self)
        XCTAssertTrue(text.contains(#""plannedStart" : "2026-11-23""#))
        let damaged = text.replacingOccurrences(of: #""plannedStart" : "2026-11-23""#, with: #""plannedStart" : 5"#)
        overwrite(siteFile(), with: damaged)
        let expectedLine = damaged.components(separatedBy: "\n").firstIndex { $0.contains("plannedStart") }.map { $0 + 1 }

        let loaded = store.loadAll()
        XCTAssertEqual(loaded.sites, [first])
        let problem = try XCTUnwrap(loaded.problems.first)
        XCTAssertEqual(loaded.problems.count, 1)
        XCTAssertEqual(problem.path, siteFile().path)
        XCTAssertTrue(problem.cause.message.contains("plannedStart"), problem.cause.message)
        XCTAssertEqual(problem.cause.line, expectedLine)
        XCTAssertTrue(problem.restoredPrevious)
        let target = try XCTUnwrap(problem.quarantinedTo)
        XCTAssertEqual(fileManager.contents(atPath: target), Data(damaged.utf8))
        XCTAssertEqual(quarantined(), [URL(fileURLWithPath: target).lastPathComponent])
    }

    func testAMissingFieldIsReportedByName() throws {
        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        let text = String(decoding: try XCTUnwrap(fileManager.contents(atPath: siteFile().path)), as: UTF8.self)
        overwrite(siteFile(), with: text.replacingOccurrences(of: #""isDemo" : false,"#, with: ""))
        let problem = try XCTUnwrap(store.loadAll().problems.first)
        XCTAssertTrue(problem.cause.message.contains("isDemo"), problem.cause.message)
    }

    func testADamagedFileWithNoBackupIsQuarantinedAndTheOtherSitesStillLoad() throws {
        let good = Fixture.site(id: "site-2")
        XCTAssertNil(storageError { try store.save(Fixture.site(id: "site-1")) })
        XCTAssertNil(storageError { try store.save(good) })
        overwrite(siteFile("site-1"), with: "{ \"schema\" : 1, ")

        let loaded = store.loadAll()
        XCTAssertEqual(loaded.sites, [good])
        XCTAssertEqual(loaded.problems.count, 1)
        let problem = try XCTUnwrap(loaded.problems.first)
        XCTAssertEqual(problem.path, siteFile("site-1").path)
        XCTAssertFalse(problem.restoredPrevious)
        let target = try XCTUnwrap(problem.quarantinedTo)
        XCTAssertTrue(fileManager.fileExists(atPath: target))
        XCTAssertFalse(fileManager.fileExists(atPath: siteFile("site-1").path), "gone from its place")

        let again = store.loadAll()
        XCTAssertEqual(again.sites, [good])
        XCTAssertEqual(again.problems, [], "a quarantined site is reported once, not on every load")
        XCTAssertEqual(quarantined().count, 1)
    }

    func testTwoDamagedFilesAtTheSameSecondBothKeepTheirQuarantineCopies() throws {
        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        overwrite(siteFile(), with: "first damage")
        XCTAssertEqual(store.loadAll().problems.count, 1)
        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        overwrite(siteFile(), with: "second damage")
        XCTAssertEqual(store.loadAll().problems.count, 1)
        let names = quarantined()
        XCTAssertEqual(names.count, 2, "\(names)")
        let contents = Set(names.compactMap { fileManager.contents(atPath: directory.quarantineURL.appendingPathComponent($0).path) })
        XCTAssertEqual(contents, [Data("first damage".utf8), Data("second damage".utf8)])
    }

    func testADamagedBackupIsNotRestored() throws {
        _ = saveTwice()
        overwrite(URL(fileURLWithPath: backup()), with: "not json either")
        overwrite(siteFile(), with: "broken")
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.sites, [])
        XCTAssertEqual(loaded.problems.first?.restoredPrevious, false)
        XCTAssertNotNil(loaded.problems.first?.quarantinedTo)
    }

    func testAFileOfANewerSchemaIsReportedAndLeftWhereItIs() throws {
        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        let text = String(decoding: try XCTUnwrap(fileManager.contents(atPath: siteFile().path)), as: UTF8.self)
        let newer = text.replacingOccurrences(of: #""schema" : 2"#, with: #""schema" : 99"#)
        XCTAssertNotEqual(newer, text)
        overwrite(siteFile(), with: newer)

        let loaded = store.loadAll()
        XCTAssertEqual(loaded.sites, [])
        let problem = try XCTUnwrap(loaded.problems.first)
        XCTAssertEqual(problem.path, siteFile().path)
        XCTAssertNil(problem.quarantinedTo)
        XCTAssertFalse(problem.restoredPrevious)
        XCTAssertTrue(problem.cause.message.contains("99"), problem.cause.message)
        XCTAssertEqual(fileManager.contents(atPath: siteFile().path), Data(newer.utf8), "not moved, not changed")
        XCTAssertEqual(quarantined(), [])
        XCTAssertEqual(store.loadAll().problems.count, 1, "still reported on the next load")
    }

    func testAMissingFileWithABackupIsRestoredSilently() throws {
        let (first, _) = saveTwice()
        XCTAssertEqual(unlink(siteFile().path), 0)
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.sites, [first])
        XCTAssertEqual(loaded.problems, [])
        XCTAssertTrue(fileManager.fileExists(atPath: siteFile().path))
    }

    func testAnEmptySiteFolderIsSkipped() throws {
        XCTAssertNil(storageError { try DurableFile.makeDirectory(directory.siteFolder("empty")) })
        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.sites.map(\.id), ["site-1"])
        XCTAssertEqual(loaded.problems, [])
    }
}
