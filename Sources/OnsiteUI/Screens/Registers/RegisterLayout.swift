import OnsiteCore

/// The layout the log, the registers and the problem screen share: a title and a hint line,
/// a scrolling list, and under it the selected entry in full.
enum RegisterLayout {
    /// Rows above the list: the title with counts, and a hint line.
    static let listTop = 2

    /// Rows of the content area (between the title bar and the message line).
    static func contentHeight(_ state: AppState) -> Int { max(0, state.height - 3) }

    /// Rows of the pane that shows the selected entry in full.
    static func detailRows(_ state: AppState) -> Int { max(3, (contentHeight(state) - listTop - 1) / 3) }

    /// Rows of the list.
    static func listHeight(_ state: AppState) -> Int { max(1, contentHeight(state) - listTop - 1 - detailRows(state)) }

    /// Applies a movement action to a list position; returns whether the action was one.
    static func move(_ action: Action?, _ position: inout ListPosition, count: Int, visible: Int) -> Bool {
        position.apply(action, count: count, visible: visible)
    }

    /// The title row: the name, then counts in a quieter style.
    static func title(_ title: String, counts: String, _ state: AppState, into grid: inout Grid, _ area: Rect) {
        let x = area.column + 2
        let width = area.width - 4
        let used = grid.put(title, column: x, row: area.row, role: .title, maxWidth: width)
        if !counts.isEmpty, used + 2 < width {
            grid.put(TextWidth.truncate(counts, to: width - used - 2), column: x + used + 2, row: area.row, role: .muted)
        }
    }

    /// A line of keys from the key table ("Enter Open · a Add"), in the hint row.
    static func hints(_ bindings: [KeyBinding], _ state: AppState, into grid: inout Grid, _ area: Rect) {
        var column = area.column + 2
        let end = area.right - 2
        for binding in bindings {
            let text = binding.short.text(in: state.language)
            let needed = TextWidth.cells(of: binding.label) + 1 + TextWidth.cells(of: text)
            if column + needed > end { break }
            column += grid.put(binding.label, column: column, row: area.row + 1, role: .accent)
            column += 1
            column += grid.put(text, column: column, row: area.row + 1, role: .muted)
            column += 3
        }
    }

    /// The pane under the list: a rule with a heading, then wrapped lines (the last says how many more there are).
    static func detail(_ heading: String, _ lines: [(String, StyleRole)], _ state: AppState, into grid: inout Grid, _ area: Rect) {
        let x = area.column + 2
        let width = area.width - 4
        let rows = detailRows(state)
        let top = area.bottom - rows
        let rule = Symbols(unicode: state.unicodeLines).separator
        grid.put(String(repeating: rule, count: max(0, width)), column: x, row: top - 1, role: .border)
        if !heading.isEmpty {
            grid.put(rule + rule + " " + TextWidth.truncate(heading, to: max(1, width - 6)) + " ", column: x, row: top - 1, role: .heading, maxWidth: width)
        }
        var wrapped: [(String, StyleRole)] = []
        for (text, role) in lines {
            wrapped += TextWidth.wrap(text, width: max(1, width)).map { ($0, role) }
            if wrapped.count > rows * 4 { break }
        }
        let shown = wrapped.count > rows ? rows - 1 : rows
        for (index, line) in wrapped.prefix(shown).enumerated() {
            grid.put(line.0, column: x, row: top + index, role: line.1, maxWidth: width)
        }
        if wrapped.count > rows {
            let more = moreLines(lines, width: max(1, width)) - shown
            grid.put(state.t("… \(more) more line(s)", "……还有\(more)行"), column: x, row: top + rows - 1, role: .muted, maxWidth: width)
        }
    }

    /// How many wrapped lines some texts take in all.
    private static func moreLines(_ lines: [(String, StyleRole)], width: Int) -> Int {
        lines.reduce(0) { $0 + TextWidth.wrap($1.0, width: width).count }
    }

    /// A column width that fits the widest text of the column in the whole list (see `fitted`).
    static let auto = -1

    /// Rows whose `auto` columns are given the width of their widest text (at most 22 cells), so columns line up.
    static func fitted(_ rows: [[RowPiece]]) -> [[RowPiece]] {
        var widths: [Int: Int] = [:]
        for row in rows {
            for (index, piece) in row.enumerated() where piece.width == auto {
                widths[index] = min(22, max(widths[index] ?? 0, TextWidth.cells(of: piece.text)))
            }
        }
        return rows.map { row in
            row.enumerated().map { index, piece in
                var fitted = piece
                if piece.width == auto { fitted.width = widths[index] ?? 0 }
                return fitted
            }
        }
    }

    /// Cells the flexible piece of a row gets at least; optional pieces make way for it on a narrow terminal.
    static let minimumFlexible = 16

    /// Draws cells of a list row left to right, one space apart: each piece cut or padded to its width;
    /// a piece of width 0 takes what the others leave. The selected row is highlighted across the whole width.
    static func row(_ pieces: [RowPiece], column: Int, row: Int, width: Int, selected: Bool, into grid: inout Grid) {
        if selected { grid.fill(column: column, row: row, width: width, height: 1, role: .selected) }
        func flexible(_ pieces: [RowPiece]) -> Int { width - 1 - pieces.reduce(0) { $0 + $1.width } - pieces.count }
        var shown = pieces
        while flexible(shown) < minimumFlexible, let index = shown.lastIndex(where: \.optional) { shown.remove(at: index) }
        let rest = max(0, flexible(shown))
        var x = column + 1
        let end = column + width
        for piece in shown {
            guard x < end else { break }
            let room = min(piece.width == 0 ? rest : piece.width, end - x)
            grid.put(TextWidth.truncate(piece.text, to: room), column: x, row: row, role: selected ? .selected : piece.role, maxWidth: room)
            x += room + 1
        }
    }
}

/// One column of a list row: its text, width in cells (0: the rest of the row; `RegisterLayout.auto`: fit the column), style,
/// and whether it may be left out on a narrow terminal.
struct RowPiece {
    var text: String
    var width: Int
    var role: StyleRole
    var optional: Bool

    init(_ text: String, _ width: Int, _ role: StyleRole, optional: Bool = false) {
        self.text = text
        self.width = width
        self.role = role
        self.optional = optional
    }
}
