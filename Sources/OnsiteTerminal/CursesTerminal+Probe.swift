#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

extension CursesTerminal {
    /// Checks, without drawing anything, that this is a terminal Onsite can
    /// drive; throws `TerminalUnavailable` with a message for the user if not.
    public static func probe() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalUnavailable(
                "Onsite needs an interactive terminal: standard input and output must both be a terminal.")
        }
        guard let name = terminalName, !name.isEmpty else {
            throw TerminalUnavailable(
                "Onsite needs to know the terminal type, but TERM is not set. Set it, for example TERM=xterm-256color.")
        }
        // A running terminal already passed; loading terminfo again would replace its entry.
        if isActive { return }
        var status: Int32 = 0
        let result = setupterm(name, STDOUT_FILENO, &status)
        defer { onsite_release_terminfo() }
        guard result != onsite_err(), status == 1 else {
            if status == -1 {
                throw TerminalUnavailable(
                    "Onsite cannot find the terminfo database, so it cannot drive the terminal \"\(name)\".")
            }
            throw TerminalUnavailable(
                "Onsite does not know the terminal type \"\(name)\" (no terminfo entry). "
                    + "Try TERM=xterm-256color, or install the ncurses-term package.")
        }
        guard onsite_has_cursor_addressing() != 0 else {
            throw TerminalUnavailable(
                "The terminal type \"\(name)\" cannot move the cursor, which Onsite needs. "
                    + "Run Onsite in a full terminal, for example with TERM=xterm-256color.")
        }
    }
}
