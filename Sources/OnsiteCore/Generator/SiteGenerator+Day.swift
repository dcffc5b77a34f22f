import Foundation

/// One generated working day: briefing, log, registers, follow-ups of earlier records, cleanup and the client's signature.
extension SiteGenerator {
    typealias Text = GeneratorText

    /// Works a whole day and has the client sign it (about one day in a hundred is closed without
    /// signature instead, and signed the next morning).
    mutating func work(_ date: LocalDate, index: Int, previous: WorkDay?, problems: Int) throws -> WorkDay {
        var day = try brief(date, previous: previous)
        let entries = random.int(10...30)
        try writeLog(&day, entries: entries, from: 8 * 60, to: 16 * 60 + 45)
        for _ in 0..<problems { try addProblem(on: date, index: index) }
        try keepRegisters(date, index: index)
        try followUps(on: index, date)
        try endOfDay(&day, index: index)
        return day
    }

    /// Today, begun: the briefing held and the morning's log, not signed.
    mutating func startToday(_ date: LocalDate, previous: WorkDay?) throws -> WorkDay {
        var day = try brief(date, previous: previous)
        try writeLog(&day, entries: 4, from: 8 * 60, to: 11 * 60)
        return day
    }

    /// Opens the day and holds the morning briefing: unfinished tasks carried over, roll call, PPE, tasks, cautions.
    private mutating func brief(_ date: LocalDate, previous: WorkDay?) throws -> WorkDay {
        var day = try site.openDay(date, at: time(date, 7 * 60 + 30))
        if let previous {
            let ids = self.ids
            try day.carryOver(day.unfinishedTasks(from: previous), from: previous.date, in: site, makeID: { ids.makeID() })
        }
        for (position, member) in site.profile.crew.enumerated() {
            let roll = position == 0 ? 0 : Double(random.int(0...999)) / 1000
            if roll >= 0.96 {
                try day.setAttendance(member.id, .absent, in: site)
                continue
            }
            let late = roll >= 0.92
            try day.setAttendance(member.id, late ? .late : .present, arrivedAt: late ? String(format: "07:%02d", random.int(36...55)) : nil, in: site)
            try day.setPPEChecked(member.id, true, in: site)
            for _ in 0..<random.int(1...2) {
                try day.addTask("\(random.pick(Text.tasks)), hall \(random.pick(Text.halls))", to: member.id, id: ids.makeID(), in: site)
            }
        }
        if let point = standard.safetyPoints.isEmpty ? nil : random.pick(standard.safetyPoints) {
            try day.addCaution(.safety, text: point.text(in: .english), id: ids.makeID(), in: site)
        }
        if random.chance(0.6), !site.arrival.clientRules.isEmpty {
            try day.addCaution(.clientRule, text: "", ruleID: random.pick(site.arrival.clientRules).id, id: ids.makeID(), in: site)
        }
        if random.chance(0.05) { try day.addCaution(.other, text: Text.otherCaution, id: ids.makeID(), in: site) }
        try day.holdBriefing(at: time(date, 7 * 60 + 50 + random.int(0...8)))
        return day
    }

    /// Log entries spread between two minutes of the day, about one in ten a special situation.
    private mutating func writeLog(_ day: inout WorkDay, entries: Int, from start: Int, to end: Int) throws {
        let step = max(1, (end - start) / max(1, entries))
        for entry in 0..<entries {
            let minute = start + entry * step + random.int(0...max(0, step - 1))
            let situation = random.chance(0.1)
            let text = situation ? random.pick(Text.situations) : "\(random.pick(Text.progress)), hall \(random.pick(Text.halls))"
            try day.addLogEntry(situation ? .situation : .progress, text: text, id: ids.makeID(), at: time(day.date, minute))
        }
        summary.logEntries += entries
    }

    /// A problem found today, and its follow-ups on later days: reported, solved, confirmed by the client.
    private mutating func addProblem(on date: LocalDate, index: Int) throws {
        let kind = random.int(0...(Text.problems.count - 1))
        let severity: ProblemSeverity = random.pick([.low, .low, .medium, .medium, .medium, .high, .high, .critical])
        let id = ids.makeID()
        try site.addProblem("\(Text.problems[kind]) (hall \(random.pick(Text.halls)), section \(random.int(1...40)))", severity: severity,
                            day: date, id: id, at: time(date, random.int(9 * 60...16 * 60)),
                            proposedSolution: Text.solutions[kind % Text.solutions.count], owner: random.pick(site.profile.crew).name)
        let reported = index + random.pick([0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 4])
        schedule(.report(problemID: id, .projectManager), on: reported)
        if severity == .high || severity == .critical { schedule(.report(problemID: id, .engineeringHead), on: reported) }
        guard !random.chance(0.005) else { return }           // a few are never solved
        let solved = index + (random.chance(0.97) ? random.int(1...7) : random.int(8...20))
        schedule(.solve(problemID: id), on: solved)
        schedule(.confirm(problemID: id), on: solved + random.int(0...3))
    }

