import Foundation
import XCTest
@testable import OnsiteCore

/// `site.json` put together problem by problem is the file `JSONEncoder` writes for the whole site, byte for byte.
final class SiteEncoderTests: XCTestCase {
    private var folder: URL!

    override func setUp() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-site-encoder-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func whole(_ site: Site) throws -> Data { try JSONFormat.encode(site, userInfo: [Site.daysApart: true]) }

    private func generatedSite() throws -> Site {
        let directory = DataDirectory(root: folder)
        try directory.prepare()
        let store = SiteStore(directory: directory, clock: Fixture.clock())
        _ = try SiteGenerator.generate(SiteGenerator.Options(days: 30, today: LocalDate(year: 2026, month: 11, day: 23), seed: 11),
                                       store: store, signer: Fixture.signer)
        return try XCTUnwrap(store.loadAll().sites.first)
    }

    func testTheFileIsTheWholeEncodingAsProblemsChangeComeAndGo() throws {
        var site = try generatedSite()
        XCTAssertGreaterThan(site.registers.problems.count, 5)
        let encoder = SiteEncoder()
        XCTAssertEqual(try encoder.encode(site), try whole(site), "first encoding")
        XCTAssertEqual(try encoder.encode(site), try whole(site), "every problem taken from the last encoding")
        // One problem changed, with text that needs escaping and lines of its own; one removed; one added.
        site.registers.problems[2].description = "Guard \"B\" loose\nsecond line — 第二行 \\ / \u{7}"
        XCTAssertEqual(try encoder.encode(site), try whole(site), "a changed problem")
        let removed = site.registers.problems.remove(at: 0)
        XCTAssertEqual(try encoder.encode(site), try whole(site), "a problem removed")
        var added = removed
        added.id = "added-problem"
        site.registers.problems.append(added)
        XCTAssertEqual(try encoder.encode(site), try whole(site), "a problem added")
        site.registers.problems = []
        XCTAssertEqual(try encoder.encode(site), try whole(site), "no problem left")
    }

    func testTheChineseDemoSiteIsEncodedTheSame() throws {
        var site = DemoSite.make(standard: StandardLoader.defaultStandard(), clock: Fixture.clock(), ids: SequentialIdSource(), language: .chinese)
        let encoder = SiteEncoder()
        XCTAssertEqual(try encoder.encode(site), try whole(site))
        if !site.registers.problems.isEmpty {
            site.registers.problems[0].description += " 已更新"
            XCTAssertEqual(try encoder.encode(site), try whole(site))
        }
    }
}
