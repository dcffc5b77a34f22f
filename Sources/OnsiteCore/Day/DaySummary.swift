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
        "\(date.isoText) \(state.rawValue) \(departed ? "departed" : "on-site") entries:\(entries) amendments:\(amendments)"
    }

    /// Reads a summary written by `line`; nil for anything else. Works on the bytes: a site's index holds a
    /// thousand lines and splitting them as characters was most of reading a long site's file.
    public init?(line: String) {
        let parts = line.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        func count(_ part: Substring.UTF8View, after label: String) -> Int? {
            guard part.starts(with: label.utf8) else { return nil }
            let digits = part.dropFirst(label.utf8.count)
            guard !digits.isEmpty, digits.count <= 9 else { return nil }
            var value = 0
            for byte in digits {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard parts.count == 5, let dateText = String(parts[0]), let date = LocalDate(text: dateText),
              let stateText = String(parts[1]), let state = DayState(rawValue: stateText),
              let entries = count(parts[3], after: "entries:"), let amendments = count(parts[4], after: "amendments:") else { return nil }
        let departed = parts[2].elementsEqual("departed".utf8)
        guard departed || parts[2].elementsEqual("on-site".utf8) else { return nil }
        self.init(date: date, state: state, departed: departed, entries: entries, amendments: amendments)
    }
}
