import OnsiteUI

/// What a raw key means before anything else is read.
enum KeyMeaning: Equatable {
    /// A complete event.
    case event(InputEvent)
    /// ncurses decoded a mouse report: ask `getmouse`.
    case mouse
    /// The start of an SGR mouse report ncurses does not know: the rest follows.
    case sgrMouse
    /// The start of a bracketed paste.
    case pasteStart
    /// The end of a bracketed paste (out of place here).
    case pasteEnd
    /// ncurses noticed a new terminal size.
    case resize
    /// Nothing the program cares about.
    case ignored
}
