import XCTest
@testable import OnsiteCore

/// The demo site: half-way through arrival, in either language, always marked as a demo.
final class DemoSiteTests: XCTestCase {
    private let standard = Fixture.standard

    private func demo(_ language: Language) -> Site {
        DemoSite.make(standard: standard, clock: Fixture.clock(), ids: SequentialIdSource(prefix: "d"), language: language)
    }

    private func containsChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    func testTheDemoIsMarkedAsADemo() {
        for language in Language.allCases {
            let site = demo(language)
            XCTAssertTrue(site.isDemo, "\(language)")
            XCTAssertEqual(site.id, DemoSite.id)
            XCTAssertEqual(site.schema, Site.currentSchema)
            XCTAssertEqual(site.standard, standard.reference)
        }
    }

    func testTheDemoIsHalfWayThroughArrivalInBothLanguages() {
        for language in Language.allCases {
            let site = demo(language)
            let progress = site.arrivalProgress(standard)
            XCTAssertGreaterThan(progress.resolved, 0, "\(language)")
            XCTAssertLessThan(progress.resolved, progress.total, "\(language)")
            XCTAssertEqual(progress, Progress(resolved: 16, total: 20), "\(language)")
            XCTAssertFalse(site.isArrivalComplete(standard))
            XCTAssertEqual(site.arrivalMissing(standard).map(\.item.id),
                           ["bring-spare-parts", "introduce-confirm-plan", "client-rules-relayed", "areas-agreed"], "\(language)")
        }
    }

    func testTheDemoShowsEachKindOfGap() throws {
        let site = demo(.english)
        let missing = Dictionary(uniqueKeysWithValues: site.arrivalMissing(standard).map { ($0.item.id, $0.gaps) })
        XCTAssertEqual(missing["client-rules-relayed"],
                       [.itemOpen(itemID: "client-rules-relayed"), .notAcknowledged(names: ["Wei Zhang", "Sam Okafor"])])
        XCTAssertEqual(missing["areas-agreed"], [.itemOpen(itemID: "areas-agreed"), .storageAreaMissing, .custodyMissing])
        XCTAssertEqual(site.arrival.clientRules.count, 4)
        XCTAssertTrue(site.arrival.rulesInWriting)
        XCTAssertFalse(site.arrival.record(for: "bring-spare-parts").note.isEmpty, "explains why the spare parts are open")
    }

    func testEnglishDemoHasEnglishNamesAndChineseDemoHasChineseNames() {
        let english = demo(.english)
        XCTAssertEqual(english.profile.crewLeader?.name, "Tom Baker")
        XCTAssertFalse(containsChinese(english.profile.name))
        XCTAssertFalse(english.profile.crew.contains { containsChinese($0.name) })

        let chinese = demo(.chinese)
        XCTAssertEqual(chinese.profile.crewLeader?.name, "王强")
        for text in [chinese.profile.name, chinese.profile.client, chinese.profile.address, chinese.arrival.workArea]
            + chinese.profile.crew.map(\.name) + chinese.profile.liaisons.map(\.name) + chinese.arrival.clientRules.map(\.text) {
            XCTAssertTrue(containsChinese(text), text)
        }
    }

    func testTheDemoIsDatedFromTheClock() {
        let site = demo(.english)
        XCTAssertEqual(site.profile.plannedStart, LocalDate(year: 2026, month: 11, day: 23))
        XCTAssertEqual(site.profile.plannedEnd, LocalDate(year: 2026, month: 12, day: 17))
        XCTAssertEqual(site.createdAt.isoText, "2026-11-23T05:35:00+08:00")
        let done = site.arrival.record(for: "bring-toolbox")
        XCTAssertEqual(done.by, "Tom Baker")
        XCTAssertEqual(done.at?.offsetSeconds, 8 * 3600)
        XCTAssertLessThan(try XCTUnwrap(done.at), Timestamp(clock: Fixture.clock()))
    }

    func testTheDemoTakesItsIdsFromTheIdSource() {
        let site = demo(.english)
        XCTAssertEqual(site.profile.crew.map(\.id), ["d-1", "d-2", "d-3", "d-4"])
        XCTAssertEqual(site.profile.liaisons.map(\.id), ["d-5", "d-6"])
        XCTAssertEqual(site.arrival.clientRules.map(\.id), ["d-7", "d-8", "d-9", "d-10"])
    }

    func testTheDemoProfileIsAValidForm() {
        for language in Language.allCases {
            let profile = demo(language).profile
            XCTAssertEqual(try? SiteDraft(profile: profile).validate(ids: SequentialIdSource()).get(), profile, "\(language)")
        }
    }
}
