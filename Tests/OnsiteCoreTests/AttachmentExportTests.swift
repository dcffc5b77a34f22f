import Foundation
import XCTest
@testable import OnsiteCore

/// Reports with attached files: images embedded in HTML, other files listed with their hash, a missing copy named,
/// hostile names escaped in every format.
final class AttachmentExportTests: DayTestCase {
    private var folder: TemporaryFolder!
    private var store: AttachmentStore!
    private let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
    private let hostile = "<img src=x onerror=alert(1)>\",=cmd|'/c calc'!A0\u{1B}[31m.pdf"

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = try TemporaryFolder()
        store = AttachmentStore(directory: DataDirectory(root: folder.url.appendingPathComponent("data")))
    }

    override func tearDown() {
        folder.remove()
        super.tearDown()
    }

    private func stored(_ name: String, _ bytes: [UInt8]) throws -> Attachment {
        let path = folder.url.appendingPathComponent("in-\(UUID().uuidString)").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        var attachment = try store.store(path, siteID: site.id, at: now)
        attachment.name = Attachment.displayName(name)
        return attachment
    }

    /// A day with a photo of a problem, a hostile-named PDF on the day, and a photo whose copy was lost.
    private func export(format: ExportFormat) throws -> (SiteExport, [ExportFile], photo: Attachment, pdf: Attachment, lost: Attachment) {
        try site.addProblem("Leak at the CIP return valve", severity: .high, day: today, id: "p-1", at: now)
        let photo = try stored("valve.png", png)
        try site.attach(photo, to: .problem("p-1"), standard: Fixture.standard)
        let pdf = try stored(hostile, Array("%PDF-1.7".utf8))
        try site.attach(pdf, to: &day)
        let lost = try stored("lost.png", png + [1])
        try site.addExtraWork("Moved a socket", quantity: "1 h", requestedBy: "Mark Hughes", day: today, id: "x-1", at: now)
        try site.attach(lost, to: .extraWork("x-1"), standard: Fixture.standard)
        try FileManager.default.removeItem(at: store.fileURL(site.id, lost.sha256))
        var export = SiteExport(site: site, days: [day], standard: Fixture.standard, language: .english, generatedAt: ExportFixture.generatedAt)
        export.files = AttachmentFiles.load(store, siteID: site.id, attachments: site.allAttachments(days: [day]))
        return (export, SiteExporter.files(export, format: format, day: today), photo, pdf, lost)
    }

    func testTheHTMLReportEmbedsImagesAndListsOtherFilesWithTheirHash() throws {
        let (_, files, photo, pdf, lost) = try export(format: .html)
        let html = String(decoding: try XCTUnwrap(files.first).data, as: UTF8.self)
        XCTAssertTrue(html.contains("src=\"data:image/png;base64,\(Data(png).base64EncodedString())\""))
        XCTAssertTrue(html.contains(photo.sha256))
        XCTAssertTrue(html.contains("SHA-256 <code class=\"hash\">\(pdf.sha256)</code>"))
        XCTAssertTrue(html.contains(lost.sha256))
        XCTAssertTrue(html.contains("the stored copy is missing from the site&#39;s files folder"))
        XCTAssertFalse(html.contains("<img src=x"), "a file name is text, never markup")
        XCTAssertFalse(html.contains("\u{1B}"))
        XCTAssertEqual(html.components(separatedBy: "<img ").count - 1, 1, "only the present image is embedded")
        if let check = ExportFixture.run("xmllint", ["--noout", "-"], input: Data(html.utf8)) {
            XCTAssertEqual(check.status, 0, check.error)
        }
    }

    func testMarkdownListsFilesWithHashesAndEscapesNames() throws {
        let (_, files, photo, pdf, _) = try export(format: .markdown)
        let markdown = String(decoding: try XCTUnwrap(files.first).data, as: UTF8.self)
        XCTAssertTrue(markdown.contains("`\(photo.sha256)`"))
        XCTAssertTrue(markdown.contains("`\(pdf.sha256)`"))
        XCTAssertFalse(markdown.replacingOccurrences(of: "\\<", with: "").contains("<img src=x"), "an unescaped tag got through")
        XCTAssertFalse(markdown.contains("\u{1B}"))
    }

    func testCSVWritesAnAttachmentsTableOnlyWhenThereAreFiles() throws {
        let (_, files, _, pdf, lost) = try export(format: .csv)
        let table = try XCTUnwrap(files.first { $0.name == "attachments.csv" })
        let rows = try CSVReader.parse(String(String(decoding: table.data, as: UTF8.self).dropFirst()))
        XCTAssertEqual(rows.count, 4)
        let pdfRow = try XCTUnwrap(rows.first { $0.contains(pdf.sha256) })
        XCTAssertTrue(pdfRow.contains("day"))
        XCTAssertFalse(pdfRow.joined().contains("\u{1B}"))
        XCTAssertTrue(pdfRow.contains { $0.hasPrefix("<img") && CSVReader.unguarded($0) == $0 }, "a name is one field, commas and quotes kept")
        XCTAssertEqual(rows.first { $0.contains(lost.sha256) }?.last, "no")

        let plain = SiteExport(site: Fixture.site(), days: [], standard: Fixture.standard, language: .english)
        XCTAssertFalse(SiteExporter.files(plain, format: .csv).contains { $0.name == "attachments.csv" })
    }

    func testJSONKeepsTheFilesWithTheirRecords() throws {
        let (_, files, photo, pdf, _) = try export(format: .json)
        let json = String(decoding: try XCTUnwrap(files.first).data, as: UTF8.self)
        XCTAssertTrue(json.contains(photo.sha256))
        XCTAssertTrue(json.contains(pdf.sha256))
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: try XCTUnwrap(files.first).data))
    }
}
