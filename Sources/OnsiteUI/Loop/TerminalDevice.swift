/// What the loop needs from a terminal; the ncurses front end is one, tests use a fake.
@MainActor
public protocol TerminalDevice: AnyObject {
    /// The current size in cells.
    var size: (width: Int, height: Int) { get }
    /// Whether box-drawing and other non-ASCII symbols can be shown (false on `TERM=linux`).
    var supportsUnicodeLines: Bool { get }
    /// Blocks until something happens: a key, a paste, a mouse action, a resize or a signal.
    func nextEvent() -> InputEvent
    /// The same, calling `idle` once first when nothing is waiting to be read (work that may go before the next key).
    func nextEvent(whenIdle idle: () -> Void) -> InputEvent
    /// Shows a whole frame at once.
    func draw(_ grid: Grid)
    /// Forgets what is on the screen and repaints everything on the next draw (Ctrl-L).
    func invalidate()
}

extension TerminalDevice {
    /// A terminal that cannot tell whether input is waiting does the idle work first.
    public func nextEvent(whenIdle idle: () -> Void) -> InputEvent {
        idle()
        return nextEvent()
    }
}
