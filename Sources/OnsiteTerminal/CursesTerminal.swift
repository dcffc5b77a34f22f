#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import OnsiteUI

/// The real terminal: draws grids with ncursesw and turns keys, mouse, pastes,
/// resizes and signals into `InputEvent`s. Idle, it sleeps in `poll`.
@MainActor
public final class CursesTerminal: TerminalDevice {
    /// Whether a terminal is open; ncurses has one screen per process here.
    static var isActive = false

    let options: Options
    /// The ncurses screen, until `stop()`.
    var screen: OpaquePointer?
    /// The read end of the self-pipe the signal handlers write to.
    let wakeDescriptor: Int32
    let palette: RolePalette
    var mouse = MouseDecoder()
    var isRunning = true
    /// `invalidate()` was called: the next draw repaints everything.
    var needsFullRepaint = false
    var cursorVisible = false
    /// Whether our paste and mouse modes are on (they are sent after the first frame).
    var modesEnabled = false
    /// Signals seen while reading something longer (a paste), handled next.
    var pendingSignals: [Int32] = []
    /// Where a row is assembled before it goes to ncurses in one call.
    var rowBuffer: [cchar_t] = []
    /// The narrow cells of a run of printable ASCII, handed to ncurses at once.
    var narrowBuffer: [chtype] = []
    /// The last frame given to ncurses: rows that did not change are not written again.
    var lastDrawn: Grid?

    /// False on the Linux console (`TERM=linux*`) and in a locale that is not UTF-8.
    public let supportsUnicodeLines: Bool

    /// Takes over the terminal, or throws `TerminalUnavailable` before drawing anything.
    /// The caller must have set the locale (`TerminalLocale.ensureUTF8()`).
    public init(options: Options) throws {
        guard !Self.isActive else { throw TerminalUnavailable("Onsite already has the terminal open.") }
        try Self.probe()
        self.options = options
        supportsUnicodeLines = Self.unicodeLinesWork()

        var mode = termios()
        let hasMode = tcgetattr(STDIN_FILENO, &mode) == 0
        let resetBytes = Array(TerminalModes.disabling(mouse: true).utf8)
        // Handlers go in before newterm: ncurses then leaves SIGINT, SIGTERM and SIGWINCH alone.
        guard let readEnd = SignalRelay.install(saving: hasMode ? mode : nil, resetBytes: resetBytes) else {
            throw TerminalUnavailable("Onsite could not set up its signal handling (pipe2 failed).")
        }
        guard let screen = newterm(nil, onsite_stdout_file(), onsite_stdin_file()) else {
            SignalRelay.uninstall(readDescriptor: readEnd)
            throw TerminalUnavailable("ncurses could not open the terminal \"\(Self.terminalName ?? "")\".")
        }
        wakeDescriptor = readEnd
        self.screen = screen
        palette = Self.setUpScreen(options: options)
        SignalRelay.setResetBytes(Self.crashResetBytes())
        SignalRelay.wrapSuspend(disabling: Array(TerminalModes.disabling(mouse: options.mouse).utf8))
        Self.isActive = true
    }

    isolated deinit {
        stop()
    }

    /// The current size in cells.
    public var size: (width: Int, height: Int) {
        (Int(onsite_cols()), Int(onsite_lines()))
    }

    /// Repaints the whole screen on the next draw (Ctrl-L, or after a suspension).
    public func invalidate() {
        needsFullRepaint = true
    }

    /// Gives the terminal back: modes off, main screen, cursor, settings. Safe to call twice.
    public func stop() {
        guard isRunning else { return }
        isRunning = false
        if modesEnabled {
            TerminalModes.send(TerminalModes.disabling(mouse: options.mouse))
            modesEnabled = false
        }
        if options.mouse { _ = mousemask(0, nil) }
        _ = endwin()
        if let screen { delscreen(screen) }
        screen = nil
        SignalRelay.uninstall(readDescriptor: wakeDescriptor)
        Self.isActive = false
    }

    /// Turns on bracketed paste (and mouse tracking) after ncurses has flushed its output.
    func enableModes() {
        TerminalModes.send(TerminalModes.enabling(mouse: options.mouse))
        modesEnabled = true
    }

    /// The ncurses settings Onsite runs with; returns the colours for the theme.
    private static func setUpScreen(options: Options) -> RolePalette {
        let window = onsite_stdscr()
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        // cbreak leaves XON/XOFF on, which swallows Ctrl-S and Ctrl-Q (save, quit) and freezes
        // the output on Ctrl-S. ncurses restores the shell's setting on exit.
        var mode = termios()
        if tcgetattr(STDIN_FILENO, &mode) == 0 {
            mode.c_iflag &= ~tcflag_t(IXON)
            _ = tcsetattr(STDIN_FILENO, TCSANOW, &mode)
            _ = def_prog_mode()
        }
        _ = keypad(window, true)
        _ = nodelay(window, true)
        _ = leaveok(window, true)
        // Let ncurses scroll a list with insert/delete line instead of repainting it.
        _ = idlok(window, true)
        _ = set_escdelay(25)
        _ = curs_set(0)
        // Always finish a frame: a half-drawn frame would wait for the next key.
        _ = typeahead(-1)

        var colors = false, defaultColors = false
        var theme = options.theme
        if theme.usesColor {
            if has_colors(), start_color() != onsite_err(), onsite_colors() >= 8 {
                colors = true
                defaultColors = use_default_colors() != onsite_err()
            } else {
                theme = .monochrome
            }
        }
        let palette = RolePalette(theme: theme, colors: colors, defaultColors: defaultColors)

        // After keypad(): ncurses has loaded the terminfo keys, ours override them.
        _ = define_key(TerminalModes.pasteStartSequence, KeyDecoder.pasteStartCode)
        _ = define_key(TerminalModes.pasteEndSequence, KeyDecoder.pasteEndCode)
        for (sequence, code) in KeyDecoder.fallbackSequences where key_defined(sequence) == 0 {
            _ = define_key(sequence, code)
        }
        if options.mouse {
            _ = mousemask(onsite_all_mouse_events(), nil)
            _ = mouseinterval(0)
            // SGR reports are decoded here whatever ncurses's terminfo entry expects.
            _ = define_key(TerminalModes.sgrMousePrefix, KeyDecoder.sgrMouseCode)
        }
        return palette
    }

    /// What the crash handler writes: our modes off, attributes reset, cursor
    /// shown, keypad mode left and the main screen back, from this terminal's terminfo.
    private static func crashResetBytes() -> [UInt8] {
        var bytes = Array(TerminalModes.disabling(mouse: true).utf8)
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = onsite_terminfo_string(capability) else { continue }
            bytes += withoutPadding(Array(String(cString: value).utf8))
        }
        return bytes
    }

    /// Drops terminfo padding (`$<5>`), which only tputs understands.
    private static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                index = close + 1
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }

    /// Box drawing needs a UTF-8 locale, and the Linux console's font lacks much of it.
    private static func unicodeLinesWork() -> Bool {
        if let name = terminalName, name.hasPrefix("linux") { return false }
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// The TERM environment variable, if set.
    static var terminalName: String? {
        getenv("TERM").map { String(cString: $0) }
    }
}
