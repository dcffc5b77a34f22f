/// One thing `wget_wch` returned: a character, or an ncurses key code.
enum RawKey: Equatable {
    /// A character (`OK`): its Unicode value, or a control code.
    case character(UInt32)
    /// A key code (`KEY_CODE_YES`): `KEY_UP`, `KEY_MOUSE`, one of ours, …
    case code(Int32)
}
