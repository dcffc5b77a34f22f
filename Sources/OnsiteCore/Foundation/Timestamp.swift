import Foundation

/// An instant as it was on the site: the moment plus the UTC offset in force there.
/// Stored as ISO 8601 text with the offset, e.g. `2026-11-23T08:05:00+08:00`.
public struct Timestamp: Codable, Hashable, Sendable, Comparable {
    public var date: Date
    public var offsetSeconds: Int

    public init(date: Date, offsetSeconds: Int) {
        self.date = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        self.offsetSeconds = offsetSeconds
    }

    /// The current instant of a clock, with the offset of its time zone.
    public init(clock: any Clock) {
        let now = clock.now()
        self.init(date: now, offsetSeconds: clock.offsetSeconds(at: now))
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.date < rhs.date }

    /// Wall-clock parts at the recorded offset.
    public var components: DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetSeconds) ?? .gmt
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }

    /// Seconds since 1970-01-01 00:00 on the site's wall clock (the instant shifted by the offset).
    private var localSeconds: Int { Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds }

    /// Seconds since the site's midnight.
    private var secondOfDay: Int { localSeconds - localDayNumber * 86_400 }

    /// The site's day as a day number (days since 1970-01-01), rounding towards the past.
    private var localDayNumber: Int {
        let seconds = localSeconds
        return seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
    }

    // Plain arithmetic instead of a Calendar: the screens show many times a frame (the result is the same:
    // Gregorian, at the recorded offset).
    /// The site's calendar day of this instant.
    public var localDate: LocalDate { LocalDate(dayNumber: localDayNumber) }

    /// `HH:MM` at the recorded offset.
    public var clockTime: String {
        let second = secondOfDay
        return LocalDate.digits(second / 3600, 2) + ":" + LocalDate.digits((second % 3600) / 60, 2)
    }

    /// `YYYY-MM-DD HH:MM`.
    public var shortText: String { "\(localDate.isoText) \(clockTime)" }

    /// ISO 8601 with the offset.
    public var isoText: String {
        let second = secondOfDay
        let sign = offsetSeconds < 0 ? "-" : "+"
        let offset = abs(offsetSeconds)
        return localDate.isoText + "T" + LocalDate.digits(second / 3600, 2) + ":" + LocalDate.digits((second % 3600) / 60, 2) + ":"
            + LocalDate.digits(second % 60, 2) + sign + LocalDate.digits(offset / 3600, 2) + ":" + LocalDate.digits((offset % 3600) / 60, 2)
    }

    /// Parses ISO 8601 text with an offset (or `Z`).
    public init?(isoText: String) {
        // The form every file writes (`2026-11-23T08:05:00+08:00`), read from its bytes: a site's files hold
        // thousands, and the general path below (a Calendar) costs some forty times more.
        let count = isoText.utf8.count
        if count == 25 || count == 20, let parsed = isoText.utf8.withContiguousStorageIfAvailable(Timestamp.fixedForm) ?? nil {
            guard let parsed else { return nil }
            self = parsed
            return
        }
        let text = isoText.trimmingCharacters(in: .whitespaces)
        guard text.count >= 20 else { return nil }
        let body = String(text.prefix(19))
        let zone = String(text.dropFirst(19))
        let offset: Int
        if zone == "Z" {
            offset = 0
        } else {
            let sign: Int = zone.first == "-" ? -1 : 1
            let digits = zone.dropFirst().split(separator: ":")
            guard zone.first == "+" || zone.first == "-", digits.count == 2,
                  let hours = Int(digits[0]), let minutes = Int(digits[1]) else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        guard let zoneValue = TimeZone(secondsFromGMT: offset) else { return nil }
        let parts = body.split(whereSeparator: { $0 == "-" || $0 == "T" || $0 == ":" }).compactMap { Int($0) }
        guard parts.count == 6 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zoneValue
        let wanted = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4], second: parts[5])
        guard let date = calendar.date(from: wanted) else { return nil }
        // The calendar is lenient (Feb 30 becomes Mar 2): accept only times that exist.
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard back.year == parts[0], back.month == parts[1], back.day == parts[2],
              back.hour == parts[3], back.minute == parts[4], back.second == parts[5] else { return nil }
        self.init(date: date, offsetSeconds: offset)
    }

    /// `YYYY-MM-DDTHH:MM:SS` then `Z` or `±HH:MM`: `.some(nil)` when that shape holds a time that does not
    /// exist, nil for any other shape (then the general parser decides).
    private static func fixedForm(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp?? {
        func number(_ range: Range<Int>) -> Int? { LocalDate.decimal(bytes, range) }
        func byte(_ position: Int, _ character: Unicode.Scalar) -> Bool { bytes[position] == UInt8(ascii: character) }
        guard byte(4, "-"), byte(7, "-"), byte(10, "T"), byte(13, ":"), byte(16, ":"),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19) else { return nil }
        let offset: Int
        if bytes.count == 20 {
            guard byte(19, "Z") else { return nil }
            offset = 0
        } else {
            guard byte(19, "+") || byte(19, "-"), byte(22, ":"), let hours = number(20..<22), let minutes = number(23..<25) else { return nil }
            offset = (byte(19, "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
        }
        // Years the calendar reads but dates here do not: left to the general parser, as before.
        guard (1900...2200).contains(year) else { return nil }
        guard (1...12).contains(month), (1...LocalDate.daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60, abs(offset) <= 18 * 3600 else { return .some(nil) }
        let local = LocalDate(year: year, month: month, day: day).dayNumber * 86_400 + hour * 3600 + minute * 60 + second
        return Timestamp(date: Date(timeIntervalSince1970: TimeInterval(local - offset)), offsetSeconds: offset)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timestamp(isoText: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a time with offset: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(isoText)
    }
}
