import CNcursesw
import OnsiteUI

extension CursesTerminal {
    /// Shows a whole frame at once: the rows that changed since the last frame, one `doupdate`.
    /// ncurses compares with what is on screen and sends only the difference.
    public func draw(_ grid: Grid) {
        guard isRunning else { return }
        let window = onsite_stdscr()
        let columns = min(grid.width, Int(onsite_cols()))
        let rows = min(grid.height, Int(onsite_lines()))
        // Same size, nothing invalidated: rows equal to the last frame are already in ncurses' window.
        var previous = needsFullRepaint ? nil : lastDrawn.flatMap {
            $0.width == grid.width && $0.height == grid.height && columns == grid.width && rows == grid.height ? $0 : nil
        }
        if previous == nil {
            _ = werase(window)
            // The erased window is blank cells of the default look: when the theme's normal role is that look,
            // only what differs from blank is written (a first frame is mostly blank).
            let normal = palette.look(for: .normal)
            if normal.pair == 0, normal.attributes == onsite_a_normal(), columns == grid.width, rows == grid.height {
                previous = Grid(width: grid.width, height: grid.height)
            }
        }
        if columns > 0 {
            for row in 0..<rows {
                guard let previous else {
                    drawRow(row, of: grid, from: 0, to: columns, window: window)
                    continue
                }
                // Only the cells that changed (a move changes a few words of two rows), whole wide characters.
                guard let changed = Self.changedSpan(previous, grid, row) else { continue }
                drawRow(row, of: grid, from: changed.lowerBound, to: changed.upperBound, window: window)
            }
        }
        lastDrawn = grid

        var showCursor = false
        if let cursor = grid.cursor, cursor.column >= 0, cursor.column < columns, cursor.row >= 0, cursor.row < rows {
            _ = wmove(window, Int32(cursor.row), Int32(cursor.column))
            showCursor = true
        }
        _ = leaveok(window, !showCursor)
        if !showCursor && cursorVisible { _ = curs_set(0) }
        if needsFullRepaint {
            _ = clearok(onsite_curscr(), true)
            needsFullRepaint = false
        }
        _ = wnoutrefresh(window)
        _ = doupdate()
        if showCursor && !cursorVisible { _ = curs_set(1) }
        cursorVisible = showCursor
        if !modesEnabled { enableModes() }
    }

    /// The columns of a row that differ between two frames of the same size, widened to whole wide
    /// characters (a span never starts on the second half of one, nor ends inside one); nil when none differ.
    nonisolated static func changedSpan(_ lhs: Grid, _ rhs: Grid, _ row: Int) -> Range<Int>? {
        let base = row * lhs.width
        var first = 0
        while first < lhs.width, lhs.cells[base + first] == rhs.cells[base + first] { first += 1 }
        guard first < lhs.width else { return nil }
        var last = lhs.width - 1
        while last > first, lhs.cells[base + last] == rhs.cells[base + last] { last -= 1 }
        while first > 0, lhs.cells[base + first].isContinuation || rhs.cells[base + first].isContinuation { first -= 1 }
        while last + 1 < lhs.width, lhs.cells[base + last + 1].isContinuation || rhs.cells[base + last + 1].isContinuation { last += 1 }
        return first..<(last + 1)
    }

