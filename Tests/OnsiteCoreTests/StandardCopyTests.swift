import Foundation
import XCTest
@testable import OnsiteCore

/// A site keeps the exact standard it started with; the config keeps the user's choices.
final class StandardCopyTests: StorageTestCase {


    private var companyText: String {
        StandardLoader.defaultText
            .replacingOccurrences(of: #"id = "onsite-default""#, with: #"id = "acme""#)
            .replacingOccurrences(of: #"en = "Spare parts""#, with: #"en = "Spare parts (ACME kit)""#)
    }

    func testASiteKeepsItsStandardWhenTheCompanyFileChangesLater() throws {
        let company = try StandardLoader.document(toml: companyText)
        var site = Fixture.site()
        site.standard = company.standard.reference
        XCTAssertNil(storageError { try store.save(site, standard: company) })
        // The company edits its standard afterwards: the site is not affected.
        let config = ConfigDirectory(root: folder.url.appendingPathComponent("config"))
        try FileManager.default.createDirectory(at: config.standardsURL, withIntermediateDirectories: true)
        try companyText.replacingOccurrences(of: "ACME kit", with: "ACME kit v2")
            .write(to: config.standardsURL.appendingPathComponent("acme.toml"), atomically: true, encoding: .utf8)
        let offered = config.companyStandards()
        XCTAssertEqual(offered.documents.first?.standard.arrivalItem("bring-spare-parts")?.title.en, "Spare parts (ACME kit v2)")
        let loaded = store.loadAll()
        XCTAssertTrue(loaded.problems.isEmpty, "\(loaded.problems)")
        let kept = try XCTUnwrap(loaded.standards[site.standard.sha256])
        XCTAssertEqual(kept.standard.arrivalItem("bring-spare-parts")?.title.en, "Spare parts (ACME kit)")
        XCTAssertEqual(kept.text, companyText)
    }

    func testAHandEditedStandardCopyIsReported() throws {
        let company = try StandardLoader.document(toml: companyText)
        var site = Fixture.site()
        site.standard = company.standard.reference
        XCTAssertNil(storageError { try store.save(site, standard: company) })
        try (companyText + "\n# edited\n").write(to: directory.standardFile(site.id), atomically: true, encoding: .utf8)
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.problems.count, 1)
        XCTAssertTrue(loaded.problems.first?.cause.message.contains("SHA-256") ?? false)
    }

    func testABrokenCompanyStandardIsReportedWithItsLine() throws {
        let config = ConfigDirectory(root: folder.url.appendingPathComponent("config"))
        try FileManager.default.createDirectory(at: config.standardsURL, withIntermediateDirectories: true)
        try "schema = 1\nid = \"x\"\nversion = \n".write(to: config.standardsURL.appendingPathComponent("x.toml"), atomically: true, encoding: .utf8)
        let offered = config.companyStandards()
        XCTAssertTrue(offered.documents.isEmpty)
        XCTAssertEqual(offered.problems.first?.cause.line, 3)
    }

    func testTheConfigRemembersLanguageAndThemeAndReportsNonsense() throws {
        let file = folder.url.appendingPathComponent("config/config.toml")
        XCTAssertEqual(try UserConfig.load(from: file).get(), UserConfig())
        XCTAssertNil(storageError { try UserConfig(language: .chinese, theme: "high-contrast").save(to: file) })
        XCTAssertEqual(try UserConfig.load(from: file).get(), UserConfig(language: .chinese, theme: "high-contrast"))
        try "language = \"fr\"\n".write(to: file, atomically: true, encoding: .utf8)
        guard case .failure(let problem) = UserConfig.load(from: file) else { return XCTFail("\"fr\" accepted") }
        XCTAssertEqual(problem.cause.line, 1)
    }
}
