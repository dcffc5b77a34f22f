import Foundation
import XCTest
@testable import OnsiteCore

/// Attachments on their owners: what a signed record holds, and what a signed day or a closed site refuses.
final class AttachmentDomainTests: DayTestCase {
    private func file(_ letter: Character, name: String = "photo.jpg") -> Attachment {
        Attachment(sha256: String(repeating: letter, count: 64), name: name, size: 1234, mediaType: "image/jpeg", attachedAt: now)
    }

    func testEachOwnerTakesFilesAndTheSameContentIsListedOnce() throws {
        let item = try XCTUnwrap(Fixture.standard.arrival.first?.items.first)
        XCTAssertTrue(try site.attach(file("a"), to: .arrivalItem(item.id), standard: Fixture.standard))
        XCTAssertFalse(try site.attach(file("a", name: "again.jpg"), to: .arrivalItem(item.id), standard: Fixture.standard))
        try site.addProblem("Leak at the CIP return valve", severity: .high, day: today, id: "p-1", at: now)
        try site.attach(file("b"), to: .problem("p-1"), standard: Fixture.standard)
        try site.addExtraWork("Moved a socket", quantity: "1 h", requestedBy: "Mark Hughes", day: today, id: "x-1", at: now)
        try site.attach(file("c"), to: .extraWork("x-1"), standard: Fixture.standard)
        XCTAssertTrue(try site.attach(file("d"), to: &day))
        XCTAssertEqual(site.attachments(of: .arrivalItem(item.id)).map(\.name), ["photo.jpg"])
        XCTAssertEqual(site.attachments(of: .problem("p-1")).count, 1)
        XCTAssertEqual(site.attachments(of: .extraWork("x-1")).count, 1)
        XCTAssertEqual(day.dayAttachments.count, 1)
        XCTAssertEqual(site.allAttachments(days: [day]).map(\.sha256.first), ["a", "b", "c", "d"])
    }

    func testAnUnknownOwnerIsRefused() {
        XCTAssertEqual(dayError { try site.attach(file("a"), to: .problem("nope"), standard: Fixture.standard) }, .unknownRecord("nope"))
        XCTAssertEqual(dayError { try site.attach(file("a"), to: .arrivalItem("nope"), standard: Fixture.standard) }, .unknownRecord("nope"))
    }

    func testADayAndItsExtraWorkTakeFilesOnlyBeforeSignOffAndTheyAreInTheSignedRecord() throws {
        try site.addExtraWork("Moved a socket", quantity: "1 h", requestedBy: "Mark Hughes", day: today, id: "x-1", at: now)
        try site.attach(file("c"), to: .extraWork("x-1"), standard: Fixture.standard)
        try site.attach(file("d"), to: &day)
        let record = site.record(of: day)
        XCTAssertEqual(record.attachments?.map(\.sha256.first), ["d"])
        XCTAssertEqual(record.extraWork.first?.attachments?.count, 1)
        try signToday()
        XCTAssertEqual(site.record(of: day).sha256, day.signOff?.recordHash, "the files are part of what was signed")
        XCTAssertEqual(dayError { try site.attach(file("e"), to: &day) }, .dayClosed(.signed))
        XCTAssertEqual(dayError { try site.attach(file("e"), to: .extraWork("x-1"), standard: Fixture.standard) }, .dayClosed(.signed))
        XCTAssertEqual(site.record(of: day).sha256, day.signOff?.recordHash)
    }

    func testAProblemTakesFilesAfterItsDayIsSignedWithoutChangingTheSignedRecord() throws {
        try site.addProblem("Leak at the CIP return valve", severity: .high, day: today, id: "p-1", at: now)
        try signToday()
        let signed = try XCTUnwrap(day.signOff?.recordHash)
        XCTAssertNil(dayError { try site.attach(file("b", name: "fixed.jpg"), to: .problem("p-1"), standard: Fixture.standard) })
        XCTAssertEqual(site.record(of: day).sha256, signed, "a problem's record as signed is the problem as found")
    }

    func testARecordWithoutFilesHashesAsBeforeAttachmentsExisted() throws {
        try site.addExtraWork("Moved a socket", quantity: "1 h", requestedBy: "Mark Hughes", day: today, id: "x-1", at: now)
        let text = String(decoding: site.record(of: day).canonicalData(), as: UTF8.self)
        XCTAssertFalse(text.contains("attachments"))
        let dayText = String(decoding: try JSONFormat.encode(day), as: UTF8.self)
        XCTAssertFalse(dayText.contains("attachments"), "older readers and hashes see the same files")
    }

    func testAClosedOrArchivedSiteRefusesFiles() throws {
        try site.addProblem("Leak", severity: .high, day: today, id: "p-1", at: now)
        site.archivedAt = now
        XCTAssertEqual(dayError { try site.attach(file("b"), to: .problem("p-1"), standard: Fixture.standard) }, .siteReadOnly)
        XCTAssertEqual(dayError { try site.attach(file("b"), to: &day) }, .siteReadOnly)
    }

    func testOlderFilesReadWithoutAttachmentsAndNewOnesRoundTrip() throws {
        try site.addProblem("Leak", severity: .high, day: today, id: "p-1", at: now)
        try site.attach(Attachment(sha256: String(repeating: "b", count: 64), name: "a\u{1B}]0;x\u{7}.jpg", size: 5, mediaType: "image/jpeg",
                                   attachedAt: now, note: "  under the <valve>  "), to: .problem("p-1"), standard: Fixture.standard)
        let data = try JSONFormat.encode(site)
        let back = try JSONFormat.decode(Site.self, from: data)
        let stored = try XCTUnwrap(back.registers.problems.first?.attachments?.first)
        XCTAssertEqual(stored.note, "under the <valve>")
        XCTAssertFalse(stored.name.unicodeScalars.contains { TextSanitizer.isUnsafe($0) })
        XCTAssertEqual(back.attachments(of: .problem("p-1")).count, 1)
    }

    func testSizesReadLikePeopleSayThem() {
        XCTAssertEqual(Attachment.sizeText(512), "512 B")
        XCTAssertEqual(Attachment.sizeText(1536), "1.5 KB")
        XCTAssertEqual(Attachment.sizeText(25 * 1024 * 1024), "25.0 MB")
    }
}
