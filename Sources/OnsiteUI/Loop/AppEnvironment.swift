import OnsiteCore

/// What the update needs from outside: the time, new ids and the device's signing key. Tests pass fixed ones.
public struct AppEnvironment: Sendable {
    public var clock: any Clock
    public var ids: any IdSource
    /// The key that seals the client's sign-offs made on this device.
    public var signer: DeviceKey
    /// Completes a typed path (Tab in the attach form): reads folders, so tests pass a fake one.
    public var completePath: @Sendable (String) -> PathCompletion

    public init(clock: any Clock, ids: any IdSource, signer: DeviceKey,
                completePath: @escaping @Sendable (String) -> PathCompletion = { PathCompleter.live().complete($0) }) {
        self.clock = clock
        self.ids = ids
        self.signer = signer
        self.completePath = completePath
    }

    /// Now, as a site timestamp.
    public var now: Timestamp { Timestamp(clock: clock) }
}
