import Foundation
import OnsiteCore
import XCTest

/// `onsite export` on a real data directory: the files it writes, its refusal to overwrite, and the daily report
/// printed to PDF by headless Chromium, whose text holds the client's name, the record's hash and the DEMO mark.
final class ExportTests: XCTestCase {
    private func demoData(language: Language) throws -> (data: URL, days: [WorkDay]) {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-e2e-export-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: data) }
        let directory = DataDirectory(root: data)
        try directory.prepare()
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_397_400)) // 2026-11-23 09:30 in Shanghai
        let signer = try DeviceKey.loadOrCreate(in: directory)
        let (site, days) = DemoSite.makeWithDays(standard: StandardLoader.defaultStandard(), clock: clock, ids: SequentialIdSource(prefix: "x"),
                                                 language: language, signer: signer)
        let store = SiteStore(directory: directory, clock: clock)
        try store.save(site)
        for day in days { try store.save(day, of: site) }
        return (data, days)
    }

    func testExportWritesEachFormatAndNeverOverwritesWithoutForce() throws {
        let (data, days) = try demoData(language: .english)
        let day = try XCTUnwrap(days.first { $0.signOff != nil })
        let out = data.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let report = out.appendingPathComponent("daily.html").path

        let first = try OnsiteProcess.run(["export", "demo", "--day", day.date.isoText, "--output", report, "--data-dir", data.path])
        XCTAssertEqual(first.status, 0, first.standardError)
        XCTAssertTrue(first.standardOutput.contains("wrote \(report) (DEMO daily report \(day.date.isoText), html; 3 signed records verified)"), first.standardOutput)
        let html = try String(contentsOfFile: report, encoding: .utf8)
        XCTAssertTrue(html.contains(try XCTUnwrap(day.signOff?.recordHash)))

        try Data("mine".utf8).write(to: URL(fileURLWithPath: report))
        let again = try OnsiteProcess.run(["export", "demo", "--day", day.date.isoText, "--output", report, "--data-dir", data.path])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.standardError.contains("exists; use --force to replace it"), again.standardError)
        XCTAssertEqual(try String(contentsOfFile: report, encoding: .utf8), "mine")
        let forced = try OnsiteProcess.run(["--data-dir", data.path, "export", "demo", "--day", day.date.isoText, "-o", report, "--force"])
        XCTAssertEqual(forced.status, 0, forced.standardError)

        for (format, name) in [("md", "dossier.md"), ("json", "site.json"), ("csv", "tables")] {
            let path = out.appendingPathComponent(name).path
            let run = try OnsiteProcess.run(["export", "demo", "--format", format, "--output", path, "--data-dir", data.path, "--lang", "zh"])
            XCTAssertEqual(run.status, 0, run.standardError)
            XCTAssertTrue(FileManager.default.fileExists(atPath: path))
        }
        let tables = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("tables").path).sorted()
        XCTAssertEqual(tables, CSVExport.tableNames.map { "\($0).csv" }.sorted())

        let missing = try OnsiteProcess.run(["export", "nowhere", "--output", out.appendingPathComponent("x.html").path, "--data-dir", data.path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.standardError.contains("no site \"nowhere\""), missing.standardError)
        let badDay = try OnsiteProcess.run(["export", "demo", "--day", "2026-02-30", "--output", out.appendingPathComponent("x.html").path, "--data-dir", data.path])
        XCTAssertNotEqual(badDay.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("x.html").path))
    }

    func testTheDailyReportPrintsToPDFWithTheSignedNameAndTheHash() throws {
        guard let chromium = ["chromium", "chromium-browser"].lazy.compactMap(OnsiteProcess.which).first,
              let pdftotext = OnsiteProcess.which("pdftotext") else {
            throw XCTSkip("chromium or pdftotext is not installed (make test-deps installs chromium and poppler-utils)")
        }
        for language in Language.allCases {
            let (data, days) = try demoData(language: language)
            let day = try XCTUnwrap(days.first { $0.signOff != nil })
            let signOff = try XCTUnwrap(day.signOff)
            let report = data.appendingPathComponent("daily.html")
            let export = try OnsiteProcess.run(["export", "demo", "--day", day.date.isoText, "-o", report.path, "--data-dir", data.path,
                                                "--lang", language.rawValue])
            XCTAssertEqual(export.status, 0, export.standardError)

            let pdf = data.appendingPathComponent("daily.pdf")
            let started = Date()
            let printed = try OnsiteProcess.execute(URL(fileURLWithPath: chromium), [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
                "--user-data-dir=\(data.appendingPathComponent("chromium").path)", "--print-to-pdf=\(pdf.path)", report.absoluteString,
            ], timeout: 90)
            let seconds = Date().timeIntervalSince(started)
            XCTAssertTrue(FileManager.default.fileExists(atPath: pdf.path), "no PDF after \(seconds) s: \(printed.standardError.suffix(1500))")
            print("Chromium printed the \(language.rawValue) daily report to PDF in \(String(format: "%.1f", seconds)) s")

            let text = try OnsiteProcess.execute(URL(fileURLWithPath: pdftotext), ["-layout", pdf.path, "-"]).standardOutput
            let joined = text.filter { !$0.isWhitespace }
            XCTAssertTrue(text.contains(signOff.clientName), "the client's name is not in the PDF:\n\(text)")
            XCTAssertTrue(joined.contains(signOff.recordHash), "the record's hash is not in the PDF:\n\(text)")
            XCTAssertTrue(joined.contains(try XCTUnwrap(signOff.seal?.hash)), "the seal's hash is not in the PDF")
            XCTAssertTrue(text.contains("DEMO"))
            XCTAssertTrue(text.contains(language == .chinese ? "已验证" : "VERIFIED"))
        }
    }
}
