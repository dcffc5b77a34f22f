import Foundation
import XCTest
@testable import OnsiteCore

/// The standard's daily part: cleanup checklist, safety points, PPE, what loses and wins a client's trust.
final class StandardDailyTests: XCTestCase {
    /// A small valid standard with a daily part; tests break it one way at a time.
    private let small = """
        schema = 1
        id = "small"
        version = 1
        name = { en = "Small standard", zh = "小标准" }

        [[arrival]]
        id = "bring"
        title = { en = "Brought", zh = "携带" }

          [[arrival.items]]
          id = "bring-tools"
          title = { en = "Tools", zh = "工具" }

        [daily]
        safety = [
          { en = "Wear a helmet", zh = "戴安全帽" },  # a comment, [with brackets], and commas
          { en = "Keep exits clear, [always]", zh = "保持出口畅通" },
          { en = "Lock out, then work", zh = "先上锁再作业" },
        ]
        ppe = [ { en = "Helmet", zh = "安全帽" }, { en = "Shoes", zh = "安全鞋" } ]
        trust-lost = [ { en = "Breaking a promise", zh = "不守信用" } ]
        trust-won = [ { en = "Careful work", zh = "认真踏实" } ]

          [[daily.cleanup]]
          id = "cleanup-floor"
          title = { en = "Floor clean", zh = "地面整洁" }
          help = { en = "Swept", zh = "已清扫" }

          [[daily.cleanup]]
          id = "cleanup-tools"
          title = { en = "Tools back", zh = "工具归位" }
        """

    /// Everything but the daily part.
    private var withoutDaily: String { String(small[..<small.range(of: "[daily]")!.lowerBound]) }

    private func errors(_ text: String) -> [StandardError] {
        do {
            _ = try StandardLoader.load(toml: text)
            XCTFail("expected the standard to be refused")
            return []
        } catch {
            return error.errors
        }
    }

    /// The line (from 1) of the first line of `text` containing `needle`.
    private func line(of needle: String, in text: String) -> Int {
        (text.components(separatedBy: "\n").firstIndex { $0.contains(needle) } ?? -1) + 1
    }

    // MARK: - The built-in standard

