import OnsiteCore

/// What the update needs from outside: the time and new ids. Tests pass fixed ones.
public struct AppEnvironment: Sendable {
    public var clock: any Clock
    public var ids: any IdSource

    public init(clock: any Clock, ids: any IdSource) {
        self.clock = clock
        self.ids = ids
    }

    /// Now, as a site timestamp.
    public var now: Timestamp { Timestamp(clock: clock) }
}
