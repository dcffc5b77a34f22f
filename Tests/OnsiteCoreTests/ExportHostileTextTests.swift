import Foundation
import XCTest
@testable import OnsiteCore

/// Names, notes and paths with HTML, quotes, commas, newlines and escape sequences come out escaped and harmless
/// in every format — also when a file was edited by hand, past the program's own input checks.
final class ExportHostileTextTests: XCTestCase {
    static let evil = "<script>alert(\"x\")</script> & 'q', a|b *c* _d_ [l](javascript:e) `f`\n# heading\n- item\r\n"
        + "1. first\n\u{1B}[31mRED\u{1B}[0m\u{7} \u{202E}evil\u{202C} 中文,逗号 =SUM(A1) \"quoted\" </style>"

    /// The open demo with the hostile text in every kind of field (written straight into the data, as a hand edit would).
    static func hostile() -> SiteExport {
        var export = ExportFixture.openDemo(.english)
        let evil = Self.evil
        export.site.profile.name = evil
        export.site.profile.client = evil
        export.site.profile.address = evil
        export.site.profile.crew[1].name = evil
        export.site.profile.liaisons[0].phone = evil
        export.site.arrival.clientRules[0].text = evil
        export.site.arrival.workArea = evil
        export.site.registers.problems[0].description = evil
        export.site.registers.problems[0].owner = evil
        export.site.registers.extraWork[0].description = evil
        export.site.registers.extraWork[0].quantity = evil
        export.site.registers.borrowings[0].item = evil
        export.site.registers.materials[0].item = evil
        export.site.registers.conduct[0].note = evil
        export.days[0].log[0].text = evil
        export.days[0].briefing.tasks[0].text = evil
        export.days[0].signOff?.clientName = evil
        export.days[0].amendments.append(Amendment(id: "a-1", text: evil, reason: evil, by: evil, at: export.days[0].openedAt))
        return SiteExport(site: export.site, days: export.days, standard: export.standard, language: .english, generatedAt: export.generatedAt)
    }

    func testHTMLEscapesEverythingAndStaysWellFormed() throws {
        let export = Self.hostile()
        for day in [nil, export.days[0].date] {
            let html = try XCTUnwrap(SiteExporter.files(export, format: .html, day: day).first).text
            XCTAssertFalse(html.contains("<script"), "a script element got through")
            XCTAssertFalse(html.contains("</style> "), "user text closed the style element")
            XCTAssertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
            XCTAssertTrue(html.contains("中文,逗号"))
            XCTAssertFalse(html.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{202E}" || $0 == "\r" })
            XCTAssertTrue(html.contains("\u{FFFD}[31mRED"), "the escape character is made visible")
            try ExportHTMLTests.assertWellFormed(html)
        }
    }

    func testMarkdownEscapesMarkupPipesAndLineBreaks() throws {
        let export = Self.hostile()
        let markdown = try XCTUnwrap(SiteExporter.files(export, format: .markdown).first).text
        XCTAssertFalse(markdown.replacingOccurrences(of: "\\<", with: "").contains("<script"), "an unescaped tag got through")
        XCTAssertFalse(markdown.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{202E}" || $0 == "\r" })
        XCTAssertTrue(markdown.contains("\\<script\\>alert(\"x\")\\</script\\> &amp; 'q', a\\|b \\*c\\* \\_d\\_ \\[l\\](javascript:e) \\`f\\`<br>\\# heading<br>\\- item<br>1\\. first"))
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertFalse(lines.contains { $0.hasPrefix("# heading") || $0.hasPrefix("- item") || $0.hasPrefix("1. first") })
        // Every row of a table has as many unescaped pipes as its header.
        var expected: Int?
        for line in lines {
            guard line.hasPrefix("|") else { expected = nil; continue }
            let pipes = Self.unescapedPipes(line)
            if let expected { XCTAssertEqual(pipes, expected, line) } else { expected = pipes }
        }
    }

    func testCSVQuotesEveryFieldAndReadsBackExactly() throws {
        let export = Self.hostile()
        let expected = ExportEscaping.clean(Self.evil)
        for file in SiteExporter.files(export, format: .csv) {
            XCTAssertFalse(file.data.contains(0x1B), file.name)
            let rows = try CSVReader.parse(String(file.text.dropFirst()))
            for row in rows { XCTAssertEqual(row.count, rows[0].count, file.name) }
            let cells = rows.dropFirst().flatMap { $0 }.map(CSVReader.unguarded)
            XCTAssertTrue(cells.contains(expected), "\(file.name) lost the text")
        }
    }

    func testJSONKeepsTheTextExactlyWithControlCharactersEscaped() throws {
        let export = Self.hostile()
        let data = try XCTUnwrap(SiteExporter.files(export, format: .json).first).data
        XCTAssertFalse(data.contains(0x1B))
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("\\u001b[31mRED"))
        struct Back: Decodable { var site: Site; var days: [WorkDay]; var schema: Int }
        let back = try JSONDecoder().decode(Back.self, from: data)
        XCTAssertEqual(back.site, export.site)
        XCTAssertEqual(back.days, export.days)
        XCTAssertEqual(back.schema, JSONExport.currentSchema)
    }

    func testEditedRecordsShowTheirFailedVerification() throws {
        let export = Self.hostile()
        let html = try XCTUnwrap(SiteExporter.files(export, format: .html).first).text
        XCTAssertTrue(html.contains("FAILED VERIFICATION"))
        XCTAssertTrue(html.contains("CHAIN BROKEN"))
    }

    func testAPathWithControlCharactersIsMadeVisibleInTheWriterMessage() {
        for message in [ExportError.exists("/tmp/a\"b\n\u{1B}[2J").message, ExportError.wrongKind("x\u{1B}]0;t\u{7}").message] {
            for text in [message.en, message.zh] {
                XCTAssertFalse(text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\n" || $0 == "\u{7}" }, text)
            }
        }
    }

    static func unescapedPipes(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count
    }
}
