import XCTest
@testable import OnsiteCore

/// Times with their offset, and calendar days, as stored in the data files.
final class TimestampAndLocalDateTests: XCTestCase {
    func testTimestampOfAClockCarriesItsZoneOffset() {
        let stamp = Timestamp(clock: Fixture.clock())
        XCTAssertEqual(stamp.offsetSeconds, 8 * 3600)
        XCTAssertEqual(stamp.isoText, "2026-11-23T08:05:00+08:00")
        XCTAssertEqual(stamp.shortText, "2026-11-23 08:05")
        XCTAssertEqual(stamp.localDate, LocalDate(year: 2026, month: 11, day: 23))
    }

    func testIsoTextRoundTripsWithPositiveNegativeAndZeroOffsets() throws {
        let texts = [
            "2026-11-23T08:05:00+08:00", "2026-11-22T19:05:00-05:00", "2026-11-23T00:05:00+00:00",
            "2026-11-22T20:35:00-03:30", "2026-11-23T05:50:00+05:45", "2024-02-29T23:59:59+14:00",
        ]
        for text in texts {
            let stamp = try XCTUnwrap(Timestamp(isoText: text), text)
            XCTAssertEqual(stamp.isoText, text)
            XCTAssertEqual(Timestamp(isoText: stamp.isoText), stamp)
        }
        let shanghai = try XCTUnwrap(Timestamp(isoText: texts[0]))
        let newYork = try XCTUnwrap(Timestamp(isoText: texts[1]))
        XCTAssertEqual(shanghai.date, newYork.date, "the same instant written in two zones")
        XCTAssertEqual(shanghai.date, Fixture.morning)
        XCTAssertEqual(newYork.offsetSeconds, -5 * 3600)
        XCTAssertEqual(try XCTUnwrap(Timestamp(isoText: texts[3])).offsetSeconds, -(3 * 3600 + 30 * 60))
    }

    func testZMeansUTC() throws {
        let stamp = try XCTUnwrap(Timestamp(isoText: "2026-11-23T00:05:00Z"))
        XCTAssertEqual(stamp.offsetSeconds, 0)
        XCTAssertEqual(stamp.date, Fixture.morning)
        XCTAssertEqual(stamp.isoText, "2026-11-23T00:05:00+00:00")
    }

    func testJunkIsRejected() {
        let junk = [
            "", "now", "2026-11-23", "2026-11-23T08:05:00", "2026-11-23T08:05:00+08",
            "2026-11-23T08:05:00+0800", "2026-11-23T08:05:00*08:00", "2026-11-23T08:05:00+ab:cd",
            "2026-11-23 08:05:00+08:00", "yyyy-mm-ddThh:mm:ss+08:00", "2026-11-23T08:05:00+08:00junk",
        ]
        for text in junk {
            XCTAssertNil(Timestamp(isoText: text), text.debugDescription)
        }
    }

    func testTimestampsDropFractionsOfASecondAndOrderByInstant() {
        let early = Timestamp(date: Date(timeIntervalSince1970: 100.9), offsetSeconds: 0)
        XCTAssertEqual(early.date.timeIntervalSince1970, 100)
        let sameInstantElsewhere = Timestamp(date: Date(timeIntervalSince1970: 100), offsetSeconds: 3600)
        let later = Timestamp(date: Date(timeIntervalSince1970: 101), offsetSeconds: -3600)
        XCTAssertFalse(early < sameInstantElsewhere)
        XCTAssertTrue(early < later)
    }

