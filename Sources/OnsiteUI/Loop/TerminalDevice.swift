/// What the loop needs from a terminal; the ncurses front end is one, tests use a fake.
@MainActor
public protocol TerminalDevice: AnyObject {
    /// The current size in cells.
    var size: (width: Int, height: Int) { get }
    /// Whether box-drawing and other non-ASCII symbols can be shown (false on `TERM=linux`).
    var supportsUnicodeLines: Bool { get }
    /// Blocks until something happens: a key, a paste, a mouse action, a resize or a signal.
    func nextEvent() -> InputEvent
    /// Shows a whole frame at once.
    func draw(_ grid: Grid)
    /// Forgets what is on the screen and repaints everything on the next draw (Ctrl-L).
    func invalidate()
}
