/// Everything that can wake the loop: input from the terminal or a signal.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// Text that arrived as one bracketed paste; sanitised before use.
    case paste(String)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// The user or the system asked the program to end (SIGTERM, SIGHUP, Ctrl-C).
    case terminate
}
