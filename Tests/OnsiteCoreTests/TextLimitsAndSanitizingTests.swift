import XCTest
@testable import OnsiteCore

/// Long notes, the length limit, and the cleaning of pasted control characters.
final class TextLimitsAndSanitizingTests: XCTestCase {
    private var site: Site!
    private let item = Fixture.item("bring-spare-parts")
    private let replacement = String(TextSanitizer.replacement)
    private var now: Timestamp { Timestamp(clock: Fixture.clock()) }

    override func setUp() {
        super.setUp()
        site = Fixture.site()
    }

    func testATenThousandCharacterNoteIsKeptWhole() {
        let note = String(repeating: "Seal kit 密封件 ", count: 10_000 / 13) + String(repeating: "x", count: 10_000 % 13)
        XCTAssertEqual(note.count, 10_000)
        XCTAssertNil(arrivalError { try site.setNote(note, for: item) })
        XCTAssertEqual(site.arrival.record(for: item.id).note, note)
        XCTAssertEqual(site.arrival.record(for: item.id).note.count, 10_000)
    }

    func testANoteAtTheLimitIsAcceptedAndOneOverIsRefusedKeepingThePreviousNote() {
        XCTAssertEqual(Site.maxTextLength, 20_000)
        XCTAssertNil(arrivalError { try site.setNote("Arrives Thursday", for: item) })
        let atLimit = String(repeating: "a", count: Site.maxTextLength)
        let overLimit = atLimit + "b"

        let before = site
        XCTAssertEqual(arrivalError { try site.setNote(overLimit, for: item) }, .textTooLong(limit: Site.maxTextLength))
        XCTAssertEqual(site, before)
        XCTAssertEqual(site.arrival.record(for: item.id).note, "Arrives Thursday")

        XCTAssertNil(arrivalError { try site.setNote(atLimit, for: item) })
        XCTAssertEqual(site.arrival.record(for: item.id).note, atLimit)
    }

    func testOverlongRuleAndReasonAreRefused() {
        let tooLong = String(repeating: "规", count: Site.maxTextLength + 1)
        XCTAssertEqual(arrivalError { try site.addClientRule(tooLong, id: "r-1", at: now) }, .textTooLong(limit: Site.maxTextLength))
        XCTAssertTrue(site.arrival.clientRules.isEmpty)
        XCTAssertEqual(arrivalError { try site.markNotApplicable(item, reason: tooLong, at: now) },
                       .textTooLong(limit: Site.maxTextLength))
        XCTAssertEqual(site.arrival.record(for: item.id).state, .open)
    }

    func testEmptyNoteClearsTheNote() {
        XCTAssertNil(arrivalError { try site.setNote("Something", for: item) })
        XCTAssertNil(arrivalError { try site.setNote("", for: item) })
        XCTAssertEqual(site.arrival.record(for: item.id).note, "")
    }

    func testPastedControlSequencesInARuleAreReplaced() {
        let pasted = "Clear\u{1b}[2J screen\rback\u{8}space\u{202E}reversed\u{9B}c1\u{7}bell"
        XCTAssertNil(arrivalError { try site.addClientRule(pasted, id: "r-1", at: now) })
        let r = replacement
        XCTAssertEqual(site.arrival.clientRules.first?.text,
                       "Clear\(r)[2J screen\(r)back\(r)space\(r)reversed\(r)c1\(r)bell")
    }

    func testSingleLineReplacesEveryKindOfUnsafeCharacter() {
        let unsafe: [String] = ["\u{0}", "\u{1b}", "\r", "\n", "\u{8}", "\u{7f}", "\u{85}", "\u{9b}", "\u{200B}", "\u{200E}",
                                "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{FEFF}", "\u{E0041}"]
        for character in unsafe {
            XCTAssertEqual(TextSanitizer.singleLine("a\(character)b"), "a\(replacement)b",
                           "U+\(String(character.unicodeScalars.first!.value, radix: 16))")
        }
        XCTAssertEqual(TextSanitizer.singleLine("a\tb"), "a b", "a tab becomes a space")
    }

    func testMultiLineKeepsNewlinesButCleansTheRest() {
        XCTAssertEqual(TextSanitizer.multiLine("one\r\ntwo\rthree\nfour"), "one\ntwo\nthree\nfour")
        XCTAssertEqual(TextSanitizer.multiLine("a\u{1b}[31mred\u{202E}"), "a\(replacement)[31mred\(replacement)")
    }

    func testNotesAreSanitisedWithTheirLineBreaksKept() {
        XCTAssertNil(arrivalError { try site.setNote("Seals\u{1b}[2J\r\nValves\u{8}", for: item) })
        XCTAssertEqual(site.arrival.record(for: item.id).note, "Seals\(replacement)[2J\nValves\(replacement)")
    }

    func testReasonsAndAreasAreSanitised() {
        XCTAssertNil(arrivalError { try site.markNotApplicable(item, reason: "Client\u{202E} supplies", at: now) })
        XCTAssertEqual(site.arrival.record(for: item.id).reason, "Client\(replacement) supplies")
        XCTAssertNil(arrivalError { try site.setWorkArea("Bay\u{1b}[1m 12") })
        XCTAssertEqual(site.arrival.workArea, "Bay\(replacement)[1m 12")
    }

    func testChineseAndMixedTextPassThroughIntact() {
        let texts = [
            "灌装车间内必须穿安全鞋、反光背心并佩戴护耳",
            "Line 3 三号线, bays 12–15 (蓝色围挡内) — «OK» café ½ 🚭",
            "人员须在7:45前于2号门登记进厂。",
        ]
        for text in texts {
            XCTAssertEqual(TextSanitizer.singleLine(text), text)
            XCTAssertEqual(TextSanitizer.multiLine(text), text)
        }
        XCTAssertNil(arrivalError { try site.addClientRule(texts[0], id: "r-1", at: now) })
        XCTAssertEqual(site.arrival.clientRules.first?.text, texts[0])
        XCTAssertNil(arrivalError { try site.setNote(texts[1] + "\n" + texts[2], for: item) })
        XCTAssertEqual(site.arrival.record(for: item.id).note, texts[1] + "\n" + texts[2])
    }
}
