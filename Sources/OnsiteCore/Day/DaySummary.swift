/// What the site file keeps about each day, so lists and counts never read the day files.
public struct DaySummary: Codable, Hashable, Sendable, Identifiable {
    public var date: LocalDate
    public var state: DayState
    public var departed: Bool
    /// Log entries of the day.
    public var entries: Int
    public var amendments: Int

    public var id: String { date.isoText }

    public init(date: LocalDate, state: DayState, departed: Bool, entries: Int, amendments: Int) {
        self.date = date
        self.state = state
        self.departed = departed
        self.entries = entries
        self.amendments = amendments
    }

    /// The summary of a day as it stands.
    public init(_ day: WorkDay) {
        self.init(date: day.date, state: day.state, departed: day.departedAt != nil, entries: day.log.count, amendments: day.amendments.count)
    }
}

extension DaySummary {
    private enum CodingKeys: String, CodingKey { case date, state, departed, entries, amendments }

    /// `site.json` keeps one line per day, e.g. `2026-11-23 signed departed entries:18 amendments:0`:
    /// a site of years holds a thousand of them, and a line reads (and decodes) several times faster than
    /// an object. Files written before schema 4 hold objects, which still read.
    public init(from decoder: any Decoder) throws {
        if let line = try? decoder.singleValueContainer().decode(String.self) {
            guard let parsed = DaySummary(line: line) else {
                throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "not a day's summary: \(line)"))
            }
            self = parsed
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(date: try container.decode(LocalDate.self, forKey: .date), state: try container.decode(DayState.self, forKey: .state),
                  departed: try container.decode(Bool.self, forKey: .departed), entries: try container.decode(Int.self, forKey: .entries),
                  amendments: try container.decode(Int.self, forKey: .amendments))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(line)
    }

    /// The summary as one line of text.
    public var line: String {
        var bytes: [UInt8] = []
        appendLine(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `line` byte by byte (no newline): building it by string interpolation cost 1.3 µs a day, more than
    /// writing a long site's index.
    func appendLine(to bytes: inout [UInt8]) {
        Self.append(date.year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.append(date.month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.append(date.day, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: state.rawValue.utf8)
        bytes.append(contentsOf: departed ? " departed entries:".utf8 : " on-site entries:".utf8)
        Self.append(entries, width: 1, to: &bytes)
        bytes.append(contentsOf: " amendments:".utf8)
        Self.append(amendments, width: 1, to: &bytes)
    }

    /// A whole number in decimal, zero-padded to `width` digits (a negative one as Swift writes it).
    private static func append(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        guard value >= 0 else { return bytes.append(contentsOf: String(value).utf8) }
        var divisor = 1, digits = 1
        while digits < width || value / divisor >= 10 {
            divisor *= 10
            digits += 1
        }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    /// Reads a summary written by `line`; nil for anything else. Works on the bytes in place: a site's index holds
    /// a thousand lines, and splitting them (as characters, then as byte slices) was most of reading a long site's file.
    public init?(line: String) {
        var text = line
        guard let parsed = text.withUTF8(DaySummary.parse) else { return nil }
        self = parsed
    }

    /// `YYYY-MM-DD state departed|on-site entries:N amendments:N`, each part once, one space between. The date is
    /// read from its ten bytes; a date edited by hand in another shape (`2026/11/23`, `2026-1-5`) by the general parser.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> DaySummary? {
        guard let space = bytes.firstIndex(of: UInt8(ascii: " ")) else { return nil }
        let date: LocalDate
        if space == 10, let iso = LocalDate.isoDate(UnsafeBufferPointer(rebasing: bytes[0..<10])) {
            guard let iso else { return nil }
            date = iso
        } else {
            guard let general = LocalDate(text: String(decoding: bytes[0..<space], as: UTF8.self)) else { return nil }
            date = general
        }
        var position = space + 1
        /// The bytes up to the next space (or the end), and the position after that space.
        func word() -> Slice<UnsafeBufferPointer<UInt8>> {
            let start = position
            while position < bytes.count, bytes[position] != UInt8(ascii: " ") { position += 1 }
            let found = bytes[start..<position]
            if position < bytes.count { position += 1 }
            return found
        }
        func count(_ part: Slice<UnsafeBufferPointer<UInt8>>, after label: StaticString) -> Int? {
            let prefix = UnsafeBufferPointer(start: label.utf8Start, count: label.utf8CodeUnitCount)
            guard part.count > prefix.count, part.count - prefix.count <= 9, part.starts(with: prefix) else { return nil }
            return LocalDate.decimal(bytes, (part.startIndex + prefix.count)..<part.endIndex)
        }
        let stateWord = word()
        guard let state = DayState.allCases.first(where: { $0.rawValue.utf8.elementsEqual(stateWord) }) else { return nil }
        let presence = word()
        let departed = presence.elementsEqual("departed".utf8)
        guard departed || presence.elementsEqual("on-site".utf8),
              let entries = count(word(), after: "entries:") else { return nil }
        // The last part runs to the end of the line: a space after it is another part, which is refused.
        let last = bytes[position..<bytes.count]
        guard !last.contains(UInt8(ascii: " ")), let amendments = count(last, after: "amendments:") else { return nil }
        return DaySummary(date: date, state: state, departed: departed, entries: entries, amendments: amendments)
    }
}
