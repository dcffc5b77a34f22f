/// A screen in memory: rows of cells that the terminal layer draws as they are.
///
/// Screens render into a Grid and never touch the terminal, so every screen
/// can be tested as text. All placement is measured in cells with `TextWidth`.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should stand (an input field being edited), if anywhere.
    public var cursor: (column: Int, row: Int)? {
        get { cursorColumn.map { ($0, cursorRow) } }
        set { cursorColumn = newValue?.column; cursorRow = newValue?.row ?? 0 }
    }
    private var cursorColumn: Int?
    private var cursorRow = 0

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(), count: self.width * self.height)
    }

    public static func == (lhs: Grid, rhs: Grid) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursorColumn == rhs.cursorColumn && lhs.cursorRow == rhs.cursorRow
    }

    /// The cell at a column and row.
    public subscript(column: Int, row: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes text from a position, clipped to the grid and to `maxWidth` cells.
    /// Returns the number of cells written.
    @discardableResult
    public mutating func put(_ text: String, column: Int, row: Int, role: StyleRole = .normal, maxWidth: Int? = nil) -> Int {
        guard row >= 0, row < height, column < width else { return 0 }
        let limit = min(width - max(column, 0), maxWidth ?? Int.max)
        guard limit > 0 else { return 0 }
        let base = row * width
        let first = max(column, 0)
        // Overwriting half of a wide character would leave garbage: its other half is blanked, which only the
        // two ends of the run can need (looked at before the run overwrites the first cell).
        let startsInWide = first > 0 && cells[base + first].isContinuation
        var x = column
        var written = 0
        let bytes = text.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            // Printable ASCII not followed by a combining mark, most of what a frame holds, is one cell a byte:
            // breaking such text into characters was most of the cost of a frame, redrawn at every key.
            if TextWidth.isPrintableASCII(byte), next == bytes.endIndex || bytes[next] < 0x80 {
                guard written < limit else { break }
                if x >= 0 { cells[base + x] = Cell(ascii: byte, role: role) }
                x += 1
                written += 1
                index = next
                continue
            }
            let character = text[index]
            index = text.index(after: index)
            let cellCount = TextWidth.cells(of: character)
            if cellCount == 0 { continue }
            if written + cellCount > limit { break }
            if x >= 0 {
                cells[base + x] = Cell(text: String(character), role: role)
                if cellCount == 2 { cells[base + x + 1] = Cell(text: "", role: role, isContinuation: true) }
            }
            x += cellCount
            written += cellCount
        }
        if x > first {
            if startsInWide { cells[base + first - 1] = .blank(cells[base + first - 1].role) }
            if x < width, cells[base + x].isContinuation { cells[base + x] = .blank(cells[base + x].role) }
        }
        return written
    }

    /// Paints `count` cells of a row in a role, keeping their text.
    public mutating func paint(column: Int, row: Int, count: Int, role: StyleRole) {
        guard row >= 0, row < height else { return }
        let start = max(0, column)
        let end = min(width, column + count)
        guard start < end else { return }
        for x in start..<end { cells[row * width + x].role = role }
    }

    /// Fills a rectangle with blanks of a role.
    public mutating func fill(column: Int, row: Int, width fillWidth: Int, height fillHeight: Int, role: StyleRole) {
        let x0 = max(0, column), x1 = min(width, column + fillWidth)
        let y0 = max(0, row), y1 = min(height, row + fillHeight)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            clearWideNeighbours(column: x0, row: y, span: x1 - x0)
            for x in x0..<x1 { cells[y * width + x] = .blank(role) }
        }
    }

    /// The text of one row, wide characters once, trailing blanks kept.
    public func rowText(_ row: Int) -> String {
        var line = ""
        for x in 0..<width where !cells[row * width + x].isContinuation {
            line += cells[row * width + x].text
        }
        return line
    }

    /// The whole grid as text, one line a row, trailing blanks removed.
    public var text: String {
        (0..<height).map { row in
            var line = rowText(row)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// Whether any row contains the given text.
    public func contains(_ needle: String) -> Bool {
        (0..<height).contains { rowText($0).contains(needle) }
    }

    /// Overwriting half of a wide character would leave garbage: blank the other half.
    private mutating func clearWideNeighbours(column: Int, row: Int, span: Int) {
        let base = row * width
        if cells[base + column].isContinuation, column > 0 {
            cells[base + column - 1] = .blank(cells[base + column - 1].role)
        }
        let after = column + span
        if after < width, cells[base + after].isContinuation {
            cells[base + after] = .blank(cells[base + after].role)
        }
    }
}