    /// Writes the cells `start..<end` of a row: runs of printable ASCII as narrow cells (`mvwaddchnstr`, which
    /// ncurses copies without measuring each character's width, a third of the cost of handing over a frame),
    /// anything else with `mvwadd_wchnstr`. Neither moves the cursor nor scrolls, so the bottom-right cell is
    /// safe to write. Every entry covers exactly its own cells, so columns stay aligned even if the grid holds
    /// a stray continuation cell.
    private func drawRow(_ row: Int, of grid: Grid, from start: Int, to end: Int, window: UnsafeMutablePointer<WINDOW>?) {
        if rowBuffer.count < end - start + 1 { rowBuffer = Array(repeating: cchar_t(), count: end - start + 1) }
        if narrowBuffer.count < end - start + 1 { narrowBuffer = Array(repeating: 0, count: end - start + 1) }
        let palette = palette
        // The buffers are borrowed once a row, not at every cell (each access to a property of this class is checked).
        rowBuffer.withUnsafeMutableBufferPointer { wide in
            narrowBuffer.withUnsafeMutableBufferPointer { narrow in
                grid.cells.withUnsafeBufferPointer { cells in
                    let base = row * grid.width
                    var column = start
                    // Neighbouring cells mostly share a role: look it up once per run of cells.
                    var role = cells[base + start].role
                    var look = palette.look(for: role)
                    while column < end {
                        let runStart = column
                        var count = 0
                        // A run of printable ASCII in colour pairs a narrow cell can hold.
                        while column < end {
                            let cell = cells[base + column]
                            if cell.role != role {
                                role = cell.role
                                look = palette.look(for: role)
                            }
                            guard !cell.isContinuation, let byte = cell.printableASCII, look.pair < 256 else { break }
                            narrow[count] = onsite_ascii_cell(byte, look.attributes, look.pair)
                            count += 1
                            column += 1
                        }
                        if count > 0 {
                            narrow[count] = 0
                            _ = mvwaddchnstr(window, Int32(row), Int32(runStart), narrow.baseAddress, Int32(count))
                            continue
                        }
                        // A run of anything else, up to the next printable ASCII cell.
                        while column < end {
                            let cell = cells[base + column]
                            if cell.role != role {
                                role = cell.role
                                look = palette.look(for: role)
                            }
                            if count > 0, !cell.isContinuation, cell.printableASCII != nil, look.pair < 256 { break }
                            var text = cell.isContinuation ? " " : cell.text
                            var span = 1
                            if !cell.isContinuation, text.utf8.count > 1, (text.first.map(TextWidth.cells(of:)) ?? 1) == 2 {
                                // One byte is ASCII, one cell wide; only longer text can be a wide character,
                                // and one that would not fit the last column is not drawn.
                                if column + 1 < end { span = 2 } else { text = " " }
                            }
                            Self.setCell(&wide[count], text: text, look: look)
                            count += 1
                            column += span
                        }
                        wide[count] = cchar_t()
                        _ = mvwadd_wchnstr(window, Int32(row), Int32(runStart), wide.baseAddress, Int32(count))
                    }
                }
            }
        }
    }

    /// Fills one ncurses cell; anything ncurses would not draw as one glyph becomes a replacement.
    private static func setCell(_ target: inout cchar_t, text: String, look: RolePalette.Look) {
        var characters: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0, 0)
        let result = withUnsafeMutableBytes(of: &characters) { raw -> Int32 in
            let wide = raw.bindMemory(to: wchar_t.self)
            var length = 0
            let utf8 = text.utf8
            if utf8.count == 1, let byte = utf8.first {
                // The common case, plain ASCII: no walk over Unicode scalars.
                wide[0] = wchar_t(byte)
                length = 1
            } else {
                for scalar in text.unicodeScalars {
                    if length == 5 { break }
                    wide[length] = wchar_t(bitPattern: scalar.value)
                    length += 1
                }
            }
            if length == 0 || !isDrawable(wide[0]) {
                wide[0] = replacement
                length = 1
            }
            wide[length] = 0
            return setcchar(&target, wide.baseAddress, look.attributes, look.pair, nil)
        }
        if result == onsite_err() {
            var fallback: (wchar_t, wchar_t) = (replacement, 0)
            _ = withUnsafePointer(to: &fallback) { pointer in
                pointer.withMemoryRebound(to: wchar_t.self, capacity: 2) {
                    setcchar(&target, $0, look.attributes, look.pair, nil)
                }
            }
        }
    }

    /// A character that starts a cell: printable, not a control, not a combining mark alone.
    private static func isDrawable(_ character: wchar_t) -> Bool {
        let value = UInt32(bitPattern: character)
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return false }
        return onsite_wcwidth(character) > 0
    }

    /// What stands in for an undrawable character (U+FFFD where the locale has it).
    private static let replacement: wchar_t = onsite_wcwidth(0xFFFD) == 1 ? 0xFFFD : wchar_t(UInt8(ascii: "?"))
}
