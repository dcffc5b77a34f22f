/// Drawing helpers shared by the screens.
extension Grid {
    /// A frame around a rectangle, in Unicode line drawing or plain ASCII.
    public mutating func box(_ rect: Rect, unicode: Bool, role: StyleRole = .border, title: String? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let (h, v, tl, tr, bl, br) = unicode ? ("─", "│", "┌", "┐", "└", "┘") : ("-", "|", "+", "+", "+", "+")
        let inner = rect.width - 2
        put(tl + String(repeating: h, count: inner) + tr, column: rect.column, row: rect.row, role: role)
        for y in rect.row + 1..<rect.bottom - 1 {
            put(v, column: rect.column, row: y, role: role)
            put(v, column: rect.right - 1, row: y, role: role)
        }
        put(bl + String(repeating: h, count: inner) + br, column: rect.column, row: rect.bottom - 1, role: role)
        if let title, inner > 4 {
            put(" " + TextWidth.truncate(title, to: inner - 4) + " ", column: rect.column + 2, row: rect.row, role: .title)
        }
    }

    /// A horizontal bar showing a fraction, `[####------]` style, with block characters where possible.
    public mutating func progressBar(_ fraction: Double, column: Int, row: Int, width: Int, unicode: Bool) {
        guard width > 0 else { return }
        let filled = Int((min(max(fraction, 0), 1) * Double(width)).rounded(.down))
        put(String(repeating: unicode ? "█" : "#", count: filled), column: column, row: row, role: .progressDone)
        put(String(repeating: unicode ? "░" : "-", count: width - filled), column: column + filled, row: row, role: .progressTodo)
    }

    /// Text wrapped into a rectangle; returns the number of rows used.
    @discardableResult
    public mutating func paragraph(_ text: String, in rect: Rect, role: StyleRole = .normal) -> Int {
        let lines = TextWidth.wrap(text, width: rect.width)
        for (index, line) in lines.prefix(rect.height).enumerated() {
            put(line, column: rect.column, row: rect.row + index, role: role, maxWidth: rect.width)
        }
        return min(lines.count, rect.height)
    }

    /// One row of a list: highlighted across the whole width when selected.
    public mutating func listRow(_ text: String, column: Int, row: Int, width: Int, selected: Bool, role: StyleRole = .normal) {
        if selected { fill(column: column, row: row, width: width, height: 1, role: .selected) }
        put(text, column: column, row: row, role: selected ? .selected : role, maxWidth: width)
    }
}
