import Foundation

/// Where new record ids come from; injected so tests get predictable ids.
public protocol IdSource: Sendable {
    /// A new id, unique within this data directory.
    func makeID() -> String
}

/// Random ids (UUID v4, lowercase) for the real program.
public struct RandomIdSource: IdSource {
    public init() {}
    public func makeID() -> String { UUID().uuidString.lowercased() }
}

/// Ids counted up from a prefix: "t-1", "t-2", …
public final class SequentialIdSource: IdSource, @unchecked Sendable {
    private let lock = NSLock()
    private var next = 1
    private let prefix: String

    public init(prefix: String = "id") { self.prefix = prefix }

    public func makeID() -> String {
        lock.withLock {
            defer { next += 1 }
            return "\(prefix)-\(next)"
        }
    }
}
