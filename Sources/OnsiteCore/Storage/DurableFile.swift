import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces files so that a pulled plug leaves either the old or the new content, never a mix.
///
/// Written against POSIX directly because Foundation's atomic write neither
/// syncs the directory nor keeps the 0600 mode on Linux.
public enum DurableFile {
    /// Writes `data` to a new file beside `url`, syncs it, renames it over `url`
    /// and syncs the directory. With `keepPrevious`, the replaced content stays
    /// reachable as `<name>.bak` (a hard link), the last good state for recovery.
    /// With `sync: false` the file is still replaced whole (never torn) but nothing waits for the disk:
    /// only for files whose loss costs nothing recorded (where the user was).
    public static func replace(_ url: URL, with data: Data, keepPrevious: Bool = false, sync: Bool = true) throws(StorageError) {
        let file = try stage(url, data)
        do throws(StorageError) {
            try finishWriting([file], sync: sync)
        } catch {
            _ = unlink(file.temporary)
            throw error
        }
        try commit(file, keepPrevious: keepPrevious)
        if sync { try syncDirectory(url.deletingLastPathComponent().path) }
    }

    /// Replaces several files as `replace(_:with:keepPrevious:)` does each, with the waits for the disk overlapped.
    /// Every new content is first written beside its file, and all of them are synced together (their writes
    /// started at once: the file system commits them in one go). Then the groups are renamed in order, each group's folder
    /// synced before the next group is renamed: a later group never names what an earlier one has not made
    /// durable. A group is files of one folder; nothing is renamed unless every new content reached the disk.
    public static func replaceInOrder(_ groups: [[(url: URL, data: Data)]], keepPrevious: Bool) throws(StorageError) {
        let groups = groups.filter { !$0.isEmpty }
        var staged: [[Staged]] = []
        // Whatever is not renamed in the end (a failure on the way) leaves no temporary file behind.
        defer { staged.joined().forEach { _ = unlink($0.temporary) } }
        do throws(StorageError) {
            for group in groups {
                staged.append([])
                for file in group { staged[staged.count - 1].append(try stage(file.url, file.data)) }
            }
        } catch {
            staged.joined().forEach { _ = close($0.descriptor) }
            throw error
        }
        try finishWriting(Array(staged.joined()), sync: true)
        for index in staged.indices {
            while let file = staged[index].first {
                try commit(file, keepPrevious: keepPrevious)
                staged[index].removeFirst()
            }
            try syncDirectory(groups[index][0].url.deletingLastPathComponent().path)
        }
    }

    /// A new content written beside its file, open and not yet synced or renamed.
    private struct Staged {
        let target: String
        let temporary: String
        let descriptor: Int32
    }

    /// Writes a new content beside its file, under a fresh temporary name (a file whose fsync failed is never reused).
    private static func stage(_ url: URL, _ data: Data) throws(StorageError) -> Staged {
        let directory = url.deletingLastPathComponent().path
        let temporary = "\(directory)/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .fromErrno(errno, path: temporary, operation: "create") }
        do throws(StorageError) {
            try writeAll(fd, data, path: temporary)
        } catch {
            _ = close(fd)
            _ = unlink(temporary)
            throw error
        }
        return Staged(target: url.path, temporary: temporary, descriptor: fd)
    }

    /// Syncs (unless `sync` is false) and closes the staged files; the first failure is thrown, after every one
    /// is closed. The disk writes of several are started first, so each fsync finds its data on the way or done,
    /// and the file system commits their metadata together instead of once a file.
    private static func finishWriting(_ files: [Staged], sync: Bool) throws(StorageError) {
        if sync, files.count > 1, let startWriting = startWriteback {
            for file in files { _ = startWriting(file.descriptor, 0, 0, 2 /* SYNC_FILE_RANGE_WRITE */) }
        }
        var failure: StorageError?
        for file in files {
            if sync, fsync(file.descriptor) != 0, failure == nil { failure = .fromErrno(errno, path: file.temporary, operation: "fsync") }
            if close(file.descriptor) != 0, failure == nil { failure = .fromErrno(errno, path: file.temporary, operation: "close") }
        }
        if let failure { throw failure }
    }

    /// Renames a staged file over its target, the replaced content first linked as `<name>.bak` when asked.
    private static func commit(_ file: Staged, keepPrevious: Bool) throws(StorageError) {
        if keepPrevious, access(file.target, F_OK) == 0 {
            _ = unlink(file.target + ".bak")
            _ = link(file.target, file.target + ".bak")
        }
        guard rename(file.temporary, file.target) == 0 else {
            let code = errno
            _ = unlink(file.temporary)
            throw .fromErrno(code, path: file.target, operation: "rename")
        }
    }

    /// Linux's `sync_file_range`, which the Glibc module does not import: looked up once by name (a hint only;
    /// without it every fsync simply waits for its own writes).
    private static let startWriteback: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sync_file_range") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32).self)
    }()

    /// Syncs a directory so that names created, renamed or removed in it survive a power cut.
    public static func syncDirectory(_ path: String) throws(StorageError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .fromErrno(errno, path: path, operation: "open directory") }
        defer { _ = close(fd) }
        guard fsync(fd) == 0 else { throw .fromErrno(errno, path: path, operation: "fsync directory") }
    }

    /// Creates a directory (and its parents) with mode 0700, and tightens it if someone loosened it.
    public static func makeDirectory(_ url: URL) throws(StorageError) {
        var existing = stat()
        if stat(url.path, &existing) == 0, existing.st_mode & S_IFMT == S_IFDIR {
            // There already (every start, every save of a day): no walk over the path's parts.
            if existing.st_mode & 0o077 != 0 { _ = chmod(url.path, 0o700) }
            return
        }
        var current = ""
        for component in url.standardizedFileURL.path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0, errno != EEXIST {
                throw .fromErrno(errno, path: current, operation: "create directory")
            }
        }
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw .fromErrno(errno, path: url.path, operation: "create directory") }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .fromErrno(ENOTDIR, path: url.path, operation: "create directory") }
        if info.st_mode & 0o077 != 0 {
            _ = chmod(url.path, 0o700)
        }
        // (DataDirectory.prepare reports loosened permissions to the user.)
    }

    private static func writeAll(_ fd: Int32, _ data: Data, path: String) throws(StorageError) {
        let failure: StorageError? = data.withUnsafeBytes { buffer -> StorageError? in
            guard var pointer = buffer.baseAddress else { return nil }
            var remaining = buffer.count
            while remaining > 0 {
                let written = write(fd, pointer, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return .fromErrno(errno, path: path, operation: "write")
                }
                if written == 0 { return .fromErrno(ENOSPC, path: path, operation: "write") }
                remaining -= written
                pointer += written
            }
            return nil
        }
        if let failure { throw failure }
    }
}
