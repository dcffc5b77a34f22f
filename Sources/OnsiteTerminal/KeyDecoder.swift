import CNcursesw
import OnsiteUI

/// Turns what ncurses reads into keys the program understands.
enum KeyDecoder {
    /// Private key codes, above every ncurses key, for sequences we teach ncurses with `define_key`.
    static let pasteStartCode = onsite_key_max() + 1
    static let pasteEndCode = onsite_key_max() + 2
    static let sgrMouseCode = onsite_key_max() + 3

    /// Sequences terminals commonly send for keys their terminfo entry names
    /// differently (a wrong or generic TERM, tmux, rxvt, the Linux console).
    /// Taught to ncurses only where the sequence is not bound already.
    static let fallbackSequences: [(String, Int32)] = [
        ("\u{1b}[A", KEY_UP), ("\u{1b}[B", KEY_DOWN), ("\u{1b}[C", KEY_RIGHT), ("\u{1b}[D", KEY_LEFT),
        ("\u{1b}OA", KEY_UP), ("\u{1b}OB", KEY_DOWN), ("\u{1b}OC", KEY_RIGHT), ("\u{1b}OD", KEY_LEFT),
        ("\u{1b}[H", KEY_HOME), ("\u{1b}OH", KEY_HOME), ("\u{1b}[1~", KEY_HOME), ("\u{1b}[7~", KEY_HOME),
        ("\u{1b}[F", KEY_END), ("\u{1b}OF", KEY_END), ("\u{1b}[4~", KEY_END), ("\u{1b}[8~", KEY_END),
        ("\u{1b}[5~", KEY_PPAGE), ("\u{1b}[6~", KEY_NPAGE), ("\u{1b}[3~", KEY_DC), ("\u{1b}[2~", KEY_IC),
        ("\u{1b}[Z", KEY_BTAB),
        ("\u{1b}OP", onsite_key_f(1)), ("\u{1b}OQ", onsite_key_f(2)),
        ("\u{1b}OR", onsite_key_f(3)), ("\u{1b}OS", onsite_key_f(4)),
    ]

    /// The meaning of one raw key.
    static func meaning(of raw: RawKey) -> KeyMeaning {
        switch raw {
        case .character(let value): return character(value)
        case .code(let code): return keyCode(code)
        }
    }

    private static func character(_ value: UInt32) -> KeyMeaning {
        switch value {
        case 13, 10: return .event(.key(.enter))
        case 27: return .event(.key(.escape))
        case 9: return .event(.key(.tab))
        case 127, 8: return .event(.key(.backspace))
        // Ctrl-C only arrives as a key when the terminal does not turn it into SIGINT.
        case 3: return .event(.terminate)
        case 1...26:
            let letter = Character(Unicode.Scalar(UInt8(96 + value)))
            return .event(.key(.control(letter)))
        case 0, 28...31, 0x80...0x9F: return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .event(.key(.character(Character(scalar))))
        }
    }

    private static func keyCode(_ code: Int32) -> KeyMeaning {
        if let key = namedKeys[code] { return .event(.key(key)) }
        let f0 = onsite_key_f(0)
        if code > f0 && code <= f0 + 63 { return .event(.key(.function(Int(code - f0)))) }
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return .mouse
        case pasteStartCode: return .pasteStart
        case pasteEndCode: return .pasteEnd
        case sgrMouseCode: return .sgrMouse
        default: return .ignored
        }
    }

    /// ncurses key codes and the keys they stand for. Keypad and vt220 names
    /// (KEY_A1, KEY_FIND, …) are what some terminals send for Home, End and the pages.
    private static let namedKeys: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_SR: .up, KEY_SF: .down, KEY_SLEFT: .left, KEY_SRIGHT: .right,
        KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
        KEY_A1: .home, KEY_C1: .end, KEY_A3: .pageUp, KEY_C3: .pageDown,
        KEY_FIND: .home, KEY_SELECT: .end,
        KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_BACKSPACE: .backspace,
        KEY_DC: .delete, KEY_IC: .insert,
    ]
}
