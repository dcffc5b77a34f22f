#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// Signal handling for the terminal: a self-pipe that wakes the event loop, and
/// crash handlers that give the terminal back before the process dies.
///
/// Handlers only call async-signal-safe functions (`write`, `tcsetattr`,
/// `sigaction`, `raise`) on memory prepared before they were installed.
enum SignalRelay {
    /// Signals that end the program politely: they become `.terminate`.
    static let terminating: [Int32] = [SIGTERM, SIGHUP, SIGINT]
    /// Signals the loop must notice: a resize, and coming back from Ctrl-Z.
    static let waking: [Int32] = [SIGWINCH, SIGCONT]
    /// Signals that kill the program: the terminal is restored first.
    static let fatal: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGQUIT]

    /// The state the handlers read; allocated once, never freed.
    nonisolated(unsafe) static let records: UnsafeMutablePointer<SignalRecords> = {
        let pointer = UnsafeMutablePointer<SignalRecords>.allocate(capacity: 1)
        pointer.initialize(to: SignalRecords())
        return pointer
    }()

    /// The actions that were in place before ours, indexed by signal number.
    nonisolated(unsafe) static let previousActions: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: slotCount)
        pointer.initialize(repeating: sigaction(), count: slotCount)
        return pointer
    }()

    private static let slotCount = 65

    /// Makes the self-pipe, installs every handler and returns the read end.
    /// Call before `newterm`, so ncurses leaves SIGINT, SIGTERM and SIGWINCH to us.
    static func install(saving mode: termios?, resetBytes: [UInt8]) -> Int32? {
        var ends: [Int32] = [-1, -1]
        guard onsite_self_pipe(&ends) == 0 else { return nil }
        let state = records
        state.pointee.wakeDescriptor = ends[1]
        state.pointee.outputDescriptor = STDOUT_FILENO
        if let mode {
            state.pointee.savedMode = mode
            state.pointee.hasSavedMode = true
        }
        setResetBytes(resetBytes)
        _ = previousActions
        for signal in terminating + waking { installHandler(wakeHandler, for: signal, flags: 0) }
        for signal in fatal { installHandler(crashHandler, for: signal, flags: Int32(SA_ONSTACK)) }
        return ends[0]
    }

    /// Runs ncurses's SIGTSTP handler (installed by newterm) after turning our
    /// modes off, so the shell does not get paste brackets while we are stopped.
    /// Call after `newterm`; does nothing when ncurses did not install one.
    static func wrapSuspend(disabling bytes: [UInt8]) {
        var current = sigaction()
        guard sigaction(SIGTSTP, nil, &current) == 0, current.sa_flags & Int32(SA_SIGINFO) == 0,
              let handler = current.__sigaction_handler.sa_handler,
              unsafeBitCast(handler, to: Int.self) > 1  // neither SIG_DFL nor SIG_IGN
        else { return }
        let state = records
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        copy.initialize(from: bytes, count: bytes.count)
        state.pointee.suspendBytes = copy
        state.pointee.suspendCount = bytes.count
        installHandler(suspendHandler, for: SIGTSTP, flags: current.sa_flags)
        wrapsSuspend = true
    }

    /// Whether our SIGTSTP wrapper is installed (and must be removed again).
    nonisolated(unsafe) private static var wrapsSuspend = false

    /// Replaces the crash reset bytes (once terminfo is loaded they include rmcup and cnorm).
    static func setResetBytes(_ bytes: [UInt8]) {
        let state = records
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        fresh.initialize(from: bytes, count: bytes.count)
        let old = state.pointee.resetBytes
        // Count first to zero, then pointer, then count: a handler never reads past a buffer.
        state.pointee.resetCount = 0
        state.pointee.resetBytes = fresh
        state.pointee.resetCount = bytes.count
        old?.deallocate()
    }

    /// Puts the previous handlers back and closes the self-pipe.
    static func uninstall(readDescriptor: Int32) {
        for signal in terminating + waking + fatal {
            _ = sigaction(signal, previousActions + Int(signal), nil)
        }
        if wrapsSuspend {
            _ = sigaction(SIGTSTP, previousActions + Int(SIGTSTP), nil)
            wrapsSuspend = false
        }
        let state = records
        let wake = state.pointee.wakeDescriptor
        state.pointee.wakeDescriptor = -1
        if wake >= 0 { close(wake) }
        if readDescriptor >= 0 { close(readDescriptor) }
        state.pointee.resetCount = 0
    }

    /// Reads every pending byte from the self-pipe: one signal number each.
    static func drain(_ descriptor: Int32) -> [Int32] {
        var signals: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                signals.append(contentsOf: buffer[0..<count].map { Int32($0) })
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return signals
            }
        }
    }

    fileprivate static func writeAll(_ bytes: UnsafeMutablePointer<UInt8>?, count: Int) {
        guard let bytes else { return }
        var offset = 0
        while offset < count {
            let written = write(records.pointee.outputDescriptor, bytes + offset, count - offset)
            if written <= 0 { break }
            offset += written
        }
    }

    private static func installHandler(_ handler: @convention(c) (Int32) -> Void, for signal: Int32, flags: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags
        _ = sigaction(signal, &action, previousActions + Int(signal))
    }
}

/// Writes the signal number to the self-pipe; nothing else (no SA_RESTART, so poll wakes).
private let wakeHandler: @convention(c) (Int32) -> Void = { signal in
    let savedErrno = errno
    let descriptor = SignalRelay.records.pointee.wakeDescriptor
    if descriptor >= 0 {
        var byte = UInt8(truncatingIfNeeded: signal)
        _ = write(descriptor, &byte, 1)
    }
    errno = savedErrno
}

/// Restores the terminal with precomputed bytes, then lets the old action run.
private let crashHandler: @convention(c) (Int32) -> Void = { signal in
    let state = SignalRelay.records
    SignalRelay.writeAll(state.pointee.resetBytes, count: state.pointee.resetCount)
    if state.pointee.hasSavedMode {
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &state.pointee.savedMode)
    }
    // The previous action (the default, or Swift's backtracer) takes it from here.
    _ = sigaction(signal, SignalRelay.previousActions + Int(signal), nil)
    _ = raise(signal)
}

/// Turns our modes off, then lets ncurses's handler stop the process and,
/// on SIGCONT, restore its screen (our SIGCONT handler wakes the loop).
private let suspendHandler: @convention(c) (Int32) -> Void = { signal in
    let savedErrno = errno
    let state = SignalRelay.records
    SignalRelay.writeAll(state.pointee.suspendBytes, count: state.pointee.suspendCount)
    errno = savedErrno
    SignalRelay.previousActions[Int(SIGTSTP)].__sigaction_handler.sa_handler?(signal)
}