    func testTheDefaultStandardHasTheDailyListsInBothLanguages() throws {
        let standard = StandardLoader.defaultStandard()
        XCTAssertEqual(standard.version, 3)
        XCTAssertEqual(standard.cleanup.map(\.id), [
            "cleanup-passages", "cleanup-floor", "cleanup-tools", "cleanup-documents",
            "cleanup-borrowed", "cleanup-waste", "cleanup-product", "cleanup-fixtures",
        ])
        XCTAssertTrue(standard.cleanup.allSatisfy { $0.kind == .check && $0.required && $0.help != nil })
        XCTAssertEqual(standard.safetyPoints.count, 8)
        XCTAssertEqual(standard.ppe.count, 6)
        XCTAssertEqual(standard.trustLost.count, 10, "the ten ways to lose a client's trust")
        XCTAssertEqual(standard.trustWon.count, 14, "the fourteen ways to win it")
        XCTAssertEqual(standard.cleanupItem("cleanup-waste")?.title, LocalizedText(en: "Waste and scrap removed", zh: "废品废料已清运"))
        XCTAssertNil(standard.cleanupItem("bring-toolbox"), "arrival items are not cleanup items")
        XCTAssertEqual(standard.ppe.first, LocalizedText(en: "Safety helmet", zh: "安全帽"))
        XCTAssertTrue(standard.trustLost.contains(LocalizedText(en: "Breaking a promise", zh: "不守信用")))

        var texts: [(String, LocalizedText)] = []
        for item in standard.cleanup {
            texts.append((item.id, item.title))
            texts.append((item.id + " help", try XCTUnwrap(item.help)))
        }
        texts += standard.safetyPoints.enumerated().map { ("safety \($0.offset + 1)", $0.element) }
        texts += standard.ppe.enumerated().map { ("ppe \($0.offset + 1)", $0.element) }
        texts += standard.trustLost.enumerated().map { ("trust-lost \($0.offset + 1)", $0.element) }
        texts += standard.trustWon.enumerated().map { ("trust-won \($0.offset + 1)", $0.element) }
        XCTAssertEqual(texts.count, 16 + 8 + 6 + 10 + 14)
        let han = { (text: String) in text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        for (place, text) in texts {
            XCTAssertFalse(text.en.trimmed.isEmpty, "\(place) English")
            XCTAssertFalse(han(text.en), "\(place) English is written in English")
            XCTAssertTrue(han(text.zh), "\(place) is written in Chinese")
        }
        XCTAssertEqual(Set(standard.safetyPoints).count, 8)
        XCTAssertEqual(Set(standard.trustLost + standard.trustWon).count, 24, "no entry is both")
    }

    // MARK: - Reading a daily part

    func testADailyPartIsRead() throws {
        let standard = try StandardLoader.load(toml: small)
        XCTAssertEqual(standard.safetyPoints.map(\.en), ["Wear a helmet", "Keep exits clear, [always]", "Lock out, then work"])
        XCTAssertEqual(standard.ppe.map(\.zh), ["安全帽", "安全鞋"])
        XCTAssertEqual(standard.trustLost, [LocalizedText(en: "Breaking a promise", zh: "不守信用")])
        XCTAssertEqual(standard.trustWon, [LocalizedText(en: "Careful work", zh: "认真踏实")])
        XCTAssertEqual(standard.cleanup.map(\.id), ["cleanup-floor", "cleanup-tools"])
        XCTAssertEqual(standard.cleanupItem("cleanup-floor")?.help?.text(in: .chinese), "已清扫")
        XCTAssertNil(standard.cleanupItem("cleanup-tools")?.help)
        XCTAssertTrue(standard.cleanup.allSatisfy { $0.kind == .check && $0.required }, "a cleanup item is a required tick")
    }

    func testAMissingTranslationInADailyListIsPlacedOnItsElement() {
        let third = small.replacingOccurrences(of: #"{ en = "Lock out, then work", zh = "先上锁再作业" }"#, with: #"{ en = "Lock out, then work" }"#)
        let found = errors(third)
        XCTAssertEqual(found.map(\.message), ["daily safety point 3: the Chinese text (zh) is missing or empty"])
        XCTAssertEqual(found.first?.line, 18)
        XCTAssertEqual(found.first?.column, 3, "where the element's { stands")
        let second = small.replacingOccurrences(of: #"{ en = "Shoes", zh = "安全鞋" }"#, with: #"{ en = "Shoes", zh = " " }"#)
        XCTAssertEqual(errors(second).map(\.message), ["daily PPE item 2: the Chinese text (zh) is missing or empty"])
        XCTAssertEqual(errors(second).first?.line, 20)
        XCTAssertEqual(errors(second).first?.column, 40, "the second element of a one-line list")
        let english = small.replacingOccurrences(of: #"en = "Careful work", "#, with: "")
        XCTAssertEqual(errors(english).map(\.message), ["daily trust-won entry 1: the English text (en) is missing or empty"])
        XCTAssertEqual(errors(english).first?.line, 22)
    }

    func testAMissingTranslationInACleanupItemIsPlacedOnItsField() {
        let broken = small.replacingOccurrences(of: #"zh = "工具归位""#, with: #"zh = """#)
        let found = errors(broken)
        XCTAssertEqual(found.map(\.message), [#"cleanup item "cleanup-tools" title: the Chinese text (zh) is missing or empty"#])
        XCTAssertEqual(found.first?.line, line(of: #"en = "Tools back""#, in: small))
        XCTAssertEqual(found.first?.column, 3)
    }

    func testUnknownFieldsInTheDailyPartAreReportedWithTheirPlaces() {
        let inDaily = small.replacingOccurrences(of: "trust-won = [", with: "trust_won = [")
        let found = errors(inDaily)
        XCTAssertEqual(found.map(\.message), [#"[daily]: unknown field "trust_won" (expected cleanup, ppe, safety, trust-lost, trust-won)"#])
        XCTAssertEqual(found.first?.line, 22)
        XCTAssertEqual(found.first?.column, 1)

        let inItem = small.replacingOccurrences(of: "  id = \"cleanup-tools\"\n", with: "  id = \"cleanup-tools\"\n  kind = \"check\"\n")
        XCTAssertEqual(errors(inItem).map(\.message), [#"cleanup item "cleanup-tools": unknown field "kind" (expected help, id, title)"#])
        XCTAssertEqual(errors(inItem).first?.line, line(of: "kind =", in: inItem))
        XCTAssertEqual(errors(inItem).first?.column, 3)

        let inElement = small.replacingOccurrences(of: #"zh = "保持出口畅通" }"#, with: #"zh = "保持出口畅通", fr = "Sorties" }"#)
        XCTAssertEqual(errors(inElement).map(\.message), [#"daily safety point 2: unknown field "fr" (expected en, zh)"#])
        XCTAssertEqual(errors(inElement).first?.line, 17, "the element's own line")
        XCTAssertEqual(errors(inElement).first?.column, 3)

        let topLevel = small.replacingOccurrences(of: "[daily]", with: "[dialy]")
        XCTAssertEqual(errors(topLevel).map(\.message).first, #"the file: unknown field "dialy" (expected arrival, daily, exit, id, name, rules, schema, version)"#)
    }

    func testADuplicateCleanupIdIsReportedOnTheLineOfTheSecondUse() {
        let withinCleanup = small.replacingOccurrences(of: #"id = "cleanup-tools""#, with: #"id = "cleanup-floor""#)
        let found = errors(withinCleanup)
        XCTAssertEqual(found.map(\.message), [#"duplicate id "cleanup-floor" (first used on line 25)"#])
        XCTAssertEqual(found.first?.line, 30)
        XCTAssertEqual(found.first?.column, 3)
        let withArrival = small.replacingOccurrences(of: #"id = "cleanup-floor""#, with: #"id = "bring-tools""#)
        XCTAssertEqual(errors(withArrival).map(\.message), [#"duplicate id "bring-tools" (first used on line 11)"#])
        XCTAssertEqual(errors(withArrival).first?.line, 25)
    }

    func testEmptyOrMisshapenDailyListsAreReported() {
        let empty = small.replacingOccurrences(of: #"trust-lost = [ { en = "Breaking a promise", zh = "不守信用" } ]"#, with: "trust-lost = []")
        XCTAssertEqual(errors(empty).map(\.message), ["daily trust-lost is empty (leave it out to use the built-in list)"])
        XCTAssertEqual(errors(empty).first?.line, 21)
        let text = small.replacingOccurrences(of: #"ppe = [ { en = "Helmet", zh = "安全帽" }, { en = "Shoes", zh = "安全鞋" } ]"#, with: #"ppe = "helmet""#)
        XCTAssertEqual(errors(text).map(\.message), [#"daily ppe must be a list like [ { en = "…", zh = "…" } ]"#])
        XCTAssertEqual(errors(text).first?.line, 20)
        let plain = small.replacingOccurrences(of: #"{ en = "Helmet", zh = "安全帽" }"#, with: #""Helmet""#)
        XCTAssertEqual(errors(plain).map(\.message), [#"daily PPE item 1: must be a table like { en = "…", zh = "…" }"#])
        XCTAssertEqual(errors(plain).first?.line, 20)
        XCTAssertEqual(errors(plain).first?.column, 9)
        let notATable = withoutDaily.replacingOccurrences(of: "version = 1\n", with: "version = 1\ndaily = 3\n")
        XCTAssertEqual(errors(notATable).map(\.message), [#""daily" must be a table ([daily])"#])
        XCTAssertEqual(errors(notATable).first?.line, 4)
    }

    // MARK: - Older standards

    func testAStandardWithoutADailyPartLoadsAndIsCompletedFromTheDefault() throws {
        let old = try StandardLoader.load(toml: withoutDaily)
        XCTAssertTrue(old.cleanup.isEmpty && old.safetyPoints.isEmpty && old.ppe.isEmpty && old.trustLost.isEmpty && old.trustWon.isEmpty)
        let fallback = StandardLoader.defaultStandard()
        let completed = old.completed(with: fallback)
        XCTAssertEqual(completed.cleanup, fallback.cleanup)
        XCTAssertEqual(completed.safetyPoints, fallback.safetyPoints)
        XCTAssertEqual(completed.ppe, fallback.ppe)
        XCTAssertEqual(completed.trustLost, fallback.trustLost)
        XCTAssertEqual(completed.trustWon, fallback.trustWon)
        XCTAssertEqual(completed.reference, old.reference, "the site still names the text it started with")
        XCTAssertEqual(completed.arrival, old.arrival)
    }

    func testCompletingKeepsTheListsAStandardHasAndFillsOnlyTheOthers() throws {
        let partial = try StandardLoader.load(toml: withoutDaily + "[daily]\nppe = [ { en = \"Ear plugs\", zh = \"耳塞\" } ]\n")
        let completed = partial.completed(with: StandardLoader.defaultStandard())
        XCTAssertEqual(completed.ppe, [LocalizedText(en: "Ear plugs", zh: "耳塞")])
        XCTAssertEqual(completed.cleanup.count, 8)
        XCTAssertEqual(completed.trustWon.count, 14)
        let full = try StandardLoader.load(toml: small)
        var expected = full
        // The small standard has no [exit] part: only its service levels and factors are filled.
        expected.serviceLevels = StandardLoader.defaultStandard().serviceLevels
        expected.satisfactionFactors = StandardLoader.defaultStandard().satisfactionFactors
        XCTAssertEqual(full.completed(with: StandardLoader.defaultStandard()), expected, "nothing else to fill")
    }

    func testTheFirstDefaultStandardStillLoadsAndIsCompleted() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/standard-schema-1.toml")
        let first = try StandardLoader.load(toml: String(contentsOf: url, encoding: .utf8))
        XCTAssertEqual(first.version, 1)
        XCTAssertTrue(first.cleanup.isEmpty)
        XCTAssertEqual(first.completed(with: StandardLoader.defaultStandard()).cleanup.map(\.id).first, "cleanup-passages")
    }

    // MARK: - Placing elements

    func testTheLocatorFindsListElementsPastStringsAndComments() {
        let locator = TOMLLocator("""
            a = [ "x, ]", 'y # ]' , # comment, ]
              { k = "}" },
              [1, 2],
              \"\"\"multi, ] \"\"\",
            ]
            b = "not a list"
            """)
        XCTAssertEqual(locator.position(ofElement: 0, inArrayOn: 1)?.line, 1)
        XCTAssertEqual(locator.position(ofElement: 0, inArrayOn: 1)?.column, 7)
        XCTAssertEqual(locator.position(ofElement: 1, inArrayOn: 1)?.column, 15)
        XCTAssertEqual(locator.position(ofElement: 2, inArrayOn: 1)?.line, 2)
        XCTAssertEqual(locator.position(ofElement: 3, inArrayOn: 1)?.line, 3)
        XCTAssertEqual(locator.position(ofElement: 4, inArrayOn: 1)?.line, 4)
        XCTAssertNil(locator.position(ofElement: 5, inArrayOn: 1), "past the end")
        XCTAssertNil(locator.position(ofElement: 0, inArrayOn: 6), "not a list")
        XCTAssertEqual(locator.line(ofHeader: "daily"), nil)
        XCTAssertEqual(TOMLLocator("x = 1\n [ daily ] # part\n").line(ofHeader: "daily"), 2)
    }
}
