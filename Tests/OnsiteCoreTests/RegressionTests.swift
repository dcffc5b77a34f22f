import Foundation
import XCTest
@testable import OnsiteCore

/// Defects found while the suite was written, each pinned by a test.
final class RegressionTests: StorageTestCase {
    private let now = Timestamp(date: Fixture.morning, offsetSeconds: 8 * 3600)


    func testInvalidJSONIsReportedWithLineAndColumn() throws {
        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        let file = directory.siteFile("site-1")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        lines[4] = "  \"broken\" : nope,"
        try lines.joined(separator: "\n").write(to: file, atomically: false, encoding: .utf8)
        let problem = try XCTUnwrap(store.loadAll().problems.first)
        XCTAssertEqual(problem.cause.line, 5)
        XCTAssertNotNil(problem.cause.column)
    }

    /// Listing a folder copied each entry's whole 256-byte name field, reading past the end of readdir's buffer:
    /// on a thread of its own (a fresh heap, whose end is the end of what is mapped) a long days folder crashed
    /// the start about one time in seven.
    func testAFolderOfLongNamesIsListedWhole() throws {
        let folder = directory.root.appendingPathComponent("many-names")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var expected: Set<String> = []
        for length in 1...255 {
            let name = String(repeating: "d", count: length - 1) + String(length % 10)
            XCTAssertTrue(FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: nil))
            expected.insert(name)
        }
        for _ in 0..<30 {
            let listed = BackgroundResult { FolderListing.names(in: folder.path) }.value
            XCTAssertEqual(Set(listed), expected)
            XCTAssertEqual(listed.count, expected.count)
        }
    }

    func testSurroundingNewlinesAreTrimmedNotTurnedIntoMarks() {
        var site = Fixture.site()
        XCTAssertEqual(arrivalError { try site.markNotApplicable(Fixture.item("bring-ppe"), reason: "\n", at: now) }, .emptyText)
        XCTAssertNil(arrivalError { try site.setWorkArea("\r\n") })
        XCTAssertEqual(site.arrival.workArea, "")
        XCTAssertNil(arrivalError { try site.addClientRule("Hard hats on\n", id: "r-1", at: now) })
        XCTAssertEqual(site.arrival.clientRules.first?.text, "Hard hats on")
        var draft = SiteDraft(profile: Fixture.profile())
        draft.name = "Line 3 filler\n"
        guard case .success(let profile) = draft.validate(ids: SequentialIdSource()) else { return XCTFail("valid draft refused") }
        XCTAssertEqual(profile.name, "Line 3 filler")
    }

    func testImpossibleTimesAndDatesAreRefused() {
        for text in ["2026-02-30T08:00:00+08:00", "2026-11-23T25:00:00+08:00", "2026-13-01T08:00:00Z", "2026-11-23T08:61:00Z"] {
            XCTAssertNil(Timestamp(isoText: text), text)
        }
        for text in ["2026--11-23", "2026-11-23-", "2026-+1-23", "２０２６-11-23"] {
            XCTAssertNil(LocalDate(text: text), text)
        }
    }

    func testANewerSchemaWithAnotherLayoutIsLeftInPlace() throws {
        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        let file = directory.siteFile("site-1")
        let newer = #"{ "schema": 99, "entirely": ["new", "layout"] }"#
        try newer.write(to: file, atomically: false, encoding: .utf8)
        let result = store.loadAll()
        XCTAssertTrue(result.sites.isEmpty)
        XCTAssertEqual(result.problems.first?.quarantinedTo, nil)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), newer, "a newer file must not be touched")
    }

    func testADamagedFileIsNeverOverwrittenWhenItCannotBeQuarantined() throws {
        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        let file = directory.siteFile("site-1")
        try "{ damaged".write(to: file, atomically: false, encoding: .utf8)
        // A plain file where the quarantine folder should be: the bad file cannot be moved.
        XCTAssertTrue(FileManager.default.createFile(atPath: directory.quarantineURL.path, contents: Data()))
        let problem = try XCTUnwrap(store.loadAll().problems.first)
        XCTAssertNil(problem.quarantinedTo)
        XCTAssertFalse(problem.restoredPrevious)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "{ damaged", "the damaged bytes are kept for inspection")
    }

    func testARuleAddedInTheSameSecondAsTheAcknowledgmentsNeedsTellingAgain() {
        var site = Fixture.site()
        XCTAssertNil(arrivalError { try site.addClientRule("Sign in at gate 2", id: "r-1", at: now) })
        XCTAssertNil(arrivalError { try site.acknowledgeRules(crewMemberID: "c-1", at: now) })
        XCTAssertNil(arrivalError { try site.acknowledgeRules(crewMemberID: "c-2", at: now) })
        let relay = Fixture.item("client-rules-relayed")
        XCTAssertTrue(site.gaps(for: relay).isEmpty)
        XCTAssertNil(arrivalError { try site.addClientRule("No food beyond the yellow line", id: "r-2", at: now) })
        XCTAssertEqual(site.gaps(for: relay), [.notAcknowledged(names: ["Tom Baker", "Ana Lima"])])
    }

    func testJoinersInEmojiAreKept() {
        XCTAssertEqual(TextSanitizer.singleLine("👨‍🔧 fitter"), "👨‍🔧 fitter")
    }

    func testLoosenedPermissionsAreTightenedAndReported() throws {
        XCTAssertNil(storageError { try store.save(Fixture.site()) })
        let file = directory.siteFile("site-1").path
        XCTAssertEqual(chmod(file, 0o644), 0)
        XCTAssertEqual(chmod(directory.sitesURL.path, 0o755), 0)
        let loosened = try directory.prepare()
        XCTAssertEqual(loosened.count, 2, "\(loosened)")
        XCTAssertTrue(loosened.contains { $0.hasPrefix(file) && $0.hasSuffix("(644)") })
        var info = stat()
        XCTAssertEqual(stat(file, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
        XCTAssertEqual(try directory.prepare(), [], "nothing to report the second time")
    }
}