    func testTimestampCodesAsIsoTextAndRefusesJunkInAFile() throws {
        let stamp = Timestamp(clock: Fixture.clock())
        let data = try JSONEncoder().encode([stamp])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["2026-11-23T08:05:00+08:00"]"#)
        XCTAssertEqual(try JSONDecoder().decode([Timestamp].self, from: data), [stamp])
        XCTAssertThrowsError(try JSONDecoder().decode([Timestamp].self, from: Data(#"["yesterday"]"#.utf8)))
    }

    func testLocalDateParsesAndPrintsIsoText() {
        XCTAssertEqual(LocalDate(text: "2026-11-23"), LocalDate(year: 2026, month: 11, day: 23))
        XCTAssertEqual(LocalDate(text: "2026-1-5")?.isoText, "2026-01-05")
        XCTAssertEqual(LocalDate(year: 2026, month: 3, day: 9).isoText, "2026-03-09")
        for junk in ["", "tomorrow", "2026-13-01", "2026-02-30", "26-11-23", "2026-11-23-01", "1899-12-31", "2026-11-aa"] {
            XCTAssertNil(LocalDate(text: junk), junk)
        }
    }

    func testLeapYears() {
        XCTAssertNotNil(LocalDate(text: "2024-02-29"))
        XCTAssertNotNil(LocalDate(text: "2000-02-29"), "divisible by 400")
        XCTAssertNil(LocalDate(text: "2026-02-29"))
        XCTAssertNil(LocalDate(text: "2100-02-29"), "divisible by 100 but not 400")
        XCTAssertNil(LocalDate(text: "2024-02-30"))
        XCTAssertEqual(LocalDate.daysIn(month: 2, year: 2024), 29)
        XCTAssertEqual(LocalDate.daysIn(month: 2, year: 1900), 28)
        XCTAssertEqual(LocalDate.daysIn(month: 2, year: 2026), 28)
        XCTAssertEqual(LocalDate.daysIn(month: 4, year: 2026), 30)
        XCTAssertEqual(LocalDate.daysIn(month: 12, year: 2026), 31)
    }

    func testLocalDatesOrderByCalendar() {
        let dates = ["2027-01-01", "2026-12-31", "2026-02-01", "2026-11-30"].compactMap(LocalDate.init(text:))
        XCTAssertEqual(dates.sorted().map(\.isoText), ["2026-02-01", "2026-11-30", "2026-12-31", "2027-01-01"])
    }

    func testLocalDateCodesAsText() throws {
        let data = try JSONEncoder().encode([LocalDate(year: 2026, month: 2, day: 3)])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["2026-02-03"]"#)
        XCTAssertThrowsError(try JSONDecoder().decode([LocalDate].self, from: Data(#"["2026-02-30"]"#.utf8)))
    }

    func testTimestampLocalDateFollowsTheSiteOffsetNotUTC() throws {
        let lateEvening = try XCTUnwrap(Timestamp(isoText: "2026-11-23T23:30:00-05:00"))
        XCTAssertEqual(lateEvening.localDate, LocalDate(year: 2026, month: 11, day: 23))
        XCTAssertEqual(lateEvening.clockTime, "23:30")
    }
}

/// Dates, times and named values read as strings in the record that holds them (`KeyedDecodingContainer+Text`):
/// the same values as their own decoders, and the same explanation of a bad one, with its field.
final class TextFieldDecodingTests: XCTestCase {
    private func problemFile() throws -> (Problem, String) {
        var site = Fixture.site()
        let today = LocalDate(year: 2026, month: 11, day: 23)
        try site.addProblem("Filler valve 4 leaks", severity: .high, day: today, id: "p-1", at: Timestamp(clock: Fixture.clock()))
        try site.reportProblem("p-1", to: .projectManager, who: "Helen Carter", channel: .phone, at: Timestamp(clock: Fixture.clock()))
        let problem = try XCTUnwrap(site.registers.problems.first)
        return (problem, String(decoding: try JSONFormat.encode(problem), as: UTF8.self))
    }

    private func cause(_ text: String) -> FileProblem.Cause? {
        do throws(FileProblem.Cause) {
            _ = try JSONFormat.decode(Problem.self, from: Data(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    func testARecordReadsBackTheSame() throws {
        let (problem, text) = try problemFile()
        XCTAssertEqual(try JSONFormat.decode(Problem.self, from: Data(text.utf8)), problem)
        var solved = problem
        solved.solvedAt = Timestamp(clock: Fixture.clock())
        XCTAssertEqual(try JSONFormat.decode(Problem.self, from: JSONFormat.encode(solved)).solvedAt, solved.solvedAt, "an optional time")
    }

    func testABadValueNamesItsFieldAndWhatIsWrong() throws {
        let (problem, text) = try problemFile()
        let badSeverity = cause(text.replacingOccurrences(of: "\"high\"", with: "\"urgent\""))
        XCTAssertEqual(badSeverity?.message, "severity: Cannot initialize ProblemSeverity from invalid String value urgent")
        XCTAssertNotNil(badSeverity?.line)
        let badDay = cause(text.replacingOccurrences(of: "\"\(problem.day.isoText)\"", with: "\"2026-02-30\""))
        XCTAssertEqual(badDay?.message, "day: Not a date (YYYY-MM-DD): 2026-02-30")
        let badTime = cause(text.replacingOccurrences(of: "\"\(problem.openedAt.isoText)\"", with: "\"soon\""))
        XCTAssertEqual(badTime?.message, "openedAt: Not a time with offset: soon")
        let badChannel = cause(text.replacingOccurrences(of: "\"phone\"", with: "\"fax\""))
        XCTAssertEqual(badChannel?.message, "reports.[0].channel: Cannot initialize ReportChannel from invalid String value fax")
        let numberForDate = cause(text.replacingOccurrences(of: "\"\(problem.day.isoText)\"", with: "20261123"))
        XCTAssertEqual(numberForDate?.message, "day: expected String")
    }
}
