import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The site's copies of attached files: `sites/<id>/files/<sha256>`, content-addressed, so the same file
/// attached twice is stored once. A copy is written like every other file: a temporary file in the same
/// folder, `fsync`, `rename`, `fsync` of the folder.
public struct AttachmentStore: Sendable {
    /// The largest file that can be attached: 25 MB (a phone photo is a few; a report embeds its images).
    public static let sizeLimit: Int64 = 25 * 1024 * 1024

    public let directory: DataDirectory
    /// The largest file accepted (`sizeLimit` unless a test makes it smaller).
    public let limit: Int64

    public init(directory: DataDirectory, limit: Int64 = AttachmentStore.sizeLimit) {
        self.directory = directory
        self.limit = limit
    }

    /// The folder of a site's attached files.
    public func folder(_ siteID: String) -> URL { directory.siteFolder(siteID).appendingPathComponent("files") }

    /// Where a stored file is.
    public func fileURL(_ siteID: String, _ sha256: String) -> URL { folder(siteID).appendingPathComponent(sha256) }

    /// Whether the copy of a file is in the site's folder.
    public func contains(_ siteID: String, _ sha256: String) -> Bool {
        var info = stat()
        return stat(fileURL(siteID, sha256).path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// The stored bytes of a file, or nil when the copy is missing or unreadable.
    public func contents(_ siteID: String, _ sha256: String) -> Data? {
        guard contains(siteID, sha256) else { return nil }
        return try? Data(contentsOf: fileURL(siteID, sha256))
    }

    /// Checks the file at `path` and copies it into the site's folder; returns the attachment to record.
    /// Refuses, before reading anything, a missing path, a folder, a FIFO, socket or device, a broken symbolic
    /// link and a file over the limit. A symbolic link to a regular file is followed (the link's name is kept).
    public func store(_ path: String, siteID: String, at time: Timestamp, note: String? = nil) throws(AttachmentError) -> Attachment {
        let info = try AttachmentStore.check(path, limit: limit)
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw AttachmentStore.openError(errno, path) }
        defer { _ = close(fd) }
        // The file opened must be the one checked (not swapped for a FIFO or a larger file in between).
        var opened = stat()
        guard fstat(fd, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG,
              opened.st_ino == info.st_ino, opened.st_dev == info.st_dev else { throw .changed(path) }
        let copied = try copy(fd, path: path, siteID: siteID, expectedSize: Int64(opened.st_size))
        let name = URL(fileURLWithPath: path).lastPathComponent
        return Attachment(sha256: copied.sha256, name: name, size: copied.size,
                          mediaType: MediaType.guess(head: copied.head, name: name), attachedAt: time, note: note)
    }

    /// What the path is, refused unless it is (or links to) a regular file within the limit. Never opens it.
    static func check(_ path: String, limit: Int64) throws(AttachmentError) -> stat {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw openError(errno, path) }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard stat(path, &info) == 0 else {
                let code = errno
                if code == ENOENT || code == ELOOP || code == ENOTDIR { throw .brokenLink(path) }
                throw openError(code, path)
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .directory(path)
        case S_IFIFO: throw .special(path, kind: "FIFO")
        case S_IFSOCK: throw .special(path, kind: "socket")
        default: throw .special(path, kind: "device")
        }
        if Int64(info.st_size) > limit { throw .tooLarge(path, size: Int64(info.st_size), limit: limit) }
        return info
    }

    private static func openError(_ code: Int32, _ path: String) -> AttachmentError {
        switch code {
        case ENOENT, ENOTDIR: .missing(path)
        case ELOOP: .brokenLink(path)
        case EACCES, EPERM: .unreadable(path)
        default: .storage(.fromErrno(code, path: path, operation: "open"))
        }
    }

    /// Streams the file into a temporary file in the site's folder, hashing as it goes (64 KB at a time),
    /// then names the copy by its hash; a copy already there is kept and the new one dropped.
    private func copy(_ source: Int32, path: String, siteID: String, expectedSize: Int64) throws(AttachmentError)
        -> (sha256: String, size: Int64, head: [UInt8]) {
        let folderURL = folder(siteID)
        do throws(StorageError) { try DurableFile.makeDirectory(folderURL) } catch { throw .storage(error) }
        let temporary = "\(folderURL.path)/.incoming.\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let target = fd(temporary)
        guard target >= 0 else { throw .storage(.fromErrno(errno, path: temporary, operation: "create")) }
        var hasher = SHA256()
        var total: Int64 = 0
        var head: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var failure: AttachmentError?
        while failure == nil {
            let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = .unreadable(path)
                break
            }
            if count == 0 { break }
            total += Int64(count)
            if total > limit { failure = .changed(path); break }
            if head.count < 16 { head += buffer[0..<min(count, 16 - head.count)] }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            if let error = AttachmentStore.writeAll(target, buffer, count, path: temporary) { failure = error }
        }
        if failure == nil, total != expectedSize { failure = .changed(path) }
        if failure == nil, fsync(target) != 0 { failure = .storage(.fromErrno(errno, path: temporary, operation: "fsync")) }
        if close(target) != 0, failure == nil { failure = .storage(.fromErrno(errno, path: temporary, operation: "close")) }
        if let failure {
            _ = unlink(temporary)
            throw failure
        }
        let sha256 = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        let final = fileURL(siteID, sha256).path
        if contains(siteID, sha256) {
            _ = unlink(temporary)
        } else {
            guard rename(temporary, final) == 0 else {
                let code = errno
                _ = unlink(temporary)
                throw .storage(.fromErrno(code, path: final, operation: "rename"))
            }
        }
        do throws(StorageError) { try DurableFile.syncDirectory(folderURL.path) } catch { throw .storage(error) }
        return (sha256, total, head)
    }

    private func fd(_ path: String) -> Int32 { open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }

    private static func writeAll(_ fd: Int32, _ buffer: [UInt8], _ count: Int, path: String) -> AttachmentError? {
        var offset = 0
        while offset < count {
            let written = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + offset, count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return .storage(.fromErrno(errno, path: path, operation: "write"))
            }
            if written == 0 { return .storage(.fromErrno(ENOSPC, path: path, operation: "write")) }
            offset += written
        }
        return nil
    }
}