    /// Extra work, borrowings, materials short, conduct and schedule changes, at their usual rates.
    private mutating func keepRegisters(_ date: LocalDate, index: Int) throws {
        let client = site.profile.liaisons.first?.name ?? Text.client
        if random.chance(0.2) {
            try site.addExtraWork(random.pick(Text.extraWork), quantity: "\(random.int(1...6)) h, \(random.int(1...3)) people", requestedBy: client,
                                  day: date, id: ids.makeID(), at: time(date, 11 * 60 + random.int(0...50)))
        }
        if random.chance(0.08) {
            let id = ids.makeID()
            try site.borrow(random.pick(Text.borrowed), from: client, condition: "Good", id: id, at: time(date, 9 * 60 + random.int(0...50)))
            schedule(.giveBack(borrowingID: id), on: index + random.int(1...8))
        }
        if random.chance(0.1) {
            let (item, quantity) = random.pick(Text.materials)
            let id = ids.makeID()
            try site.addShortage(item, quantity: quantity, neededBy: date.adding(days: 3).isoText, id: id, at: time(date, 15 * 60 + random.int(0...30)))
            schedule(.shortage(id: id, .ordered), on: index + 1)
            schedule(.shortage(id: id, .arrived), on: index + random.int(2...6))
        }
        if random.chance(0.027), let member = site.profile.crew.dropFirst().randomElement(using: &random) {
            let good = random.chance(0.75)
            let reference = (good ? standard.trustWon : standard.trustLost).first?.text(in: .english) ?? (good ? "Commendation" : "Incident")
            try site.addConduct(good ? .commendation : .incident, crewMemberID: member.id, reference: reference,
                                note: good ? Text.commendation : Text.incident, day: date, id: ids.makeID(), at: time(date, 16 * 60))
        }
    }

    /// What earlier days left for today: reports, solutions, confirmations, items given back, deliveries.
    private mutating func followUps(on index: Int, _ date: LocalDate) throws {
        let client = site.profile.liaisons.first?.name ?? Text.client
        for followUp in agenda.removeValue(forKey: index) ?? [] {
            switch followUp {
            case .report(let id, let recipient):
                let who = recipient == .projectManager ? site.profile.projectManager : site.profile.engineeringHead
                try site.reportProblem(id, to: recipient, who: who, channel: random.pick(ReportChannel.allCases), at: time(date, 16 * 60 + 10))
            case .solve(let id):
                try site.setProblemStatus(id, .solved, at: time(date, 15 * 60 + 30))
            case .confirm(let id):
                try site.setProblemStatus(id, .confirmed, confirmedBy: client, at: time(date, 17 * 60 + 10))
            case .giveBack(let id):
                try site.returnBorrowing(id, condition: "As borrowed", at: time(date, 16 * 60 + 40))
            case .shortage(let id, let status):
                try site.setShortageStatus(id, status, at: time(date, 11 * 60 + 45))
            }
        }
    }

    /// Cleanup inspected, tasks ticked, the client signs (or consents without signing), the crew leaves.
    private mutating func endOfDay(_ day: inout WorkDay, index: Int) throws {
        let date = day.date
        let leader = site.profile.crewLeader?.name
        let cleanup = standard.cleanup.map(\.id)
        if random.chance(0.02) {
            try day.addScheduleChange(milestone: "Hall \(random.pick(Text.halls)) handover", planned: date.adding(days: 10).isoText,
                                      new: date.adding(days: 14).isoText, reason: "Sorter parts delivered late", id: ids.makeID())
        }
        for task in day.briefing.tasks where random.chance(0.85) { try day.setTaskDone(task.id, true) }
        for (offset, item) in cleanup.enumerated() {
            try day.setCleanup(item, done: true, by: leader, at: time(date, 16 * 60 + 50 + offset))
        }
        let client = site.profile.liaisons.first?.name ?? Text.client
        if random.chance(0.01) {
            try day.closeWithoutSignature(consentedBy: client, channel: .phone, consentTime: "17:10", reason: Text.exceptionReason,
                                          at: time(date, 17 * 60 + 15), cleanupItems: cleanup)
            try day.depart(at: time(date, 17 * 60 + 30))
            return
        }
        try site.signOff(&day, clientName: client, signature: DemoSite.signature(variant: index), at: time(date, 17 * 60 + 20),
                         cleanupItems: cleanup, signer: signer)
        try day.depart(at: time(date, 17 * 60 + 35))
    }

    private mutating func schedule(_ followUp: FollowUp, on index: Int) {
        agenda[index, default: []].append(followUp)
    }
}
