#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import OnsiteUI

extension CursesTerminal {
    /// Blocks until something happens: a key, a paste, a mouse action, a resize
    /// or a signal. Sleeps in `poll` on the terminal and the self-pipe, with no timeout.
    public func nextEvent() -> InputEvent { nextEvent(whenIdle: {}) }

    /// The same, calling `idle` once before sleeping when no key or signal is waiting.
    public func nextEvent(whenIdle idle: () -> Void) -> InputEvent {
        guard isRunning else { return .terminate }
        var idleDone = false
        while true {
            if let event = signalEvent() { return event }
            if let event = readEvent() { return event }
            if !idleDone {
                idleDone = true
                idle()
                continue
            }
            switch waitForInput() {
            case .input, .signal, .interrupted: continue
            case .closed: return .terminate
            }
        }
    }

    /// The event the pending signals call for, if any.
    private func signalEvent() -> InputEvent? {
        pendingSignals += SignalRelay.drain(wakeDescriptor)
        guard !pendingSignals.isEmpty else { return nil }
        let signals = pendingSignals
        pendingSignals = []
        if signals.contains(where: SignalRelay.terminating.contains) { return .terminate }
        if signals.contains(SIGCONT) {
            // Back from Ctrl-Z: ncurses's SIGTSTP handler restored the screen
            // and mode 1000; ours are turned on again and the next frame is whole.
            _ = syncSize()
            if modesEnabled { enableModes() }
            invalidate()
            return .resize(width: size.width, height: size.height)
        }
        if signals.contains(SIGWINCH), syncSize() {
            return .resize(width: size.width, height: size.height)
        }
        return nil
    }

    /// Tells ncurses the size the kernel reports; true when it changed.
    /// (Our SIGWINCH handler replaces ncurses's, so no KEY_RESIZE is queued.)
    private func syncSize() -> Bool {
        var rows: Int32 = 0, columns: Int32 = 0
        guard onsite_window_size(STDOUT_FILENO, &rows, &columns) == 0 else { return false }
        guard rows != onsite_lines() || columns != onsite_cols() else { return false }
        _ = resize_term(rows, columns)
        invalidate()
        return true
    }

    /// Decodes keys ncurses has ready until one means something; nil when none is left.
    private func readEvent() -> InputEvent? {
        while let raw = readKey() {
            switch KeyDecoder.meaning(of: raw) {
            case .event(let event):
                return event
            case .resize:
                return .resize(width: size.width, height: size.height)
            case .mouse:
                var report = MEVENT()
                if getmouse(&report) == OK, let event = mouse.decode(report) { return .mouse(event) }
            case .sgrMouse:
                if let event = readSGRMouse() { return event }
            case .pasteStart:
                return readPaste()
            case .pasteEnd, .ignored:
                continue
            }
        }
        return nil
    }

    /// One key from ncurses without waiting (the window is in nodelay mode).
    private func readKey() -> RawKey? {
        var value: wint_t = 0
        switch wget_wch(onsite_stdscr(), &value) {
        case OK: return .character(UInt32(value))
        case KEY_CODE_YES: return .code(Int32(bitPattern: UInt32(value)))
        default: return nil
        }
    }

    /// Gives a key back to ncurses, to be read next.
    private func pushBack(_ raw: RawKey) {
        switch raw {
        case .character(let value): _ = unget_wch(wchar_t(bitPattern: value))
        case .code(let code): _ = ungetch(code)
        }
    }

    /// Everything up to the end of a bracketed paste, as one event. Keys ncurses
    /// decoded from escape sequences inside the paste are dropped.
    private func readPaste() -> InputEvent {
        var paste = PasteBuffer()
        while true {
            guard let raw = readKey() else {
                if awaitMoreInput() { continue }
                return .terminate
            }
            switch raw {
            case .character(let value):
                paste.append(value)
            case .code(KeyDecoder.pasteEndCode):
                return .paste(paste.text)
            case .code(KEY_MOUSE):
                var report = MEVENT()
                _ = getmouse(&report)
            case .code:
                continue
            }
        }
    }

    /// The rest of an SGR mouse report after `ESC [ <`: `Cb;Cx;Cy` and `M` or `m`.
    /// Anything else ends it and is read again as an ordinary key.
    private func readSGRMouse() -> InputEvent? {
        var body = ""
        while body.utf8.count < 32 {
            guard let raw = readKey() else {
                if awaitMoreInput() { continue }
                return .terminate
            }
            guard case .character(let value) = raw, value < 0x80 else {
                pushBack(raw)
                return nil
            }
            let character = Character(Unicode.Scalar(UInt8(value)))
            if character == "M" || character == "m" {
                return mouse.decodeSGR(body, final: character).map { .mouse($0) }
            }
            guard character.isNumber || character == ";" else {
                pushBack(raw)
                return nil
            }
            body.append(character)
        }
        return nil
    }

    /// Waits, in the middle of a longer sequence, until the terminal has more
    /// bytes. False when the program must end (a terminating signal, or the terminal closed).
    private func awaitMoreInput() -> Bool {
        while true {
            let signals = SignalRelay.drain(wakeDescriptor)
            if signals.contains(where: SignalRelay.terminating.contains) { return false }
            pendingSignals += signals
            switch waitForInput() {
            case .input: return true
            case .signal, .interrupted: continue
            case .closed: return false
            }
        }
    }

    /// Sleeps until the terminal or the self-pipe is readable, with no timeout.
    private func waitForInput() -> WakeReason {
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        if poll(&descriptors, 2, -1) < 0 {
            return errno == EINTR || errno == EAGAIN ? .interrupted : .closed
        }
        let terminal = Int32(descriptors[0].revents)
        if terminal & (POLLERR | POLLHUP | POLLNVAL) != 0 { return .closed }
        if Int32(descriptors[1].revents) & POLLIN != 0 { return .signal }
        if terminal & POLLIN != 0 {
            // Readable with nothing to read is end of file: never spin on it.
            return onsite_pending_bytes(STDIN_FILENO) == 0 ? .closed : .input
        }
        return .interrupted
    }
}
