/// A key the user pressed, decoded by the terminal layer.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    /// A control chord such as Ctrl-L, named by its lowercase letter.
    case control(Character)
    case function(Int)
}
