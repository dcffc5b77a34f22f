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
    /// only for files whose loss costs nothing recorded (where the user was). With `syncFolder: false` the
    /// file is synced but its folder is not: for a caller that replaces another file in the same folder next and
    /// syncs the folder then (one folder sync covers both names).
    public static func replace(_ url: URL, with data: Data, keepPrevious: Bool = false, sync: Bool = true,
                               syncFolder: Bool = true) throws(StorageError) {
        let directory = url.deletingLastPathComponent().path
        let target = url.path
        // A fresh temporary name each time: a file whose fsync failed is never reused.
        let temporary = "\(directory)/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .fromErrno(errno, path: temporary, operation: "create") }
        do throws(StorageError) {
            try writeAll(fd, data, path: temporary)
            guard !sync || fsync(fd) == 0 else { throw .fromErrno(errno, path: temporary, operation: "fsync") }
            guard close(fd) == 0 else { throw .fromErrno(errno, path: temporary, operation: "close") }
        } catch {
            _ = close(fd)
            _ = unlink(temporary)
            throw error
        }
        if keepPrevious, access(target, F_OK) == 0 {
            let backup = target + ".bak"
            _ = unlink(backup)
            _ = link(target, backup)
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            _ = unlink(temporary)
            throw .fromErrno(code, path: target, operation: "rename")
        }
        if sync && syncFolder { try syncDirectory(directory) }
    }

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
