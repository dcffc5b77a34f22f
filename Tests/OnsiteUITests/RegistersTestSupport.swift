import Foundation
import OnsiteCore
@testable import OnsiteUI

/// Sites with working days and filled registers, for the log and register screen tests.
extension Fixture {
    /// The demo site with today's day started, on the day screen.
    func startedDay(_ language: Language = .english, width: Int = 80, height: Int = 24) -> AppState {
        var state = self.state(language, demo: true, width: width, height: height)
        send([.enter, .character("T"), .enter], to: &state)
        return state
    }

    /// Opens one part of the day from the day screen.
    func openPart(_ entry: DayScreen.Entry, in state: inout AppState) {
        let index = DayScreen.Entry.allCases.firstIndex(of: entry) ?? 0
        send([.home] + Array(repeating: .down, count: index) + [.enter], to: &state)
    }

    /// The site's first id on screen.
    func siteID(_ state: AppState) -> String { state.sites[0].id }

    /// A moment some days and minutes from now on the fixture's clock.
    func moment(days: Int = 0, minutes: Int = 0) -> Timestamp {
        Timestamp(date: clock.now().addingTimeInterval(TimeInterval(days * 86_400 + minutes * 60)), offsetSeconds: 8 * 3_600)
    }

    /// Today on the fixture's clock.
    var today: LocalDate { Timestamp(clock: clock).localDate }

    /// Signs a day in the state (and its summary in the site), as the end-of-day screens would.
    func sign(_ date: LocalDate, in state: inout AppState, by name: String = "Ms Li") {
        guard var site = state.site(siteID(state)), var day = state.day(site.id, date) else { return }
        day.signOff = SignOff(clientName: name, signature: Signature(width: 20, height: 8), signedAt: moment(days: date.days(until: today) * -1, minutes: 480), recordHash: "test")
        site.noteChanged(day)
        state.store(site)
        state.store(day)
    }

    /// The demo site with a signed day 8 days ago, an open day 4 days ago and today started; every register
    /// has entries (problems found 8 and 4 days ago among them). The day screen of today is shown.
    func busySite(_ language: Language = .english, width: Int = 80, height: Int = 24) -> AppState {
        var state = self.state(language, demo: true, width: width, height: height)
        let zh = language == .chinese
        var site = state.sites[0]
        let crew = site.profile.crew.map(\.id)
        let eightAgo = today.adding(days: -8), fourAgo = today.adding(days: -4)
        var oldDay = try! site.openDay(eightAgo, at: moment(days: -8, minutes: -60))
        try! oldDay.addLogEntry(.progress, text: zh ? "安装电缆桥架" : "Cable tray installed", id: "log-old", at: moment(days: -8, minutes: 30))
        site.noteChanged(oldDay)
        var middleDay = try! site.openDay(fourAgo, at: moment(days: -4, minutes: -60))
        try! middleDay.addLogEntry(.situation, text: zh ? "停电两小时" : "Power cut for two hours", id: "log-mid", at: moment(days: -4))
        site.noteChanged(middleDay)
        try! site.addProblem(zh ? "三号线阀门漏水" : "Valve on line 3 leaks at the flange", severity: .high, day: eightAgo, id: "p-old", at: moment(days: -8),
                             proposedSolution: zh ? "更换垫片" : "Replace the gasket", owner: zh ? "王工" : "Wang")
        try! site.addProblem(zh ? "配电柜门关不严" : "Switch cabinet door does not close", severity: .medium, day: fourAgo, id: "p-four", at: moment(days: -4))
        try! site.addProblem(zh ? "地面划痕" : "Scratch on the floor tiles", severity: .low, day: fourAgo, id: "p-solved", at: moment(days: -4, minutes: 10))
        try! site.reportProblem("p-solved", to: .projectManager, who: zh ? "张经理" : "Mr Zhang", channel: .phone, at: moment(days: -4, minutes: 20))
        try! site.setProblemStatus("p-solved", .solved, at: moment(days: -3))
        try! site.addProblem(zh ? "照明不足" : "Poor lighting in the corridor", severity: .critical, day: fourAgo, id: "p-done", at: moment(days: -4, minutes: 30))
        try! site.reportProblem("p-done", to: .engineeringHead, who: zh ? "刘主管" : "Ms Liu", channel: .inPerson, at: moment(days: -4, minutes: 40))
        try! site.setProblemStatus("p-done", .solved, at: moment(days: -3))
        try! site.setProblemStatus("p-done", .confirmed, confirmedBy: zh ? "李女士" : "Ms Li", at: moment(days: -2))
        try! site.addExtraWork(zh ? "加装两个插座" : "Two extra sockets in the office", quantity: zh ? "3小时" : "3 h", requestedBy: zh ? "李女士" : "Ms Li",
                               day: eightAgo, id: "x-old", at: moment(days: -8, minutes: 60))
        try! site.addExtraWork(zh ? "拆除旧支架" : "Remove the old brackets", quantity: zh ? "12个" : "12 pcs", requestedBy: zh ? "赵先生" : "Mr Zhao",
                               day: fourAgo, id: "x-four", at: moment(days: -4, minutes: 60))
        try! site.borrow(zh ? "人字梯3米" : "Step ladder 3 m", from: zh ? "李女士" : "Ms Li", condition: zh ? "完好" : "good", id: "b-open", at: moment(days: -4))
        try! site.borrow(zh ? "手推车" : "Hand truck", from: zh ? "赵先生" : "Mr Zhao", condition: zh ? "轮子有磨损" : "worn wheels", id: "b-back", at: moment(days: -8))
        try! site.returnBorrowing("b-back", condition: zh ? "同借出时" : "as lent", at: moment(days: -7))
        try! site.addShortage(zh ? "电缆 4mm²" : "Cable 4 mm²", quantity: zh ? "50米" : "50 m", neededBy: today.adding(days: -1).isoText, id: "m-late", at: moment(days: -4))
        try! site.addShortage(zh ? "膨胀螺栓" : "Anchor bolts", quantity: zh ? "200个" : "200 pcs", neededBy: today.adding(days: 3).isoText, id: "m-ordered", at: moment(days: -4))
        try! site.setShortageStatus("m-ordered", .ordered, at: moment(days: -3))
        try! site.addShortage(zh ? "面漆" : "Top coat paint", quantity: zh ? "2桶" : "2 tins", neededBy: "", id: "m-arrived", at: moment(days: -8))
        try! site.setShortageStatus("m-arrived", .arrived, at: moment(days: -2))
        try! site.addConduct(.incident, crewMemberID: crew[0], reference: zh ? "在客户区域吸烟" : "Smoking in the client's area", note: zh ? "已当面提醒" : "Told on the spot",
                             day: fourAgo, id: "c-1", at: moment(days: -4))
        try! site.addConduct(.commendation, crewMemberID: crew[1], reference: zh ? "主动清理工作区域" : "Cleaned the work area unasked", note: "",
                             day: fourAgo, id: "c-2", at: moment(days: -4, minutes: 5))
        state.store(site)
        state.store(oldDay)
        state.store(middleDay)
        sign(eightAgo, in: &state)
        send([.enter, .character("T"), .enter], to: &state)
        return state
    }
}
