import Foundation
import XCTest
@testable import OnsiteCore

/// The byte-level readers of dates, times and day lines agree with the general ones and refuse what they refuse.
final class FixedFormParsingTests: XCTestCase {
    func testTimesReadFromTheirBytesEqualTheCalendarsReading() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<2_000 {
            let seconds = Int.random(in: -2_000_000_000...7_000_000_000, using: &random)
            let offset = [0, 8 * 3600, -5 * 3600, 5 * 3600 + 1800, -(9 * 3600 + 30 * 60), 14 * 3600].randomElement(using: &random)!
            let stamp = Timestamp(date: Date(timeIntervalSince1970: TimeInterval(seconds)), offsetSeconds: offset)
            let text = stamp.isoText
            guard LocalDate(text: String(text.prefix(10))) != nil else { continue }
            XCTAssertEqual(text.utf8.count, 25)
            let fast = Timestamp(isoText: text)
            let general = Timestamp(isoText: " " + text)
            XCTAssertEqual(fast, stamp, text)
            XCTAssertEqual(fast, general, text)
        }
        XCTAssertEqual(Timestamp(isoText: "2026-11-23T00:05:00Z"), Timestamp(isoText: " 2026-11-23T00:05:00Z"))
    }

    func testImpossibleTimesAreRefusedOnBothPaths() {
        for text in ["2026-02-30T08:00:00+08:00", "2026-11-23T24:00:00+08:00", "2026-11-23T08:60:00+08:00", "2026-11-23T08:00:60+08:00",
                     "2026-11-23T08:00:00+19:00", "2026-13-01T08:00:00+08:00", "2026-11-23 08:00:00+08:00", "2026-11-23T08:00:00*08:00",
                     "2026-11-23T08:00:0x+08:00", "2026-11-23T08:00:00Y"] {
            XCTAssertNil(Timestamp(isoText: text), text)
        }
    }

    func testDatesFromTheirBytes() {
        XCTAssertEqual(LocalDate(text: "2024-02-29"), LocalDate(year: 2024, month: 2, day: 29))
        for text in ["2023-02-29", "2026-00-10", "2026-11-31", "1899-12-31", "2201-01-01", "2026-1a-01", "2026/11/2x"] {
            XCTAssertNil(LocalDate(text: text), text)
        }
        XCTAssertEqual(LocalDate(text: "2026/11/23"), LocalDate(year: 2026, month: 11, day: 23), "other separators take the general path")
    }

    func testDayLines() {
        let summary = DaySummary(date: LocalDate(year: 2026, month: 11, day: 23), state: .closedWithoutSignature, departed: false, entries: 12, amendments: 3)
        XCTAssertEqual(summary.line, "2026-11-23 closed-without-signature on-site entries:12 amendments:3")
        XCTAssertEqual(DaySummary(line: summary.line), summary)
        for line in ["2026-11-23 signed departed entries: amendments:0", "2026-11-23 signed departed entries:1 amendments:0 extra",
                     "2026-11-23 signed left entries:1 amendments:0", "2026-11-23  signed departed entries:1 amendments:0",
                     "2026-11-23 signed departed entries:9999999999 amendments:0", "2026-11-23 signed departed entries:+1 amendments:0",
                     "2026-11-23 signed departed entries:1 amendments:0 ", "2026-11-23 signed departed entries:1", "2026-11-23",
                     "2026-11-23 ", "2026-11-23 Signed departed entries:1 amendments:0", "2026-11-23 signed departed entries:1 amendments:",
                     "2026-11-23 signed departed entries:1 amendments:0\n", "2026-02-30 signed departed entries:1 amendments:0",
                     "2026-11-23 signed departed amendments:0 entries:1", "2026-11-23 signed departed entries:1  amendments:0",
                     "2026-11-23 signed 现场 entries:1 amendments:0", "", " 2026-11-23 signed departed entries:1 amendments:0"] {
            XCTAssertNil(DaySummary(line: line), line)
        }
        // A date written another way by hand still reads, as the general date parser reads it; a day that does not exist does not.
        XCTAssertEqual(DaySummary(line: "2026/11/23 signed departed entries:3 amendments:0")?.date, LocalDate(year: 2026, month: 11, day: 23))
        XCTAssertEqual(DaySummary(line: "2026-1-5 open on-site entries:0 amendments:0")?.date, LocalDate(year: 2026, month: 1, day: 5))
        XCTAssertNil(DaySummary(line: "2026/02/30 signed departed entries:3 amendments:0"))
        XCTAssertNil(DaySummary(line: "2026/11/23 signed departed entries:3 amendments:0 "))
        // Every state and both presences, and counts at the limits, read back as written.
        for state in DayState.allCases {
            for (departed, entries, amendments) in [(true, 0, 0), (false, 999_999_999, 7), (true, 18, 123_456_789)] {
                let day = DaySummary(date: LocalDate(year: 2027, month: 2, day: 28), state: state, departed: departed, entries: entries, amendments: amendments)
                XCTAssertEqual(DaySummary(line: day.line), day, day.line)
            }
        }
    }
}
