import Foundation
import XCTest
@testable import OnsiteCore

/// The service standard: the built-in one, and the problems a hand-written file can have.
final class StandardLoaderTests: XCTestCase {
    /// A small valid standard; tests break it one way at a time.
    private let small = """
        schema = 1
        id = "small"
        version = 3
        name = { en = "Small standard", zh = "小标准" }

        [[arrival]]
        id = "bring"
        title = { en = "Brought", zh = "携带" }

          [[arrival.items]]
          id = "bring-tools"
          kind = "check"
          required = true
          title = { en = "Tools", zh = "工具" }

          [[arrival.items]]
          id = "rules-briefed"
          kind = "client-rules"
          required = false
          title = { en = "Rules", zh = "规定" }
          help = { en = "Ask for them", zh = "请客户介绍" }

        [[rules]]
        id = "dress"
        title = { en = "Dress", zh = "着装" }
        rules = [ { en = "Work clothes", zh = "工作服" } ]
        """

    private func errors(_ text: String) -> [StandardError] {
        do {
            _ = try StandardLoader.load(toml: text)
            XCTFail("expected the standard to be refused")
            return []
        } catch {
            return error.errors
        }
    }

    private func messages(_ text: String) -> [String] { errors(text).map(\.message) }

    func testTheSmallStandardLoads() throws {
        let standard = try StandardLoader.load(toml: small)
        XCTAssertEqual(standard.reference.id, "small")
        XCTAssertEqual(standard.reference.version, 3)
        XCTAssertEqual(standard.reference.sha256.count, 64, "a site records the SHA-256 of the exact text")
        XCTAssertEqual(standard.name, LocalizedText(en: "Small standard", zh: "小标准"))
        XCTAssertEqual(standard.arrivalItems.map(\.id), ["bring-tools", "rules-briefed"])
        XCTAssertEqual(standard.arrivalItem("rules-briefed")?.kind, .clientRules)
        XCTAssertEqual(standard.arrivalItem("rules-briefed")?.required, false)
        XCTAssertEqual(standard.arrivalItem("rules-briefed")?.help?.text(in: .chinese), "请客户介绍")
        XCTAssertNil(standard.arrivalItem("bring-tools")?.help)
        XCTAssertEqual(standard.siteRules.first?.rules, [LocalizedText(en: "Work clothes", zh: "工作服")])
        XCTAssertNil(standard.arrivalItem("nope"))
    }

    func testTheDefaultStandardLoadsWithTwelveBringItems() throws {
        let standard = try StandardLoader.load(toml: DefaultStandard.toml)
        XCTAssertEqual(standard, StandardLoader.defaultStandard())
        XCTAssertEqual(standard.reference.id, "onsite-default")
        XCTAssertEqual(standard.reference.version, 3)
        XCTAssertEqual(standard.arrival.map(\.id), ["bring", "introduce", "client-rules", "areas", "liaisons"])
        let bring = try XCTUnwrap(standard.arrival.first { $0.id == "bring" })
        XCTAssertEqual(bring.items.count, 12)
        XCTAssertTrue(bring.items.allSatisfy { $0.kind == .check && $0.required })
        XCTAssertEqual(standard.arrivalItem("client-rules-relayed")?.kind, .relayToCrew)
        XCTAssertEqual(standard.arrivalItem("areas-agreed")?.kind, .areas)
        XCTAssertEqual(standard.arrivalItem("liaisons-introduced")?.kind, .liaisons)
        XCTAssertEqual(standard.siteRules.map(\.id), ["dress", "behaviour", "five-s", "proactive"])
        XCTAssertEqual(standard.siteRules.map(\.rules.count), [4, 10, 9, 10])
    }

    func testTheDefaultStandardHasUniqueIds() {
        let standard = StandardLoader.defaultStandard()
        let ids = standard.arrival.map(\.id) + standard.arrivalItems.map(\.id) + standard.siteRules.map(\.id) + standard.cleanup.map(\.id)
        XCTAssertEqual(ids.count, 5 + 20 + 4 + 8)
        XCTAssertEqual(Set(ids).count, ids.count, "duplicates: \(Dictionary(grouping: ids) { $0 }.filter { $1.count > 1 }.keys)")
    }

