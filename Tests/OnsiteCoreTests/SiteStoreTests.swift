import XCTest
@testable import OnsiteCore

/// Saving and loading sites: round trip, file modes, readable JSON, the previous save, stray temporaries.
final class SiteStoreTests: StorageTestCase {


    private func text(of url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func siteWithArrivalData() -> Site {
        var site = Fixture.site()
        let now = Timestamp(clock: Fixture.clock())
        XCTAssertNil(arrivalError { try site.markDone(Fixture.item("bring-toolbox"), at: now) })
        XCTAssertNil(arrivalError { try site.setNote("两套工具箱\nTwo toolboxes", for: Fixture.item("bring-toolbox")) })
        XCTAssertNil(arrivalError { try site.markNotApplicable(Fixture.item("bring-ppe"), reason: "Client supplies PPE", at: now) })
        XCTAssertNil(arrivalError { try site.addClientRule("灌装车间内必须穿安全鞋", id: "r-1", at: now) })
        XCTAssertNil(arrivalError { try site.acknowledgeRules(crewMemberID: "c-1", at: now) })
        XCTAssertNil(arrivalError { try site.setWorkArea("Line 3") })
        XCTAssertNil(arrivalError { try site.saveCustody(Custody(id: "k-1", items: "Tools", responsible: "Ana Lima")) })
        site.arrival.rulesInWriting = true
        return site
    }

    func testSaveThenLoadAllGivesTheSameSites() throws {
        let first = siteWithArrivalData()
        let second = Fixture.site(id: "site-2", createdAt: Fixture.morning.addingTimeInterval(3600))
        XCTAssertNil(storageError { try store.save(second) })
        XCTAssertNil(storageError { try store.save(first) })

        let loaded = store.loadAll()
        XCTAssertEqual(loaded.problems, [])
        XCTAssertEqual(loaded.sites, [first, second], "loaded oldest first")
    }

    func testLoadingAnEmptyOrMissingDataDirectoryFindsNothing() {
        let missing = store.loadAll()
        XCTAssertEqual(missing.sites, [])
        XCTAssertEqual(missing.problems, [])
        XCTAssertNil(storageError { try directory.prepare() })
        XCTAssertEqual(store.loadAll().sites, [])
    }

    func testFilesAre0600AndFolders0700EvenWithALooseUmask() throws {
        let previous = umask(0o022)
        defer { umask(previous) }

        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        XCTAssertEqual(permissions(of: directory.root.path), 0o700)
        XCTAssertEqual(permissions(of: directory.sitesURL.path), 0o700)
        XCTAssertEqual(permissions(of: directory.siteFolder("site-1").path), 0o700)
        XCTAssertEqual(permissions(of: directory.siteFile("site-1").path), 0o600)
        XCTAssertEqual(permissions(of: directory.siteFile("site-1").path + ".bak"), 0o600)

        let other = DataDirectory(root: folder.url.appendingPathComponent("other/nested"))
        XCTAssertNil(storageError { try other.prepare() })
        XCTAssertEqual(permissions(of: other.root.path), 0o700)
        XCTAssertEqual(permissions(of: other.sitesURL.path), 0o700)
    }

    func testPrepareTightensAFolderSomeoneLoosened() throws {
        try FileManager.default.createDirectory(at: directory.root, withIntermediateDirectories: true)
        XCTAssertEqual(chmod(directory.root.path, 0o755), 0)
        XCTAssertNil(storageError { try directory.prepare() })
        XCTAssertEqual(permissions(of: directory.root.path), 0o700)
    }

    func testTheJSONIsHumanReadableAndVersioned() throws {
        var site = Fixture.site()
        site.profile.name = "华东饮料 三号线"
        XCTAssertNil(storageError { try store.save(site) })
        let json = try XCTUnwrap(text(of: directory.siteFile("site-1")))
        XCTAssertTrue(json.contains("\"schema\" : \(Site.currentSchema)"), json)
        XCTAssertTrue(json.contains("华东饮料 三号线"), "Chinese is written as text, not escaped")
        XCTAssertTrue(json.contains(#""plannedStart" : "2026-11-23""#))
        XCTAssertTrue(json.contains(#""createdAt" : "2026-11-23T08:05:00+08:00""#))
        XCTAssertGreaterThan(json.split(separator: "\n").count, 20, "one field per line")
        XCTAssertTrue(json.hasSuffix("}\n"))
        let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        XCTAssertEqual(keys, ["archivedMonths", "arrival", "createdAt", "exit", "id", "isDemo", "profile", "registers", "schema", "standard"],
                       "sorted keys; the days are in days.txt")
        XCTAssertEqual(text(of: directory.daysIndexFile("site-1")), DaysIndex.heading + "\n")
    }

    func testASecondSaveKeepsThePreviousOneAsBak() throws {
        var site = Fixture.site()
        XCTAssertNil(storageError { try store.save(site) })
        let firstText = text(of: directory.siteFile("site-1"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.siteFile("site-1").path + ".bak"))

        site.profile.client = "Renamed client"
        XCTAssertNil(storageError { try store.save(site) })
        let backup = URL(fileURLWithPath: directory.siteFile("site-1").path + ".bak")
        XCTAssertEqual(text(of: backup), firstText)
        XCTAssertTrue(text(of: directory.siteFile("site-1"))?.contains("Renamed client") ?? false)

        site.profile.client = "Third name"
        XCTAssertNil(storageError { try store.save(site) })
        XCTAssertTrue(text(of: backup)?.contains("Renamed client") ?? false, "the .bak is always the save before")
        XCTAssertEqual(store.loadAll().sites.first?.profile.client, "Third name")
    }

    func testStrayTemporaryFilesAreCleanedOnLoad() throws {
        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        let siteFolder = directory.siteFolder("site-1")
        let stray = siteFolder.appendingPathComponent(".site.json.4242.123456.tmp")
        let unrelated = siteFolder.appendingPathComponent("notes.txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: stray.path, contents: Data("{half a fi".utf8)))
        XCTAssertTrue(FileManager.default.createFile(atPath: unrelated.path, contents: Data("keep".utf8)))

        let loaded = store.loadAll()
        XCTAssertEqual(loaded.sites.map(\.id), ["site-1"])
        XCTAssertEqual(loaded.problems, [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: stray.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: unrelated.path))
    }

    func testSavingLeavesNoTemporaryFilesBehind() throws {
        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.siteFolder("site-1").path).sorted()
        XCTAssertEqual(names, ["days.txt", "days.txt.bak", "site.json", "site.json.bak"])
    }

    func testADemoSiteRoundTripsInBothLanguages() {
        for language in Language.allCases {
            let demo = DemoSite.make(standard: Fixture.standard, clock: Fixture.clock(), ids: SequentialIdSource(), language: language)
            XCTAssertNil(storageError { try store.save(demo) })
            XCTAssertEqual(store.loadAll().sites, [demo], "\(language)")
        }
    }
}
