import OnsiteCore
import XCTest
@testable import OnsiteUI

/// The standard screens read: a site's own copy, with the built-in daily lists where the copy has none.
final class AppStateStandardTests: XCTestCase {
    private let fixture = Fixture()

    /// A company standard written before the daily part existed.
    private func olderDocument() throws -> StandardDocument {
        let text = StandardLoader.defaultText
        let daily = try XCTUnwrap(text.range(of: "[daily]"))
        let head = String(text[..<daily.lowerBound])
        return try StandardLoader.document(toml: head.replacingOccurrences(of: #"id = "onsite-default""#, with: #"id = "acme""#))
    }

    func testASiteWhoseStandardHasNoDailyPartGetsTheBuiltInDailyLists() throws {
        let older = try olderDocument()
        XCTAssertTrue(older.standard.cleanup.isEmpty)
        var state = AppState(language: .english, standards: [older, StandardLoader.defaultDocument], sites: [],
                             width: 80, height: 24, today: Timestamp(clock: fixture.clock).localDate)
        var site = DemoSite.make(standard: fixture.standard, clock: fixture.clock, ids: fixture.ids, language: .english)
        site.standard = older.standard.reference
        state.store(site)

        let builtIn = StandardLoader.defaultStandard()
        let standard = state.standard(for: site.id)
        XCTAssertEqual(standard.id, "acme", "still the site's own copy")
        XCTAssertEqual(standard.sha256, older.standard.sha256)
        XCTAssertEqual(standard.cleanup, builtIn.cleanup)
        XCTAssertEqual(standard.safetyPoints, builtIn.safetyPoints)
        XCTAssertEqual(standard.ppe, builtIn.ppe)
        XCTAssertEqual(standard.trustLost, builtIn.trustLost)
        XCTAssertEqual(standard.trustWon, builtIn.trustWon)
        XCTAssertEqual(state.standard.id, "acme", "the first choice for new sites")
        XCTAssertEqual(state.standard.cleanup, builtIn.cleanup)
        XCTAssertEqual(state.standard(for: "no-such-site").trustWon, builtIn.trustWon)
    }

    func testTheBuiltInStandardIsReadAsItIs() {
        let state = fixture.state(demo: true)
        let site = state.sites[0]
        XCTAssertEqual(state.standard(for: site.id), StandardLoader.defaultStandard())
        XCTAssertEqual(state.standard, StandardLoader.defaultStandard())
    }
}
