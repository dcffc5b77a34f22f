import OnsiteCore

/// A drawing surface of dots, two across and four down per cell, turned into Braille characters
/// (U+2800 block) or, on a terminal without Unicode, into `#` for any cell with a dot.
struct DotCanvas {
    /// Size in dots.
    let width: Int
    let height: Int
    private var dots: [Bool]

    /// A blank canvas of `columns` × `rows` cells.
    init(columns: Int, rows: Int) {
        width = max(0, columns) * 2
        height = max(0, rows) * 4
        dots = Array(repeating: false, count: width * height)
    }

    /// Whether a dot is set (false outside the canvas).
    func isSet(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < width, y < height else { return false }
        return dots[y * width + x]
    }

    /// Sets one dot; dots outside the canvas are ignored.
    mutating func plot(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        dots[y * width + x] = true
    }

    /// Sets every dot of the straight line between two dots (ends included).
    mutating func line(from start: SignaturePoint, to end: SignaturePoint) {
        for point in DotCanvas.line(from: start, to: end) { plot(x: point.x, y: point.y) }
    }

    /// Draws strokes given in dots of a pad of `sourceWidth` × `sourceHeight`, scaled to this canvas.
    mutating func draw(_ strokes: [[SignaturePoint]], sourceWidth: Int, sourceHeight: Int) {
        guard width > 0, height > 0 else { return }
        let fromWidth = max(1, sourceWidth), fromHeight = max(1, sourceHeight)
        // Points are clamped to their pad first: a hand-edited file cannot overflow the arithmetic.
        func scaled(_ point: SignaturePoint) -> SignaturePoint {
            let x = min(max(point.x, 0), fromWidth - 1), y = min(max(point.y, 0), fromHeight - 1)
            return SignaturePoint(x: min(width - 1, x * width / fromWidth), y: min(height - 1, y * height / fromHeight))
        }
        for stroke in strokes {
            guard let first = stroke.first else { continue }
            var previous = scaled(first)
            plot(x: previous.x, y: previous.y)
            for point in stroke.dropFirst() {
                let next = scaled(point)
                line(from: previous, to: next)
                previous = next
            }
        }
    }

    /// The canvas as one string per cell row.
    func rows(unicode: Bool) -> [String] {
        let columns = width / 2
        return (0..<(height / 4)).map { row in
            String((0..<columns).map { column in character(column: column, row: row, unicode: unicode) })
        }
    }

    /// The character of one cell.
    func character(column: Int, row: Int, unicode: Bool) -> Character {
        var bits: UInt32 = 0
        for (dx, dy, bit) in DotCanvas.brailleBits where isSet(x: column * 2 + dx, y: row * 4 + dy) { bits |= bit }
        if bits == 0 { return " " }
        guard unicode, let scalar = Unicode.Scalar(0x2800 + bits) else { return "#" }
        return Character(scalar)
    }

    /// Which bit of a Braille character each dot of a cell is: (x, y, bit).
    private static let brailleBits: [(Int, Int, UInt32)] = [
        (0, 0, 0x01), (0, 1, 0x02), (0, 2, 0x04), (1, 0, 0x08),
        (1, 1, 0x10), (1, 2, 0x20), (0, 3, 0x40), (1, 3, 0x80),
    ]

    /// The dots of the straight line between two dots, both ends included (Bresenham).
    static func line(from start: SignaturePoint, to end: SignaturePoint) -> [SignaturePoint] {
        var points: [SignaturePoint] = []
        var x = start.x, y = start.y
        let dx = abs(end.x - start.x), dy = -abs(end.y - start.y)
        let stepX = start.x < end.x ? 1 : -1, stepY = start.y < end.y ? 1 : -1
        var error = dx + dy
        while true {
            points.append(SignaturePoint(x: x, y: y))
            if x == end.x && y == end.y { break }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += stepX }
            if doubled <= dx { error += dx; y += stepY }
        }
        return points
    }
}
