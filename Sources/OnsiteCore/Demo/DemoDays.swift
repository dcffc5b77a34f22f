import Foundation

/// The demo site in full swing: arrival four days ago, then worked days — signed with a drawn signature,
/// one closed without signature, an overdue problem, an open borrowing — and today not started yet.
extension DemoSite {
    /// Days of work before today in the demo.
    public static let workedDays = 4

    /// The demo site with its worked days (the site's index lists them; each day is its own record).
    /// The signed days are sealed with `signer`, marked as demo records inside what is signed.
    public static func makeWithDays(
        standard: ServiceStandard, clock: any Clock, ids: any IdSource, language: Language, signer: DeviceKey, id: String = DemoSite.id
    ) -> (site: Site, days: [WorkDay]) {
        let today = Timestamp(clock: clock)
        let arrivalClock = FixedClock(at(today, daysAgo: workedDays, hour: 10, minute: 30).date, timeZone: clock.timeZone)
        var site = make(standard: standard, clock: arrivalClock, ids: ids, language: language, id: id)
        let text = language == .chinese ? DemoDayText.chinese : DemoDayText.english
        let crew = site.profile.crew.map(\.id)
        let cleanup = standard.cleanup.map(\.id)
        let client = site.profile.liaisons.first?.name ?? ""
        var days: [WorkDay] = []
        for daysAgo in stride(from: workedDays, through: 1, by: -1) {
            let time = { (hour: Int, minute: Int) in at(today, daysAgo: daysAgo, hour: hour, minute: minute) }
            let index = workedDays - daysAgo
            guard var day = try? site.openDay(time(7, 30).localDate, at: time(7, 30)) else { continue }
            for (position, member) in crew.enumerated() {
                let late = daysAgo == 1 && position == crew.count - 1
                try? day.setAttendance(member, late ? .late : .present, arrivedAt: late ? "07:46" : nil, in: site)
                try? day.setPPEChecked(member, true, in: site)
                let task = text.tasks[(index + position) % text.tasks.count]
                try? day.addTask(task, to: member, id: ids.makeID(), in: site)
                if !(daysAgo == 1 && position == 1) { try? day.setTaskDone(day.briefing.tasks.last?.id ?? "", true) }
            }
            if let safety = standard.safetyPoints.first { try? day.addCaution(.safety, text: safety.text(in: language), id: ids.makeID(), in: site) }
            if let rule = site.arrival.clientRules.dropFirst(index % max(1, site.arrival.clientRules.count)).first {
                try? day.addCaution(.clientRule, text: "", ruleID: rule.id, id: ids.makeID(), in: site)
            }
            try? day.holdBriefing(at: time(7, 50))
            for (offset, entry) in text.log[index].enumerated() {
                try? day.addLogEntry(offset == 2 ? .situation : .progress, text: entry, id: ids.makeID(), at: time(10 + offset * 2, 15))
            }
            switch daysAgo {
            case 4:
                try? site.addProblem(text.problem, severity: .high, day: day.date, id: ids.makeID(), at: time(14, 40),
                                     proposedSolution: text.problemSolution, owner: site.profile.crew.first?.name ?? "")
            case 3:
                try? site.addExtraWork(text.extraWork, quantity: text.extraWorkQuantity, requestedBy: client, day: day.date, id: ids.makeID(), at: time(14, 0))
            case 2:
                try? site.borrow(text.borrowedItem, from: client, condition: text.borrowedCondition, id: ids.makeID(), at: time(9, 20))
            case 1:
                try? site.addShortage(text.shortItem, quantity: text.shortQuantity, neededBy: at(today, daysAgo: -3, hour: 12, minute: 0).localDate.isoText, id: ids.makeID(), at: time(15, 5))
                if crew.count > 2 {
                    try? site.addConduct(.commendation, crewMemberID: crew[2], reference: standard.trustWon.first?.text(in: language) ?? text.commendation,
                                         note: text.commendationNote, day: day.date, id: ids.makeID(), at: time(16, 0))
                }
            default: break
            }
            for item in cleanup { try? day.setCleanup(item, done: true, by: site.profile.crewLeader?.name, at: time(17, 0)) }
            if daysAgo == 2 {
                try? day.closeWithoutSignature(consentedBy: client, channel: .phone, consentTime: "17:10", reason: text.exceptionReason, at: time(17, 15), cleanupItems: cleanup)
            } else {
                try? site.signOff(&day, clientName: client, signature: signature(variant: index), at: time(17, 20), cleanupItems: cleanup, signer: signer)
            }
            try? day.depart(at: time(17, 35))
            site.noteChanged(day)
            days.append(day)
        }
        return (site, days)
    }

    /// A time on a day counted back from today (negative: ahead), at the site's offset.
    static func at(_ today: Timestamp, daysAgo: Int, hour: Int, minute: Int) -> Timestamp {
        let date = today.localDate.adding(days: -daysAgo)
        let text = String(format: "%04d-%02d-%02dT%02d:%02d:00", date.year, date.month, date.day, hour, minute)
        let sign = today.offsetSeconds < 0 ? "-" : "+"
        let offset = abs(today.offsetSeconds)
        return Timestamp(isoText: text + String(format: "%@%02d:%02d", sign, offset / 3600, (offset % 3600) / 60)) ?? today
    }

    /// A hand-like signature: a few joined loops, slightly different each day.
    static func signature(variant: Int) -> Signature {
        let width = 120, height = 32
        var strokes: [[SignaturePoint]] = []
        var first: [SignaturePoint] = []
        for step in 0...90 {
            let t = Double(step) / 90
            let x = 6 + t * 70
            let y = 18 - 9 * sin(t * .pi * (5 + Double(variant % 2))) * (1 - t * 0.4) - 4 * t
            first.append(SignaturePoint(x: Int(x.rounded()), y: Int(y.rounded())))
        }
        strokes.append(first)
        var underline: [SignaturePoint] = []
        for step in 0...30 {
            underline.append(SignaturePoint(x: 30 + step * 2 + variant, y: 27 - step / 10))
        }
        strokes.append(underline)
        return Signature(width: width, height: height, strokes: strokes)
    }
}
