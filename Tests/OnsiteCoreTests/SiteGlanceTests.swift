import Foundation
import XCTest
@testable import OnsiteCore

/// The dashboard's sums: days by week and state, problems open and overdue at each week's end, the survey.
final class SiteGlanceTests: XCTestCase {
    let monday = LocalDate(year: 2026, month: 11, day: 2)

    private func time(_ date: LocalDate, hour: Int = 9) -> Timestamp {
        Timestamp(date: Date(timeIntervalSince1970: Double(date.dayNumber * 86_400 + (hour - 8) * 3600)), offsetSeconds: 8 * 3600)
    }

    private func problem(_ id: String, found: LocalDate, reportedAfter: Int? = nil, confirmedAfter: Int? = nil) -> Problem {
        var problem = Problem(id: id, day: found, openedAt: time(found), description: id, severity: .medium)
        if let days = reportedAfter {
            problem.reports = [ProblemReport(to: .projectManager, who: "Helen", channel: .phone, at: time(found.adding(days: days)))]
        }
        if let days = confirmedAfter {
            problem.status = .confirmed
            problem.solvedAt = time(found.adding(days: days))
            problem.confirmedAt = time(found.adding(days: days))
        }
        return problem
    }

    func testMondayOfAnyDay() {
        XCTAssertEqual(SiteGlance.monday(of: LocalDate(year: 2026, month: 11, day: 23)), LocalDate(year: 2026, month: 11, day: 23))
        XCTAssertEqual(SiteGlance.monday(of: LocalDate(year: 2026, month: 11, day: 29)), LocalDate(year: 2026, month: 11, day: 23))
        XCTAssertEqual(SiteGlance.monday(of: LocalDate(year: 1970, month: 1, day: 1)), LocalDate(year: 1969, month: 12, day: 29))
        XCTAssertEqual(SiteGlance.monday(of: LocalDate(year: 1969, month: 12, day: 28)), LocalDate(year: 1969, month: 12, day: 22))
    }

    func testDaysAreMarkedInTheirWeekAndCounted() {
        var site = Fixture.site()
        site.days = [
            DaySummary(date: monday, state: .signed, departed: true, entries: 2, amendments: 0),
            DaySummary(date: monday.adding(days: 1), state: .closedWithoutSignature, departed: true, entries: 1, amendments: 0),
            DaySummary(date: monday.adding(days: 9), state: .briefed, departed: false, entries: 0, amendments: 0),
        ]
        let glance = SiteGlance(site: site, today: monday.adding(days: 16))
        XCTAssertEqual(glance.weeks.map(\.monday), [monday, monday.adding(days: 7), monday.adding(days: 14)])
        XCTAssertEqual(glance.weeks[0].days, [.signed, .exception, .none, .none, .none, .none, .none])
        XCTAssertEqual(glance.weeks[1].days[2], .open)
        XCTAssertEqual(glance.weeks[2].days, Array(repeating: .none, count: 7))
        XCTAssertEqual([glance.signedDays, glance.exceptionDays, glance.openDays, glance.totalDays], [1, 1, 1, 3])
        XCTAssertNil(glance.survey)
    }

    func testAnEmptySiteHasNoWeeks() {
        let glance = SiteGlance(site: Fixture.site(), today: monday)
        XCTAssertTrue(glance.weeks.isEmpty)
        XCTAssertEqual([glance.peakOpen, glance.openProblems, glance.totalDays], [0, 0, 0])
    }

    func testProblemsOpenAndOverdueAtEachWeeksEnd() {
        var site = Fixture.site()
        site.days = [DaySummary(date: monday, state: .signed, departed: true, entries: 1, amendments: 0)]
        site.registers.problems = [
            // Reported in time, never solved: overdue from day 8 (solution due after 7 days).
            problem("a", found: monday, reportedAfter: 1),
            // Never reported: overdue from day 4; confirmed on day 10.
            problem("b", found: monday, confirmedAfter: 10),
            // Found in the third week, still fine.
            problem("c", found: monday.adding(days: 15), reportedAfter: 0),
        ]
        let glance = SiteGlance(site: site, today: monday.adding(days: 16))
        XCTAssertEqual(glance.weeks.map(\.open), [2, 1, 2])
        XCTAssertEqual(glance.weeks.map(\.overdue), [1, 1, 1])
        XCTAssertEqual(glance.peakOpen, 2)
        XCTAssertEqual(glance.openProblems, 2)
        XCTAssertEqual(glance.overdueProblems, 1)
        // The last week ends today: its counts are the register's counts now.
        XCTAssertEqual(glance.weeks.last?.open, site.registers.problems.filter { !$0.isClosed }.count)
        XCTAssertEqual(glance.weeks.last?.overdue, site.registers.overdueProblems(on: glance.today).count)
    }

