import CNcursesw
import OnsiteUI

/// Turns mouse reports into `MouseEvent`s: ncurses's `MEVENT`s, and SGR
/// (mode 1006) reports that we parse ourselves when ncurses's terminfo entry
/// expects the older encoding. Only the left button and the wheel matter.
struct MouseDecoder {
    /// Whether the left button is down, so motion reports become drags.
    private(set) var leftButtonHeld = false

    /// Decodes what `getmouse` returned.
    mutating func decode(_ event: MEVENT) -> MouseEvent? {
        let state = event.bstate
        let column = Int(event.x), row = Int(event.y)
        func has(_ mask: mmask_t) -> Bool { state & mask != 0 }

        if has(onsite_button4_pressed()) { return MouseEvent(kind: .wheelUp, column: column, row: row) }
        if has(onsite_button5_pressed()) { return MouseEvent(kind: .wheelDown, column: column, row: row) }
        if has(onsite_report_mouse_position()) {
            guard leftButtonHeld else { return nil }
            return MouseEvent(kind: .drag, column: column, row: row)
        }
        if has(onsite_button1_pressed()) {
            leftButtonHeld = true
            return MouseEvent(kind: .press, column: column, row: row)
        }
        if has(onsite_button1_released()) {
            leftButtonHeld = false
            return MouseEvent(kind: .release, column: column, row: row)
        }
        if has(onsite_button1_clicked()) {
            leftButtonHeld = false
            return MouseEvent(kind: .press, column: column, row: row)
        }
        return nil
    }

    /// Decodes the body of an SGR report, `Cb;Cx;Cy` ended by `M` (press) or `m`
    /// (release), as read after the `ESC [ <` prefix. Coordinates are 1-based.
    mutating func decodeSGR(_ body: String, final: Character) -> MouseEvent? {
        let fields = body.split(separator: ";", omittingEmptySubsequences: false)
        guard fields.count == 3,
              let code = Int(fields[0]), let x = Int(fields[1]), let y = Int(fields[2]),
              x >= 1, y >= 1
        else { return nil }
        let column = x - 1, row = y - 1
        let button = code & 3
        let isPress = final == "M"

        if code & 64 != 0 {
            guard isPress else { return nil }
            switch button {
            case 0: return MouseEvent(kind: .wheelUp, column: column, row: row)
            case 1: return MouseEvent(kind: .wheelDown, column: column, row: row)
            default: return nil
            }
        }
        if code & 128 != 0 || button != 0 { return nil }
        if code & 32 != 0 {
            guard leftButtonHeld else { return nil }
            return MouseEvent(kind: .drag, column: column, row: row)
        }
        leftButtonHeld = isPress
        return MouseEvent(kind: isPress ? .press : .release, column: column, row: row)
    }
}
