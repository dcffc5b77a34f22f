import Crypto
import Foundation
import XCTest
@testable import OnsiteCore

/// Copying an attached file into `sites/<id>/files/<sha256>`, and every refusal before a byte is read.
final class AttachmentStoreTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: AttachmentStore!
    private let time = Timestamp(date: Date(timeIntervalSince1970: 1_795_397_400), offsetSeconds: 8 * 3600)

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = try TemporaryFolder()
        store = AttachmentStore(directory: DataDirectory(root: folder.url.appendingPathComponent("data")))
    }

    override func tearDown() {
        folder.remove()
        super.tearDown()
    }

    private func path(_ name: String) -> String { folder.url.appendingPathComponent(name).path }

    private func write(_ name: String, _ bytes: [UInt8]) -> String {
        _ = FileManager.default.createFile(atPath: path(name), contents: Data(bytes))
        return path(name)
    }

    private func refusal(_ path: String, file: StaticString = #filePath, line: UInt = #line) -> AttachmentError? {
        do {
            _ = try store.store(path, siteID: "s", at: time)
            XCTFail("\(path) was attached", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    private var storedNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: store.folder("s").path)) ?? []).sorted()
    }

    func testAFileIsStoredUnderItsSHA256WithItsSizeNameAndType() throws {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 200_000)
        let attachment = try store.store(write("pump seal.png", bytes), siteID: "s", at: time, note: "after the fix")
        let expected = SHA256.hash(data: Data(bytes)).map { String(format: "%02x", $0) }.joined()
        XCTAssertEqual(attachment.sha256, expected)
        XCTAssertEqual(attachment.size, Int64(bytes.count))
        XCTAssertEqual(attachment.name, "pump seal.png")
        XCTAssertEqual(attachment.mediaType, "image/png")
        XCTAssertTrue(attachment.isImage)
        XCTAssertEqual(attachment.note, "after the fix")
        XCTAssertEqual(attachment.attachedAt, time)
        XCTAssertEqual(FileManager.default.contents(atPath: store.fileURL("s", expected).path), Data(bytes))
        XCTAssertEqual(storedNames, [expected], "no temporary file is left behind")
        var info = stat()
        XCTAssertEqual(stat(store.fileURL("s", expected).path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
    }

    func testTheSameFileTwiceIsStoredOnce() throws {
        let first = try store.store(write("a.pdf", Array("%PDF-1.7 plan".utf8)), siteID: "s", at: time)
        let second = try store.store(write("copy of a.pdf", Array("%PDF-1.7 plan".utf8)), siteID: "s", at: time)
        XCTAssertEqual(first.sha256, second.sha256)
        XCTAssertEqual(first.mediaType, "application/pdf")
        XCTAssertEqual(storedNames, [first.sha256])
    }

    func testImagesAreRecognisedByTheirBytesNotTheirName() throws {
        XCTAssertEqual(try store.store(write("photo.bin", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2]), siteID: "s", at: time).mediaType, "image/jpeg")
        XCTAssertEqual(try store.store(write("x", Array("GIF89a..".utf8)), siteID: "s", at: time).mediaType, "image/gif")
        XCTAssertEqual(try store.store(write("y", Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)), siteID: "s", at: time).mediaType, "image/webp")
        let fake = try store.store(write("fake.png", Array("<script>".utf8)), siteID: "s", at: time)
        XCTAssertEqual(fake.mediaType, "application/octet-stream")
        XCTAssertFalse(fake.isImage)
    }

    func testAMissingPathIsRefused() {
        let missing = path("nothing-here.jpg")
        XCTAssertEqual(refusal(missing), .missing(missing))
        XCTAssertEqual(AttachmentError.missing(missing).message.en, "There is no file at \(missing)")
    }

    func testAFolderIsRefused() throws {
        try FileManager.default.createDirectory(atPath: path("photos"), withIntermediateDirectories: false)
        XCTAssertEqual(refusal(path("photos")), .directory(path("photos")))
    }

    func testAFIFOIsRefusedWithoutOpeningIt() {
        XCTAssertEqual(mkfifo(path("pipe"), 0o600), 0)
        // Opening a FIFO for reading would wait for a writer forever: returning at all shows it was not opened.
        XCTAssertEqual(refusal(path("pipe")), .special(path("pipe"), kind: "FIFO"))
        XCTAssertTrue(AttachmentError.special(path("pipe"), kind: "FIFO").message.en.contains("FIFO"))
    }

    func testADeviceIsRefused() {
        XCTAssertEqual(refusal("/dev/null"), .special("/dev/null", kind: "device"))
    }

    func testATwoGigabyteSparseFileIsRefusedBeforeReadingIt() throws {
        let big = path("huge.bin")
        XCTAssertTrue(FileManager.default.createFile(atPath: big, contents: nil))
        XCTAssertEqual(truncate(big, 2 * 1024 * 1024 * 1024), 0)
        let limit = AttachmentStore.sizeLimit
        XCTAssertEqual(refusal(big), .tooLarge(big, size: 2 * 1024 * 1024 * 1024, limit: limit))
        XCTAssertEqual(AttachmentError.tooLarge(big, size: 2 * 1024 * 1024 * 1024, limit: limit).message.en,
                       "\(big) is 2.0 GB, over the 25.0 MB limit for an attachment")
        XCTAssertTrue(AttachmentError.tooLarge(big, size: 1, limit: limit).message.zh.contains("25.0 MB"))
        XCTAssertTrue(storedNames.isEmpty)
    }

    func testAFileJustOverASmallLimitIsRefusedAndOneAtTheLimitIsTaken() throws {
        store = AttachmentStore(directory: store.directory, limit: 10)
        XCTAssertNoThrow(try store.store(write("ten", Array(repeating: 1, count: 10)), siteID: "s", at: time))
        XCTAssertEqual(refusal(write("eleven", Array(repeating: 1, count: 11))), .tooLarge(path("eleven"), size: 11, limit: 10))
    }

    func testAnUnreadableFileIsRefused() throws {
        let secret = write("secret.jpg", [1, 2, 3])
        XCTAssertEqual(chmod(secret, 0), 0)
        try XCTSkipIf(getuid() == 0, "root reads a file whatever its permissions, so this refusal cannot be shown as root")
        XCTAssertEqual(refusal(secret), .unreadable(secret))
    }

    func testADanglingSymbolicLinkIsRefused() throws {
        try FileManager.default.createSymbolicLink(atPath: path("link.jpg"), withDestinationPath: path("gone.jpg"))
        XCTAssertEqual(refusal(path("link.jpg")), .brokenLink(path("link.jpg")))
    }

    func testASymbolicLinkLoopIsRefused() throws {
        try FileManager.default.createSymbolicLink(atPath: path("a"), withDestinationPath: path("b"))
        try FileManager.default.createSymbolicLink(atPath: path("b"), withDestinationPath: path("a"))
        XCTAssertEqual(refusal(path("a")), .brokenLink(path("a")))
    }

    func testASymbolicLinkToAFolderIsRefusedAsAFolder() throws {
        try FileManager.default.createDirectory(atPath: path("real"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: path("folder-link"), withDestinationPath: path("real"))
        XCTAssertEqual(refusal(path("folder-link")), .directory(path("folder-link")))
    }

    func testASymbolicLinkToARegularFileIsFollowed() throws {
        let target = write("plan.pdf", Array("%PDF".utf8))
        try FileManager.default.createSymbolicLink(atPath: path("latest.pdf"), withDestinationPath: target)
        let attachment = try store.store(path("latest.pdf"), siteID: "s", at: time)
        XCTAssertEqual(attachment.name, "latest.pdf")
        XCTAssertEqual(attachment.size, 4)
    }

    func testAHostileFileNameIsMadeSafeToShow() throws {
        let attachment = try store.store(write("a\u{1B}[2Jb\nc.txt", Array("x".utf8)), siteID: "s", at: time)
        XCTAssertFalse(attachment.name.unicodeScalars.contains { TextSanitizer.isUnsafe($0) || $0 == "\n" })
        XCTAssertEqual(attachment.mediaType, "text/plain")
    }

    func testExportFilesKnowWhichCopiesArePresent() throws {
        let image = try store.store(write("p.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 9]), siteID: "s", at: time)
        let gone = Attachment(sha256: String(repeating: "a", count: 64), name: "gone.jpg", size: 3, mediaType: "image/jpeg", attachedAt: time)
        let files = AttachmentFiles.load(store, siteID: "s", attachments: [image, gone])
        XCTAssertEqual(files.present, [image.sha256])
        XCTAssertEqual(files.images[image.sha256]?.count, 9)
    }
}
