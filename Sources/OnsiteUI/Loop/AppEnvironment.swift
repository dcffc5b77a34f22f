import OnsiteCore

/// What the update needs from outside: the time, new ids and the device's signing key. Tests pass fixed ones.
public struct AppEnvironment: Sendable {
    public var clock: any Clock
    public var ids: any IdSource
    /// The key that seals the client's sign-offs made on this device.
    public var signer: DeviceKey

    public init(clock: any Clock, ids: any IdSource, signer: DeviceKey) {
        self.clock = clock
        self.ids = ids
        self.signer = signer
    }

    /// Now, as a site timestamp.
    public var now: Timestamp { Timestamp(clock: clock) }
}
