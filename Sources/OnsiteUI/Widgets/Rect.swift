/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    public var column: Int
    public var row: Int
    public var width: Int
    public var height: Int

    public init(column: Int, row: Int, width: Int, height: Int) {
        self.column = column
        self.row = row
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var bottom: Int { row + height }
    public var right: Int { column + width }

    /// The rectangle shrunk by a margin on every side.
    public func inset(_ margin: Int) -> Rect {
        Rect(column: column + margin, row: row + margin, width: width - 2 * margin, height: height - 2 * margin)
    }
}
