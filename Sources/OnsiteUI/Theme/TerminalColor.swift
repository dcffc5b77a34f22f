/// A colour a terminal can show: the eight basic ones, or an index of the 256-colour palette.
public enum TerminalColor: Hashable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
    /// An index of the xterm 256-colour palette; `fallback` is used on 8-colour terminals.
    case indexed(UInt8, fallback: BasicFallback)

    /// The basic colour to use where only eight exist.
    public enum BasicFallback: Hashable, Sendable {
        case black, red, green, yellow, blue, magenta, cyan, white
    }
}
