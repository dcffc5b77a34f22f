import Foundation
import OnsiteCore
@testable import OnsiteUI

/// Days and sites for the record-to-sign and dashboard tests.
extension Fixture {
    /// Today with something in every part of the record, the cleanup inspected (one item not applicable).
    func filledDay(_ language: Language = .english) -> AppState {
        var state = dayState(language, briefed: false)
        let env = environment
        let date = state.today
        _ = AppUpdate.changeDay(DemoSite.id, date, &state) { day, site in
            let crew = site.profile.crew
            try day.setAttendance(crew[0].id, .present, in: site)
            try day.setAttendance(crew[1].id, .late, arrivedAt: "08:40", in: site)
            for member in crew.dropFirst(2) { try day.setAttendance(member.id, .absent, in: site) }
            try day.addTask("Level the filler frame", to: crew[0].id, id: "k1", in: site)
            try day.addCaution(.safety, text: "Forklift traffic in bay 12", id: "c1", in: site)
            try day.setPPEChecked(crew[1].id, true, in: site)
            try day.holdBriefing(at: env.now)
            try day.addLogEntry(.progress, text: "Filler frame set on its feet", id: "l1", at: env.now)
            try day.addLogEntry(.situation, text: "Forklift late until 14:00", id: "l2", at: env.now)
            try site.addProblem("Anchor holes hit rebar", severity: .high, day: date, id: "p1", at: env.now,
                                proposedSolution: "Drill 5 cm to the left", owner: "Tom Baker")
            try site.addExtraWork("Move the wash basin", quantity: "3 h", requestedBy: "Mark Hughes", day: date, id: "e1", at: env.now)
            try day.addScheduleChange(milestone: "Commissioning", planned: "2026-12-01", new: "2026-12-05", reason: "Spare parts late", id: "s1")
            for item in Fixture.cleanupItems.dropLast() { try day.setCleanup(item.id, done: true, by: "Tom Baker", at: env.now) }
            try day.setCleanupNotApplicable(Fixture.cleanupItems.last!.id, reason: "Nothing delivered today", by: "Tom Baker", at: env.now)
        }
        state.message = nil
        return state
    }


    /// A three-year site (1,100 working days up to yesterday, a problem every third day) on its dashboard.
    func longSiteState(_ language: Language = .english, width: Int = 80, height: Int = 24) -> AppState {
        var state = self.state(language, demo: true, width: width, height: height)
        var site = state.sites[0]
        let first = state.today.adding(days: -1_100)
        let states: [DayState] = [.signed, .signed, .signed, .signed, .signed, .closedWithoutSignature, .signed, .briefed]
        site.days = (0..<1_100).map { offset in
            DaySummary(date: first.adding(days: offset), state: offset > 1_095 ? .briefed : states[offset % states.count], departed: true, entries: 3, amendments: 0)
        }
        site.registers.problems = stride(from: 0, to: 1_100, by: 3).map { offset in
            let day = first.adding(days: offset)
            let at = Timestamp(date: date(hour: 10, minute: 0).addingTimeInterval(Double(offset - 1_100) * 86_400), offsetSeconds: 8 * 3600)
            var problem = Problem(id: "p\(offset)", day: day, openedAt: at, description: "Problem \(offset)", severity: .medium)
            // Most are confirmed after a while that varies over the months; a few stay open.
            if offset % 97 != 0 {
                problem.reports = [ProblemReport(to: .projectManager, who: "Helen Carter", channel: .phone, at: at)]
                problem.status = .confirmed
                let closed = at.date.addingTimeInterval(Double((offset / 7) % 29 + 1) * 86_400)
                problem.solvedAt = Timestamp(date: closed, offsetSeconds: 8 * 3600)
                problem.confirmedAt = Timestamp(date: closed, offsetSeconds: 8 * 3600)
            }
            return problem
        }
        state.store(site)
        state.stack = [.welcome(ListPosition()), .home(siteID: site.id, ListPosition())]
        DashboardScreen.open(site.id, &state)
        return state
    }
}
