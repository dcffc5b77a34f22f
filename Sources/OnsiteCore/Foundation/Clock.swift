import Foundation

/// Where the domain learns the time; the real clock lives in the executable, tests use a fixed one.
public protocol Clock: Sendable {
    /// The current instant.
    func now() -> Date
    /// The time zone the site works in (used to show times and to decide what "today" is).
    var timeZone: TimeZone { get }
    /// The offset of that time zone from UTC at an instant, in seconds (what every timestamp records).
    func offsetSeconds(at date: Date) -> Int
}

extension Clock {
    /// The offset, from `timeZone`.
    public func offsetSeconds(at date: Date) -> Int { timeZone.secondsFromGMT(for: date) }
}

/// A clock that says what it is told: for tests, demos and replays.
public final class FixedClock: Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    public let timeZone: TimeZone

    public init(_ date: Date, timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai")!) {
        current = date
        self.timeZone = timeZone
    }

    public func now() -> Date { lock.withLock { current } }

    /// Moves the clock (forwards or backwards).
    public func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }

    /// Sets the clock to an instant.
    public func set(_ date: Date) { lock.withLock { current = date } }
}
