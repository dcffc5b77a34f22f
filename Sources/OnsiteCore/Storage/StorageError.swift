#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why something could not be written or opened. The data stays in memory when a save fails.
public enum StorageError: Error, Hashable, Sendable {
    /// The disk (or the user's quota) is full.
    case diskFull(path: String)
    /// The system refused access.
    case permissionDenied(path: String)
    /// Any other input/output error, with the system's own words.
    case ioFailure(path: String, operation: String, code: Int32, message: String)
    /// Another Onsite holds the data directory.
    case locked(path: String, holderPID: Int32?)
    /// A value could not be turned into JSON.
    case encodingFailed(String)

    /// Builds the error for the current `errno` of a failed system call.
    static func fromErrno(_ code: Int32, path: String, operation: String) -> StorageError {
        switch code {
        case ENOSPC, EDQUOT: return .diskFull(path: path)
        case EACCES, EPERM, EROFS: return .permissionDenied(path: path)
        default:
            return .ioFailure(path: path, operation: operation, code: code, message: String(cString: strerror(code)))
        }
    }
}
