import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one-writer lock of a data directory: `flock` on `onsite.lock`, held for the whole run.
/// The kernel releases it when the process ends, so a crash leaves no stale lock.
public final class DataLock {
    private var fd: Int32

    /// Takes the lock or says who holds it.
    public init(directory: URL) throws(StorageError) {
        let path = directory.appendingPathComponent("onsite.lock").path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .fromErrno(errno, path: path, operation: "open lock") }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = DataLock.readPID(fd)
            _ = close(fd)
            throw .locked(path: directory.path, holderPID: holder)
        }
        let pid = "\(getpid())\n"
        // Written over what was there, then cut only if the old text was longer: truncating first cost a
        // journal commit (~0.3 ms) at most starts, when the file already held a pid of the same length.
        let written = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
        var info = stat()
        if written >= 0, fstat(fd, &info) == 0, Int(info.st_size) > written { _ = ftruncate(fd, off_t(written)) }
    }

    deinit { release() }

    /// Gives the lock up (also done when the process ends).
    public func release() {
        guard fd >= 0 else { return }
        _ = flock(fd, LOCK_UN)
        _ = close(fd)
        fd = -1
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count - 1, 0)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return Int32(text)
    }
}