    /// The difference arrays agree with counting every problem at every week's end, on a long, irregular site.
    func testWeeklyCountsMatchCountingEachWeek() {
        var site = Fixture.site()
        var generator = SeededGenerator(seed: 42)
        site.days = (0..<400).compactMap { offset in
            offset % 7 == 6 ? nil : DaySummary(date: monday.adding(days: offset), state: [.signed, .signed, .closedWithoutSignature, .briefed].randomElement(using: &generator)!,
                                               departed: true, entries: 1, amendments: 0)
        }
        site.registers.problems = (0..<300).map { index in
            problem("p\(index)", found: monday.adding(days: Int.random(in: 0..<370, using: &generator)),
                    reportedAfter: Bool.random(using: &generator) ? Int.random(in: 0..<6, using: &generator) : nil,
                    confirmedAfter: Bool.random(using: &generator) ? Int.random(in: 0..<40, using: &generator) : nil)
        }
        let today = monday.adding(days: 410)
        let glance = SiteGlance(site: site, today: today)
        for week in glance.weeks {
            let end = min(week.monday.adding(days: 6), today)
            let open = site.registers.problems.filter { problem in
                problem.day <= end && !(problem.isClosed && (problem.confirmedAt?.localDate ?? problem.day) <= end)
            }
            let overdue = open.filter { problem in SiteGlance.overdueFrom(problem).map { $0 <= end } ?? false }
            XCTAssertEqual(week.open, open.count, week.monday.isoText)
            XCTAssertEqual(week.overdue, overdue.count, week.monday.isoText)
        }
        XCTAssertEqual(glance.weeks.last?.overdue, site.registers.overdueProblems(on: today).count)
    }

    func testAClosedSiteEndsAtItsClosingAndKeepsItsSurvey() {
        var site = Fixture.site()
        site.days = [DaySummary(date: monday, state: .signed, departed: true, entries: 1, amendments: 0)]
        site.closedAt = time(monday.adding(days: 8))
        var survey = Survey(handedTo: "Mark Hughes", handedAt: time(monday.adding(days: 8)))
        survey.answers = SurveyAnswers(level: 4, scores: [FactorScore(factor: LocalizedText(en: "Quality", zh: "质量"), score: 5)],
                                       comments: "", enteredAt: time(monday.adding(days: 8)))
        site.exit.survey = survey
        let glance = SiteGlance(site: site, today: monday.adding(days: 300))
        XCTAssertEqual(glance.weeks.count, 2, "the weeks stop at the closing, not today")
        XCTAssertEqual(glance.survey?.answers?.level, 4)
    }

    /// A three-year site is summed up in well under a frame's budget of work, once.
    func testAThreeYearSiteIsSummedUpQuickly() {
        var site = Fixture.site()
        site.days = (0..<1_100).map { DaySummary(date: monday.adding(days: $0), state: .signed, departed: true, entries: 3, amendments: 0) }
        site.registers.problems = (0..<2_000).map { problem("p\($0)", found: monday.adding(days: $0 % 1_100), reportedAfter: 1, confirmedAfter: $0 % 3 == 0 ? nil : 5) }
        let start = Date()
        let glance = SiteGlance(site: site, today: monday.adding(days: 1_100))
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(glance.weeks.count, 158)
        XCTAssertLessThan(elapsed, 0.05, "summing up took \(elapsed * 1000) ms")
    }
}

/// A small deterministic generator (SplitMix64) so the comparison runs on the same site every time.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