    func testEveryTextOfTheDefaultStandardHasEnglishAndChinese() {
        let standard = StandardLoader.defaultStandard()
        var texts: [(String, LocalizedText)] = [("name", standard.name)]
        for section in standard.arrival {
            texts.append((section.id, section.title))
            for item in section.items {
                texts.append((item.id, item.title))
                if let help = item.help { texts.append((item.id + " help", help)) }
            }
        }
        for section in standard.siteRules {
            texts.append((section.id, section.title))
            texts += section.rules.enumerated().map { ("\(section.id) rule \($0.offset + 1)", $0.element) }
        }
        XCTAssertGreaterThan(texts.count, 50)
        for (place, text) in texts {
            XCTAssertFalse(text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(place) English")
            XCTAssertFalse(text.zh.trimmingCharacters(in: .whitespaces).isEmpty, "\(place) Chinese")
            XCTAssertTrue(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(place) is written in Chinese")
            XCTAssertEqual(text.text(in: .english), text.en)
        }
    }

    func testASyntaxErrorGivesItsLineAndColumn() {
        let broken = small.replacingOccurrences(of: #"version = 3"#, with: #"version = = 3"#)
        let found = errors(broken)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.line, 3, found.first?.message ?? "")
        XCTAssertNotNil(found.first?.column)
        XCTAssertFalse(found.first?.message.isEmpty ?? true)
    }

    func testAnUnclosedStringIsASyntaxErrorOnItsLine() {
        let broken = small.replacingOccurrences(of: #"id = "bring-tools""#, with: #"id = "bring-tools"#)
        XCTAssertEqual(errors(broken).first?.line, 11)
    }

    func testADuplicateIdIsReportedOnTheLineOfTheSecondUse() {
        let duplicate = small.replacingOccurrences(of: #"id = "rules-briefed""#, with: #"id = "bring-tools""#)
        let found = errors(duplicate)
        XCTAssertEqual(found.map(\.message), [#"duplicate id "bring-tools" (first used on line 11)"#])
        XCTAssertEqual(found.first?.line, 17)
        XCTAssertEqual(found.first?.column, 3)
        let sectionClash = small.replacingOccurrences(of: #"id = "dress""#, with: #"id = "bring""#)
        XCTAssertEqual(messages(sectionClash), [#"duplicate id "bring" (first used on line 7)"#])
    }

    func testAnEmptyOrMissingTranslationIsReportedWhereItIs() {
        let empty = small.replacingOccurrences(of: #"zh = "工具""#, with: #"zh = "  ""#)
        XCTAssertEqual(messages(empty), [#"item "bring-tools" title: the Chinese text (zh) is missing or empty"#])
        XCTAssertEqual(errors(empty).first?.line, 14, "the title line of that item")
        let emptyRule = small.replacingOccurrences(of: #"zh = "工作服""#, with: #"zh = """#)
        XCTAssertEqual(messages(emptyRule), [#"rules section "dress" rule 1: the Chinese text (zh) is missing or empty"#])
        XCTAssertEqual(errors(emptyRule).first?.line, 26)
        let emptyEnglish = small.replacingOccurrences(of: #"en = "Small standard""#, with: #"en = """#)
        XCTAssertEqual(messages(emptyEnglish), ["the standard's name: the English text (en) is missing or empty"])
        XCTAssertEqual(errors(emptyEnglish).first?.line, 4)
        let missingZh = small.replacingOccurrences(of: #"name = { en = "Small standard", zh = "小标准" }"#,
                                                   with: #"name = { en = "Small standard" }"#)
        XCTAssertEqual(messages(missingZh), ["the standard's name: the Chinese text (zh) is missing or empty"])
    }

    func testARuleInAListOverSeveralLinesIsPlacedOnItsOwnLine() {
        let text = DefaultStandard.toml.replacingOccurrences(of: #"zh = "爱护公物,不随意损坏公共财物。""#, with: #"zh = """#)
        let found = errors(text)
        XCTAssertEqual(found.map(\.message), [#"rules section "behaviour" rule 8: the Chinese text (zh) is missing or empty"#])
        let expected = text.components(separatedBy: "\n").firstIndex { $0.contains("Take care of public property") }.map { $0 + 1 }
        XCTAssertEqual(found.first?.line, expected)
        XCTAssertEqual(found.first?.column, 3)
    }

    func testAnUnknownFieldAndAWrongTypeAreReportedWithTheirLines() {
        let unknown = small.replacingOccurrences(of: "  required = true\n", with: "  required = true\n  colour = \"red\"\n")
        XCTAssertEqual(messages(unknown), [#"item "bring-tools": unknown field "colour" (expected help, id, kind, required, title)"#])
        XCTAssertEqual(errors(unknown).first?.line, 14)
        let wrongType = small.replacingOccurrences(of: "  required = true\n", with: "  required = \"yes\"\n")
        XCTAssertEqual(messages(wrongType), [#"item "bring-tools": required must be true or false"#])
        XCTAssertEqual(errors(wrongType).first?.line, 13)
    }

    func testAMissingKindMeansAPlainTickAndAMissingIdIsReported() throws {
        let missingKind = small.replacingOccurrences(of: "kind = \"check\"\n", with: "")
        XCTAssertEqual(try StandardLoader.load(toml: missingKind).arrivalItem("bring-tools")?.kind, .check)
        let missingID = small.replacingOccurrences(of: #"id = "bring-tools""#, with: "")
        XCTAssertEqual(messages(missingID), ["item 1 of arrival section \"bring\": missing \"id\""])
    }

    func testTheEmbeddedStandardIsTheFileInStandardsFolder() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("standards/onsite-default.toml")
        XCTAssertEqual(DefaultStandard.toml + "\n", try String(contentsOf: file, encoding: .utf8),
                       "standards/onsite-default.toml changed: run scripts/embed-data.sh")
    }

    func testTheProactiveServiceRulesAreAnOptionalSection() throws {
        let proactive = try XCTUnwrap(StandardLoader.defaultStandard().siteRules.first { $0.id == "proactive" })
        XCTAssertTrue(proactive.optional)
        XCTAssertEqual(proactive.rules.count, 10)
        XCTAssertFalse(StandardLoader.defaultStandard().siteRules.first { $0.id == "five-s" }?.optional ?? true)
        let wrong = small.replacingOccurrences(of: #"id = "dress""#, with: "id = \"dress\"\noptional = \"maybe\"")
        XCTAssertEqual(messages(wrong), [#"rules section "dress": optional must be true or false"#])
    }

    func testAnUnknownKindIsReported() {
        let unknown = small.replacingOccurrences(of: #"kind = "check""#, with: #"kind = "photo""#)
        XCTAssertEqual(errors(unknown).count, 1)
    }

    func testAnEmptySectionIsReported() {
        var lines = small.components(separatedBy: "\n")
        // Drop both items of "bring" and give it an empty list instead.
        let start = lines.firstIndex { $0.contains("[[arrival.items]]") }!
        let end = lines.firstIndex { $0.hasPrefix("[[rules]]") }!
        lines.replaceSubrange(start..<end, with: ["items = []", ""])
        XCTAssertEqual(messages(lines.joined(separator: "\n")), [#"arrival section "bring" has no items"#])
    }

    func testAStandardWithNoArrivalSectionsIsReported() {
        let noArrival = """
            schema = 1
            id = "x"
            version = 1
            name = { en = "X", zh = "某" }
            arrival = []
            rules = []
            """
        XCTAssertEqual(messages(noArrival), [#""arrival" has no sections"#])
    }

    func testAnUnsupportedSchemaIsReported() {
        let future = small.replacingOccurrences(of: "schema = 1", with: "schema = 2")
        XCTAssertEqual(messages(future), ["schema 2 is not supported (this program reads schema 1)"])
    }

    func testEveryProblemIsListedAtOnce() {
        let many = small
            .replacingOccurrences(of: "schema = 1", with: "schema = 7")
            .replacingOccurrences(of: #"zh = "工具""#, with: #"zh = """#)
            .replacingOccurrences(of: #"id = "dress""#, with: #"id = "bring-tools""#)
        XCTAssertEqual(Set(messages(many)), [
            "schema 7 is not supported (this program reads schema 1)",
            #"item "bring-tools" title: the Chinese text (zh) is missing or empty"#,
            #"duplicate id "bring-tools" (first used on line 11)"#,
        ])
    }
}
