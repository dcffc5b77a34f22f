import Foundation
import XCTest
@testable import OnsiteCore

/// The HTML reports parse as well-formed markup (xmllint, as XML and as HTML), hold no scripts or external files,
/// and carry what the project manager needs on paper: the client's name and signature, the hash, the DEMO mark.
final class ExportHTMLTests: XCTestCase {
    /// Fails unless xmllint reads the text as well-formed XML and as HTML without errors, and finds no script element.
    static func assertWellFormed(_ html: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let data = Data(html.utf8)
        guard let xml = ExportFixture.run("xmllint", ["--noout", "--nonet", "-"], input: data) else {
            throw XCTSkip("xmllint is not installed (make test-deps installs libxml2-utils)")
        }
        XCTAssertEqual(xml.status, 0, "not well-formed XML: \(xml.error.prefix(2000))", file: file, line: line)
        let parsed = ExportFixture.run("xmllint", ["--html", "--noout", "--nonet", "-"], input: data)
        XCTAssertEqual(parsed?.status, 0, "the HTML parser reports: \(parsed?.error.prefix(2000) ?? "")", file: file, line: line)
        let scripts = ExportFixture.run("xmllint", ["--nonet", "--xpath", "count(//*[local-name()='script' or local-name()='iframe' or local-name()='object'])", "-"], input: data)
        XCTAssertEqual(scripts?.output.trimmingCharacters(in: .whitespacesAndNewlines), "0", file: file, line: line)
    }

    func testEveryDemoReportIsWellFormedAndSelfContained() throws {
        for language in Language.allCases {
            for export in [ExportFixture.openDemo(language), ExportFixture.closedDemo(language)] {
                var reports = [SiteExporter.files(export, format: .html)]
                if let day = ExportFixture.signedDay(export) { reports.append(SiteExporter.files(export, format: .html, day: day.date)) }
                for report in reports {
                    let html = try XCTUnwrap(report.first).text
                    try Self.assertWellFormed(html)
                    XCTAssertFalse(html.contains("src=") || html.contains("href=") || html.contains("url(") || html.contains("@import"),
                                   "the report refers to another file")
                    XCTAssertTrue(html.contains("size: A4"))
                    XCTAssertTrue(html.contains("lang=\"\(language == .chinese ? "zh-Hans" : "en")\""))
                }
            }
        }
    }

    func testTheDailyReportShowsTheSignatureTheHashAndItsVerification() throws {
        let export = ExportFixture.openDemo(.english)
        let day = try XCTUnwrap(ExportFixture.signedDay(export))
        let signOff = try XCTUnwrap(day.signOff)
        let html = try XCTUnwrap(SiteExporter.files(export, format: .html, day: day.date).first).text
        XCTAssertTrue(html.contains(signOff.clientName))
        XCTAssertTrue(html.contains(signOff.recordHash))
        XCTAssertTrue(html.contains(try XCTUnwrap(signOff.seal?.hash)))
        XCTAssertTrue(html.contains("VERIFIED"))
        XCTAssertEqual(html.components(separatedBy: "<polyline").count - 1, signOff.signature.strokes.count)
        XCTAssertTrue(html.contains("viewBox=\"0 0 \(signOff.signature.width) \(signOff.signature.height)\""))
        XCTAssertTrue(html.contains("(UTC+08:00)"))
    }

    func testTheDossierCarriesBothSignedExitRecords() throws {
        let export = ExportFixture.closedDemo(.chinese)
        let html = try XCTUnwrap(SiteExporter.files(export, format: .html).first).text
        for signOff in [export.site.exit.delivery, export.site.exit.restoration] {
            XCTAssertTrue(html.contains(try XCTUnwrap(signOff?.recordHash)))
        }
        XCTAssertTrue(html.contains("交付报告"))
        XCTAssertTrue(html.contains("现场恢复确认"))
        XCTAssertEqual(html.components(separatedBy: "已验证").count - 1, export.days.count + 2)
    }

    func testDemoDataIsMarkedInEveryFormatAndRealDataIsNot() throws {
        let demo = ExportFixture.openDemo(.chinese)
        XCTAssertTrue(try XCTUnwrap(SiteExporter.files(demo, format: .html).first).text.contains("@top-center"))
        XCTAssertTrue(try XCTUnwrap(SiteExporter.files(demo, format: .html).first).text.contains("class=\"demo-banner\""))
        XCTAssertTrue(try XCTUnwrap(SiteExporter.files(demo, format: .markdown).first).text.hasPrefix("> **演示数据(DEMO)"))
        for file in SiteExporter.files(demo, format: .csv) {
            let rows = try CSVReader.parse(String(file.text.dropFirst()))
            XCTAssertEqual(rows[0].first, "demo")
            XCTAssertTrue(rows.dropFirst().allSatisfy { $0.first == "DEMO" }, file.name)
        }
        XCTAssertTrue(try XCTUnwrap(SiteExporter.files(demo, format: .json).first).text.contains("\"demo\" : true"))

        var real = demo
        real.site.isDemo = false
        let html = try XCTUnwrap(SiteExporter.files(real, format: .html).first).text
        XCTAssertFalse(html.contains("DEMO"))
        XCTAssertFalse(try XCTUnwrap(SiteExporter.files(real, format: .markdown).first).text.contains("DEMO"))
    }

    func testAnUnsignedDayAndAMissingDaySayWhatTheyAre() throws {
        var export = ExportFixture.openDemo(.english)
        let unsigned = try XCTUnwrap(export.days.first { $0.signOff == nil })
        let html = try XCTUnwrap(SiteExporter.files(export, format: .html, day: unsigned.date).first).text
        XCTAssertTrue(html.contains("closed without signature"))
        export.days.removeAll { $0.date == unsigned.date }
        export.unreadable[unsigned.date] = "line 3: not JSON"
        let dossier = try XCTUnwrap(SiteExporter.files(export, format: .html).first).text
        XCTAssertTrue(dossier.contains("The day&#39;s file cannot be read: line 3: not JSON"))
        try Self.assertWellFormed(dossier)
    }
}
