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
        self.init(date: now, offsetSeconds: clock.timeZone.secondsFromGMT(for: now))
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.date < rhs.date }

    /// Wall-clock parts at the recorded offset.
    public var components: DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetSeconds) ?? .gmt
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }

    /// The site's calendar day of this instant.
    public var localDate: LocalDate {
        let parts = components
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// `HH:MM` at the recorded offset.
    public var clockTime: String {
        let parts = components
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// `YYYY-MM-DD HH:MM`.
    public var shortText: String { "\(localDate.isoText) \(clockTime)" }

    /// ISO 8601 with the offset.
    public var isoText: String {
        let parts = components
        let sign = offsetSeconds < 0 ? "-" : "+"
        let offset = abs(offsetSeconds)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d",
            parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0,
            parts.second ?? 0, sign, offset / 3600, (offset % 3600) / 60)
    }

    /// Parses ISO 8601 text with an offset (or `Z`).
    public init?(isoText: String) {
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
