import Foundation
import XCTest
@testable import OnsiteCore

/// Files written by the first schema must load for ever: this fixture is never edited.
/// When the schema changes, the migration is tested here against it.
final class SchemaFixtureTests: StorageTestCase {
    private func fixture(_ name: String) throws -> Data {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return try Data(contentsOf: url)
    }

    func testASchemaOneSiteWithItsStandardCopyLoads() throws {
        try directory.prepare()
        try FileManager.default.createDirectory(at: directory.siteFolder("demo"), withIntermediateDirectories: true)
        try fixture("site-schema-1.json").write(to: directory.siteFile("demo"))
        try fixture("standard-schema-1.toml").write(to: directory.standardFile("demo"))

        let loaded = store.loadAll()
        XCTAssertEqual(loaded.problems, [])
        let site = try XCTUnwrap(loaded.sites.first)
        XCTAssertEqual(site.schema, 2, "read as the current schema, so it is written back as schema 2")
        XCTAssertEqual(site.days, [], "schema 1 had no days")
        XCTAssertEqual(site.registers, SiteRegisters(), "nor registers")
        XCTAssertTrue(site.isDemo)
        XCTAssertEqual(site.profile.crew.count, 4)
        XCTAssertEqual(site.arrival.clientRules.count, 4)
        XCTAssertEqual(site.arrival.acknowledgments.count, 2)
        XCTAssertEqual(site.arrival.custody.first?.responsible, "Ana Lima")
        XCTAssertEqual(site.arrival.record(for: "bring-spare-parts").state, .notApplicable)
        XCTAssertEqual(site.arrival.record(for: "bring-spare-parts").reason, "Client supplies its own spare parts")
        let standard = try XCTUnwrap(loaded.standards[site.standard.sha256]?.standard)
        XCTAssertEqual(standard.id, "onsite-default")
        XCTAssertTrue(site.isResolved(try XCTUnwrap(standard.arrivalItem("areas-agreed"))))
        XCTAssertFalse(site.isArrivalComplete(standard))
    }
}
