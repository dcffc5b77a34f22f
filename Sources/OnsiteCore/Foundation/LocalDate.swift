import Foundation

/// A calendar day without a time, as people write it: `2026-11-23`.
public struct LocalDate: Codable, Hashable, Sendable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (also `YYYY/MM/DD` and `YYYY.MM.DD`), rejecting days that do not exist.
    public init?(text: String) {
        // The form every file and index writes, read without splitting (a site's index holds a thousand dates).
        if text.utf8.count == 10, let parsed = text.utf8.withContiguousStorageIfAvailable(LocalDate.isoDate) ?? nil {
            guard let parsed else { return nil }
            self = parsed
            return
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }), parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1900...2200).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD` from exactly ten ASCII bytes: `.some(nil)` for that shape with a day that does not exist,
    /// nil when the bytes have another shape (then the general parser decides).
    static func isoDate(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalDate?? {
        func number(_ range: Range<Int>) -> Int? { decimal(bytes, range) }
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        guard (1900...2200).contains(year), (1...12).contains(month), (1...LocalDate.daysIn(month: month, year: year)).contains(day) else {
            return .some(nil)
        }
        return LocalDate(year: year, month: month, day: day)
    }

    /// The decimal number written by ASCII digits at `range` of `bytes`; nil if one is not a digit.
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for position in range {
            let digit = Int(bytes[position]) - 48
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// Whether text has the shape of a date (four digits, one or two, one or two), existing or not.
    public static func looksLikeDate(_ text: String) -> Bool {
        let parts = text.trimmingCharacters(in: .whitespaces).split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        return parts.count == 3 && parts[0].count == 4 && (1...2).contains(parts[1].count) && (1...2).contains(parts[2].count)
            && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    /// Written digit by digit: screens show many dates a frame, and `String(format:)` costs ~100× more.
    public var isoText: String {
        LocalDate.digits(year, 4) + "-" + LocalDate.digits(month, 2) + "-" + LocalDate.digits(day, 2)
    }

    /// A non-negative number as decimal text, zero-padded to `width` digits.
    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return value < 0 || text.utf8.count >= width ? text : String(repeating: "0", count: width - text.utf8.count) + text
    }

    /// The date a number of days later (earlier when negative).
    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// Days from this date to another (negative when the other is earlier).
    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    // Plain day-number arithmetic (days since 1970-01-01, Gregorian): date sums run for every day
    // of a long site, and a calendar with a time zone is neither needed nor cheap here.
    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number (days since 1970-01-01).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Days in a month of a year (Gregorian).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = LocalDate(text: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a date (YYYY-MM-DD): \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(isoText)
    }
}
