#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Escape sequences ncurses does not send for us, and a plain way to write bytes.
enum TerminalModes {
    /// Bracketed paste: the terminal wraps pasted text in ESC[200~ … ESC[201~.
    static let pasteOn = "\u{1b}[?2004h"
    static let pasteOff = "\u{1b}[?2004l"
    /// Button-event tracking (drags while a button is held) in SGR encoding.
    /// ncurses sends only mode 1000 (press/release), and 1006 only for terminfo
    /// entries whose XM names it (xterm-256color does, tmux-256color does not).
    static let mouseOn = "\u{1b}[?1002h\u{1b}[?1006h"
    /// Turns every mouse mode off, including ncurses's own 1000.
    static let mouseOff = "\u{1b}[?1006l\u{1b}[?1002l\u{1b}[?1000l"

    /// Key sequences the terminal sends that ncurses does not know.
    static let pasteStartSequence = "\u{1b}[200~"
    static let pasteEndSequence = "\u{1b}[201~"
    static let sgrMousePrefix = "\u{1b}[<"

    /// The sequences that turn our modes on, for the given options.
    static func enabling(mouse: Bool) -> String {
        pasteOn + (mouse ? mouseOn : "")
    }

    /// The sequences that turn our modes off again.
    static func disabling(mouse: Bool) -> String {
        (mouse ? mouseOff : "") + pasteOff
    }

    /// Writes bytes straight to the terminal, after ncurses has flushed its own output.
    static func send(_ text: String, to descriptor: Int32 = STDOUT_FILENO) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
