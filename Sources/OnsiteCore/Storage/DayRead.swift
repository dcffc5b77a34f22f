import Foundation

/// A day read from its file ahead of being shown, with its seal already checked: kept with the identity of the
/// file it came from, so that it is used only while that file is still the one on disk.
public struct DayRead: Sendable {
    /// The day file's path.
    public let path: String
    /// The version of the file that was read.
    public let identity: FileIdentity
    /// The day as the file holds it.
    public let day: WorkDay
    /// Whether the day's sign-off was changed after it was sealed.
    public let tampered: Bool
}

/// A day being read on a thread of its own (at start-up, each site's latest day): `read.value` waits for it.
public struct PendingDayRead: Sendable {
    /// The day file's path.
    public let path: String
    /// The read under way: nil when the file is missing, damaged or newer.
    public let read: BackgroundResult<DayRead?>
}
