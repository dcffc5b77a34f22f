#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The plain memory that signal handlers read. It lives behind a pointer made
/// once (`SignalRelay.records`), so a handler touches no Swift runtime state:
/// no reference counting, no lazy initialisation, no exclusivity checks.
struct SignalRecords {
    /// The write end of the self-pipe that wakes `nextEvent`, or -1.
    var wakeDescriptor: Int32 = -1
    /// Where the terminal's output goes (the descriptor ncurses writes to).
    var outputDescriptor: Int32 = STDOUT_FILENO
    /// Bytes that put the terminal back after a crash: modes off, cursor
    /// shown, keypad mode left, main screen back. Precomputed at start.
    var resetBytes: UnsafeMutablePointer<UInt8>?
    var resetCount = 0
    /// Bytes that turn our paste and mouse modes off before a Ctrl-Z suspension.
    var suspendBytes: UnsafeMutablePointer<UInt8>?
    var suspendCount = 0
    /// The terminal settings from before ncurses changed them.
    var savedMode = termios()
    var hasSavedMode = false
}
