/// One cell of the screen grid. A wide character fills its cell and marks
/// the next one as its continuation (`isContinuation`), which draws nothing.
///
/// The character is kept as its UTF-8 bytes packed into two words rather than as a `String`: a cell is then
/// a plain value, so a frame's 3,000 cells are made, compared and freed without reference counting (which was
/// most of the cost of a frame). Up to 15 bytes are kept, whole scalars only; ncurses draws at most five
/// scalars of a cell anyway.
public struct Cell: Hashable, Sendable {
    /// Bytes 0–7 of the character.
    private var head: UInt64
    /// Bytes 8–14 of the character; the top byte holds how many bytes there are.
    private var tail: UInt64
    public var role: StyleRole
    public var isContinuation: Bool

    public init(text: String = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
        (head, tail) = Cell.pack(text)
        self.role = role
        self.isContinuation = isContinuation
    }

    /// A cell of one ASCII character.
    init(ascii byte: UInt8, role: StyleRole) {
        head = UInt64(byte)
        tail = 1 << 56
        self.role = role
        isContinuation = false
    }

    /// An empty cell in the given role.
    public static func blank(_ role: StyleRole = .normal) -> Cell { Cell(ascii: 0x20, role: role) }

    /// The character in the cell ("" for the second half of a wide character).
    public var text: String {
        get {
            let count = byteCount
            guard count > 0 else { return "" }
            return String(unsafeUninitializedCapacity: count) { buffer in
                for index in 0..<count { buffer[index] = byte(index) }
                return count
            }
        }
        set { (head, tail) = Cell.pack(newValue) }
    }

    /// The byte of a cell that holds one printable ASCII character, the common case of drawing.
    public var printableASCII: UInt8? {
        tail == 1 << 56 && head >= 0x20 && head < 0x7F ? UInt8(head) : nil
    }

    private var byteCount: Int { Int(tail >> 56) }

    private func byte(_ index: Int) -> UInt8 {
        index < 8 ? UInt8(truncatingIfNeeded: head >> (8 * index)) : UInt8(truncatingIfNeeded: tail >> (8 * (index - 8)))
    }

    private static func pack(_ text: String) -> (UInt64, UInt64) {
        let utf8 = text.utf8
        var count = utf8.count
        if count > 15 {
            // Longer than a cell keeps: the whole scalars that fit (the byte after them starts a scalar).
            var index = utf8.index(utf8.startIndex, offsetBy: 15)
            count = 15
            while count > 0, utf8[index] & 0xC0 == 0x80 {
                count -= 1
                index = utf8.index(before: index)
            }
        }
        var head: UInt64 = 0
        var tail: UInt64 = 0
        for (offset, byte) in utf8.prefix(count).enumerated() {
            if offset < 8 { head |= UInt64(byte) << (8 * offset) } else { tail |= UInt64(byte) << (8 * (offset - 8)) }
        }
        return (head, tail | UInt64(count) << 56)
    }
}
