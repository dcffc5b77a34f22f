import Foundation

/// The second demo site: a job finished a month ago and closed properly — arrival complete, every day signed,
/// problems confirmed, acceptance, delivery report and site restored signed, leftovers back, survey, thanks.
extension DemoSite {
    /// Days before today that the closed demo site was closed.
    public static let closedDaysAgo = 30

    /// The closed demo site with its days, built through the same rules as a real site.
    public static func makeClosed(
        standard: ServiceStandard, clock: any Clock, ids: any IdSource, language: Language, signer: DeviceKey
    ) -> (site: Site, days: [WorkDay]) {
        let realToday = Timestamp(clock: clock)
        let exitDay = at(realToday, daysAgo: closedDaysAgo, hour: 9, minute: 0)
        let exitClock = FixedClock(exitDay.date, timeZone: clock.timeZone)
        var (site, days) = makeWithDays(standard: standard, clock: exitClock, ids: ids, language: language, signer: signer, id: closedID)
        let zh = language == .chinese
        func t(_ en: String, _ chinese: String) -> String { zh ? chinese : en }
        func time(_ hour: Int, _ minute: Int) -> Timestamp { at(exitDay, daysAgo: 0, hour: hour, minute: minute) }
        let client = site.profile.liaisons.first?.name ?? ""
        let leader = site.profile.crewLeader?.name ?? ""

        completeArrival(&site, standard: standard, ids: ids, at: at(exitDay, daysAgo: workedDays, hour: 11, minute: 0), language: language)
        // The day closed without signature was signed the next morning.
        if let index = days.firstIndex(where: { $0.signOff == nil }) {
            try? site.signOff(&days[index], clientName: client, signature: signature(variant: 7), at: time(8, 10),
                              cleanupItems: standard.cleanup.map(\.id), signer: signer)
        }
        for problem in site.registers.problems {
            try? site.reportProblem(problem.id, to: .projectManager, who: site.profile.projectManager, channel: .phone, at: problem.openedAt)
            try? site.setProblemStatus(problem.id, .solved, at: time(8, 20))
            try? site.setProblemStatus(problem.id, .confirmed, confirmedBy: client, at: time(8, 25))
        }
        for borrowing in site.registers.openBorrowings { try? site.returnBorrowing(borrowing.id, condition: t("As lent", "完好如初"), at: time(8, 30)) }
        for shortage in site.registers.materials { try? site.setShortageStatus(shortage.id, .arrived, at: time(8, 35)) }

        let people: [ParticipantRole: String] = [.projectManager: site.profile.projectManager, .clientSupervisor: client,
                                                 .engineeringHead: site.profile.engineeringHead]
        try? site.recordPreAcceptance(date: exitDay.localDate.isoText, time: "09:00", participants: people,
                                      notes: t("Walk-round of the whole skid with the client.", "与客户一起巡检了整个清洗站。"), at: time(9, 40))
        let findingID = ids.makeID()
        try? site.addFinding(t("Label missing on the CIP return valve", "CIP回流阀缺少标识"), owner: leader, due: exitDay.localDate.isoText, id: findingID, at: time(9, 45))
        try? site.setProblemStatus(findingID, .solved, at: time(10, 30))
        try? site.setProblemStatus(findingID, .confirmed, confirmedBy: client, at: time(10, 40))
        try? site.recordAcceptance(date: exitDay.localDate.isoText, time: "11:00", participants: [.projectManager: site.profile.projectManager, .client: client],
                                   result: .acceptedWithReservations, reservations: [t("Paint touch-up on the frame within two weeks", "两周内完成机架补漆")],
                                   reference: "AR-2026-118", at: time(11, 30))
        try? site.addHandoverItem(.sparePart, name: t("Valve seal kit", "阀门密封件套装"), quantity: "2", receivedBy: client, id: ids.makeID())
        try? site.addHandoverItem(.document, name: t("Operating and maintenance manual", "操作维护手册"), quantity: "1", receivedBy: client, id: ids.makeID())
        try? site.addHandoverItem(.document, name: t("As-built drawings", "竣工图纸"), quantity: "1", receivedBy: client, id: ids.makeID())
        try? site.signDelivery(clientName: client, signature: signature(variant: 3), at: time(11, 45), signer: signer)
        let cable = ids.makeID(), bolts = ids.makeID()
        try? site.addLeftover(t("Cable, 4 mm²", "电缆 4平方"), quantity: "35", unit: t("m", "米"), id: cable, at: time(13, 0))
        try? site.addLeftover(t("Anchor bolts M12", "M12地脚螺栓"), quantity: "18", unit: t("pcs", "个"), id: bolts, at: time(13, 5))
        try? site.setLeftoversCounted(true, at: time(13, 10))
        try? site.setLeftoverReturned(cable, true, at: time(16, 0))
        try? site.setLeftoverReturned(bolts, true, at: time(16, 0))
        try? site.setRestorationRequest(t("Floor swept, barriers removed, the spares store emptied and handed back.", "地面清扫干净,拆除围挡,备件间清空并交还。"))
        try? site.signRestoration(clientName: client, signature: signature(variant: 5), at: time(15, 30), signer: signer)
        try? site.handSurvey(to: client, at: time(15, 40))
        let scores = standard.satisfactionFactors.enumerated().map { FactorScore(factor: $0.element, score: $0.offset % 3 == 0 ? 4 : 5) }
        try? site.enterSurveyAnswers(level: 4, scores: scores, comments: t("Tidy crew, kept us informed every day.", "施工队整洁有序,每天都向我们汇报。"), at: time(15, 50))
        try? site.recordThanks(at: time(16, 10))
        try? site.close(at: time(16, 30))
        return (site, days)
    }

    /// Everything of arrival done, with the records each item needs.
    private static func completeArrival(_ site: inout Site, standard: ServiceStandard, ids: any IdSource, at time: Timestamp, language: Language) {
        let zh = language == .chinese
        try? site.setStorageArea(zh ? "备件间东侧货架" : "East racks of the spares store")
        try? site.saveCustody(Custody(id: ids.makeID(), items: zh ? "工具箱和电缆" : "Tool boxes and cable", responsible: site.profile.crewLeader?.name ?? ""))
        for member in site.profile.crew { try? site.acknowledgeRules(crewMemberID: member.id, at: time) }
        for item in standard.arrivalItems where !site.isResolved(item) {
            if (try? site.markDone(item, at: time)) == nil {
                try? site.markNotApplicable(item, reason: zh ? "本项目不涉及" : "Not part of this job", at: time)
            }
        }
    }
}
