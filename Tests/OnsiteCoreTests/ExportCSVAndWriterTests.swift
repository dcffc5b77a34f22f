import Foundation
import XCTest
@testable import OnsiteCore

/// CSV as a spreadsheet wants it (BOM, CRLF, RFC 4180) and read back intact; the writer never replaces without force.
final class ExportCSVAndWriterTests: XCTestCase {
    func testEveryTableOfBothDemosReadsBackWithTheChineseIntact() throws {
        for language in Language.allCases {
            for export in [ExportFixture.openDemo(language), ExportFixture.closedDemo(language)] {
                let files = SiteExporter.files(export, format: .csv)
                XCTAssertEqual(files.map(\.name), CSVExport.tableNames.map { "\($0).csv" })
                for file in files {
                    XCTAssertEqual(Array(file.data.prefix(3)), [0xEF, 0xBB, 0xBF], "\(file.name) has no UTF-8 BOM")
                    XCTAssertTrue(file.text.hasSuffix("\r\n"))
                    let rows = try CSVReader.parse(String(file.text.dropFirst()))
                    XCTAssertGreaterThan(rows.count, 1, "\(file.name) has no rows")
                    for row in rows { XCTAssertEqual(row.count, rows[0].count, file.name) }
                }
                let days = try CSVReader.parse(String(try XCTUnwrap(files.first).text.dropFirst()))
                XCTAssertEqual(days.count - 1, export.site.days.count)
                let signed = export.days.compactMap(\.signOff)
                for signOff in signed {
                    XCTAssertTrue(days.contains { $0.contains(signOff.recordHash) && $0.contains(signOff.clientName) })
                }
                if language == .chinese {
                    XCTAssertTrue(files.contains { $0.text.contains(export.site.profile.crew[0].name) || $0.text.contains("周明") })
                }
            }
        }
    }

    func testCSVFieldsAreQuotedOnlyWhenNeededAndFormulasAreGuarded() {
        XCTAssertEqual(ExportEscaping.csv("plain 中文"), "plain 中文")
        XCTAssertEqual(ExportEscaping.csv("a,b"), "\"a,b\"")
        XCTAssertEqual(ExportEscaping.csv("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(ExportEscaping.csv("two\r\nlines"), "\"two\nlines\"")
        XCTAssertEqual(ExportEscaping.csv("=1+1"), "'=1+1")
        XCTAssertEqual(ExportEscaping.csv("+44 20"), "'+44 20")
        XCTAssertEqual(ExportEscaping.csv("\u{1B}[2J"), "\u{FFFD}[2J")
        XCTAssertEqual(CSVExport.document([["a", "b,c"], ["1", ""]]), Data("\u{FEFF}a,\"b,c\"\r\n1,\r\n".utf8))
    }

    func testOneDayLimitsTheRowsToThatDay() throws {
        let export = ExportFixture.openDemo(.english)
        let day = try XCTUnwrap(ExportFixture.signedDay(export)).date
        let files = SiteExporter.files(export, format: .csv, day: day)
        let days = try CSVReader.parse(String(try XCTUnwrap(files.first).text.dropFirst()))
        XCTAssertEqual(days.count, 2)
        XCTAssertEqual(days[1][1], day.isoText)
    }

    func testTheWriterRefusesAnExistingFileOrFolderWithoutForce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let export = ExportFixture.openDemo(.english)
        let html = SiteExporter.files(export, format: .html)
        let file = folder.url.appendingPathComponent("report.html")
        try ExportWriter.write(html, to: file, asFolder: false, force: false)
        XCTAssertEqual(try Data(contentsOf: file), html[0].data)
        try Data("kept".utf8).write(to: file)
        XCTAssertThrowsError(try ExportWriter.write(html, to: file, asFolder: false, force: false)) {
            XCTAssertEqual($0 as? ExportError, .exists(file.path))
        }
        XCTAssertEqual(try Data(contentsOf: file), Data("kept".utf8))
        try ExportWriter.write(html, to: file, asFolder: false, force: true)
        XCTAssertEqual(try Data(contentsOf: file), html[0].data)

        let csv = SiteExporter.files(export, format: .csv)
        let tables = folder.url.appendingPathComponent("tables")
        try ExportWriter.write(csv, to: tables, asFolder: true, force: false)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tables.path).sorted(), csv.map(\.name).sorted())
        XCTAssertThrowsError(try ExportWriter.write(csv, to: tables, asFolder: true, force: false))
        // A table of an earlier export that this one does not write goes; a file of the user's own stays.
        try Data("old".utf8).write(to: tables.appendingPathComponent("attachments.csv"))
        try Data("mine".utf8).write(to: tables.appendingPathComponent("notes.txt"))
        try ExportWriter.write(csv, to: tables, asFolder: true, force: true)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tables.path).sorted(), (csv.map(\.name) + ["notes.txt"]).sorted())
        XCTAssertThrowsError(try ExportWriter.write(csv, to: file, asFolder: true, force: true)) {
            XCTAssertEqual($0 as? ExportError, .wrongKind(file.path))
        }
    }

    func testSuggestedNamesSayDemoAndTheDay() {
        let export = ExportFixture.openDemo(.english)
        XCTAssertEqual(SiteExporter.suggestedName(export.site, format: .html, day: LocalDate(year: 2026, month: 11, day: 19)), "demo-2026-11-19.html")
        var real = export.site
        real.isDemo = false
        real.id = "a/b c"
        XCTAssertEqual(SiteExporter.suggestedName(real, format: .csv, day: nil), "a_b_c-dossier-csv")
    }
}
