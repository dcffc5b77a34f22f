import Foundation
import XCTest
@testable import OnsiteCore

/// Day arithmetic on calendar dates: day numbers, adding days, days between dates.
final class LocalDateArithmeticTests: XCTestCase {
    private func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day) }

    func testDayNumbersCountFromTheFirstOfJanuary1970() {
        XCTAssertEqual(date(1970, 1, 1).dayNumber, 0)
        XCTAssertEqual(date(1970, 1, 2).dayNumber, 1)
        XCTAssertEqual(date(1969, 12, 31).dayNumber, -1)
        XCTAssertEqual(date(2000, 3, 1).dayNumber, 11_017)
        XCTAssertEqual(date(2026, 11, 23).dayNumber, 20_780)
        XCTAssertEqual(LocalDate(dayNumber: 0), date(1970, 1, 1))
        XCTAssertEqual(LocalDate(dayNumber: -1), date(1969, 12, 31))
        XCTAssertEqual(LocalDate(dayNumber: 20_780), date(2026, 11, 23))
    }

    func testTheFixtureMorningIsDayNumberOfItsLocalDate() {
        let stamp = Timestamp(clock: Fixture.clock())
        XCTAssertEqual(stamp.localDate.dayNumber, Int(Fixture.morning.timeIntervalSince1970 + 8 * 3600) / 86_400)
    }

    func testDayNumbersAgreeWithTheGregorianCalendarForEveryDayFrom1900To2200() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try XCTUnwrap(TimeZone(secondsFromGMT: 0))
        let start = date(1900, 1, 1).dayNumber
        let end = date(2200, 12, 31).dayNumber
        var failures = 0
        for number in start...end {
            let value = LocalDate(dayNumber: number)
            if value.dayNumber != number { failures += 1 }
            if number % 97 == 0 {
                let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(number) * 86_400))
                XCTAssertEqual(value, date(parts.year ?? 0, parts.month ?? 0, parts.day ?? 0), "day \(number)")
            }
            XCTAssertNotNil(LocalDate(text: value.isoText), value.isoText)
        }
        XCTAssertEqual(failures, 0)
    }

    func testAddingDaysCrossesMonthsYearsAndLeapDays() {
        let start = date(2026, 11, 23)
        XCTAssertEqual(start.adding(days: 0), start)
        XCTAssertEqual(start.adding(days: 3), date(2026, 11, 26))
        XCTAssertEqual(start.adding(days: 7), date(2026, 11, 30))
        XCTAssertEqual(start.adding(days: 8), date(2026, 12, 1))
        XCTAssertEqual(start.adding(days: 39), date(2027, 1, 1))
        XCTAssertEqual(start.adding(days: -23), date(2026, 10, 31))
        XCTAssertEqual(date(2028, 2, 28).adding(days: 1), date(2028, 2, 29))
        XCTAssertEqual(date(2028, 2, 29).adding(days: 1), date(2028, 3, 1))
        XCTAssertEqual(date(2027, 2, 28).adding(days: 1), date(2027, 3, 1))
        XCTAssertEqual(date(2100, 2, 28).adding(days: 1), date(2100, 3, 1), "2100 is not a leap year")
        XCTAssertEqual(date(2000, 2, 28).adding(days: 1), date(2000, 2, 29), "2000 is")
        XCTAssertEqual(date(2026, 1, 1).adding(days: 365), date(2027, 1, 1))
        XCTAssertEqual(date(2028, 1, 1).adding(days: 366), date(2029, 1, 1))
    }

    func testDaysUntilIsTheDifferenceAndUndoesAdding() {
        let start = date(2026, 11, 23)
        XCTAssertEqual(start.days(until: date(2026, 11, 30)), 7)
        XCTAssertEqual(start.days(until: date(2026, 11, 16)), -7)
        XCTAssertEqual(start.days(until: start), 0)
        XCTAssertEqual(date(2027, 12, 31).days(until: date(2029, 1, 1)), 367, "2028 has a leap day")
        for offset in [-1000, -400, -1, 0, 1, 30, 366, 3650] {
            XCTAssertEqual(start.days(until: start.adding(days: offset)), offset)
            XCTAssertEqual(start.adding(days: offset).adding(days: -offset), start)
        }
    }

    func testOrderFollowsDayNumbers() {
        let dates = [date(2026, 11, 23), date(2026, 12, 1), date(2027, 1, 1), date(2026, 2, 28)]
        XCTAssertEqual(dates.sorted(), dates.sorted { $0.dayNumber < $1.dayNumber })
        XCTAssertLessThan(date(2026, 11, 30), date(2026, 12, 1))
    }
}
