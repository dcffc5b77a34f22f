/// Collects the text of one bracketed paste, line ends made `\n`, up to a limit.
struct PasteBuffer {
    /// The most characters one paste keeps; the rest is read and dropped.
    static let limit = 100_000

    private(set) var text = ""
    private var count = 0
    private var lastWasReturn = false

    /// Adds one character the terminal sent. Terminals send `\r` for a line
    /// end; `\r`, `\n` and `\r\n` all become one `\n`.
    mutating func append(_ value: UInt32) {
        guard let scalar = Unicode.Scalar(value) else { return }
        if scalar == "\n" && lastWasReturn {
            lastWasReturn = false
            return
        }
        lastWasReturn = scalar == "\r"
        guard count < Self.limit else { return }
        text.unicodeScalars.append(scalar == "\r" ? "\n" : scalar)
        count += 1
    }
}
