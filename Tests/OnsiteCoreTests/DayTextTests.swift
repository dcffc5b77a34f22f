import XCTest
@testable import OnsiteCore

/// Text on the working day: long notes, the length limit, pasted control characters, and Chinese.
final class DayTextTests: DayTestCase {
    private let replacement = String(TextSanitizer.replacement)

    func testATenThousandCharacterLogEntryIsKeptWhole() throws {
        let note = String(repeating: "Seal kit 密封件 ", count: 10_000 / 13) + String(repeating: "x", count: 10_000 % 13)
        XCTAssertEqual(note.count, 10_000)
        XCTAssertNil(dayError { try day.addLogEntry(.progress, text: note, id: "e-1", at: now) })
        XCTAssertEqual(day.log.first?.text, note)
        XCTAssertEqual(day.log.first?.text.count, 10_000)
    }

    func testTheLimitIsAcceptedAndOneCharacterMoreIsRefused() throws {
        XCTAssertEqual(WorkDay.maxTextLength, 20_000)
        let atLimit = String(repeating: "记", count: WorkDay.maxTextLength)
        XCTAssertNil(dayError { try day.addLogEntry(.progress, text: atLimit, id: "e-1", at: now) })
        let before = day
        XCTAssertEqual(dayError { try day.addLogEntry(.progress, text: atLimit + "x", id: "e-2", at: now) },
                       .textTooLong(limit: WorkDay.maxTextLength))
        XCTAssertEqual(dayError { try day.editLogEntry("e-1", text: atLimit + "x") }, .textTooLong(limit: WorkDay.maxTextLength))
        XCTAssertEqual(day, before)
    }

    func testOverlongTextIsRefusedEverywhere() throws {
        let tooLong = String(repeating: "a", count: 20_001)
        let limit = DayError.textTooLong(limit: 20_000)
        XCTAssertEqual(dayError { try day.addTask(tooLong, to: "c-1", id: "t-1", in: site) }, limit)
        XCTAssertEqual(dayError { try day.addCaution(.other, text: tooLong, id: "k-1", in: site) }, limit)
        XCTAssertEqual(dayError { try day.skipBriefing(reason: tooLong) }, limit)
        XCTAssertEqual(dayError { try site.addProblem(tooLong, severity: .low, day: today, id: "p-1", at: now) }, limit)
        XCTAssertEqual(dayError { try site.addProblem("Leak", severity: .low, day: today, id: "p-1", at: now, owner: tooLong) }, limit)
        XCTAssertEqual(dayError { try site.borrow(tooLong, from: "Mark", condition: "Good", id: "b-1", at: now) }, limit)
        XCTAssertEqual(dayError {
            try site.addConduct(.incident, crewMemberID: "c-1", reference: "Rule", note: tooLong, day: today, id: "d-1", at: now)
        }, limit)
        XCTAssertEqual(day.briefing, Briefing())
        XCTAssertEqual(site.registers, SiteRegisters())
    }

    func testEscapeSequencesInALogEntryAreReplacedAndLineBreaksKept() throws {
        let pasted = "Clear\u{1b}[2J screen\r\nback\u{8}space\u{202E}reversed\u{9B}c1\u{7}bell"
        try day.addLogEntry(.situation, text: pasted, id: "e-1", at: now)
        let r = replacement
        XCTAssertEqual(day.log.first?.text, "Clear\(r)[2J screen\nback\(r)space\(r)reversed\(r)c1\(r)bell")
        try day.editLogEntry("e-1", text: "Fixed\u{1b}]0;title\u{7}")
        XCTAssertEqual(day.log.first?.text, "Fixed\(r)]0;title\(r)")
    }

    func testSingleLineFieldsReplaceLineBreaksAndEscapes() throws {
        let r = replacement
        try day.addTask("Weld\u{1b}[5m the\nframe", to: "c-1", id: "t-1", in: site)
        XCTAssertEqual(day.briefing.tasks.first?.text, "Weld\(r)[5m the\(r)frame")
        try day.addCaution(.safety, text: "Hot\u{200B}work\tzone", id: "k-1", in: site)
        XCTAssertEqual(day.briefing.cautions.first?.text, "Hot\(r)work zone")
        try site.borrow("Ladder\u{1b}[0m", from: "Lucy\u{202E}Grant", condition: "OK\u{0}", id: "b-1", at: now)
        XCTAssertEqual(site.registers.borrowings.first?.item, "Ladder\(r)[0m")
        XCTAssertEqual(site.registers.borrowings.first?.lender, "Lucy\(r)Grant")
        XCTAssertEqual(site.registers.borrowings.first?.condition, "OK\(r)")
    }

    func testALineBreakPastedAtTheEndOfASingleLineFieldIsTrimmedNotReplaced() throws {
        try day.addTask("Mount the conveyor\r\n", to: "c-1", id: "t-1", in: site)
        XCTAssertEqual(day.briefing.tasks.first?.text, "Mount the conveyor")
        try day.skipBriefing(reason: "\nInduction all morning\n")
        XCTAssertEqual(day.noBriefingReason, "Induction all morning")
        try site.addProblem("Leak", severity: .low, day: today, id: "p-1", at: now, proposedSolution: "New seal\n", owner: "\r\nWei")
        XCTAssertEqual(site.registers.problems.first?.proposedSolution, "New seal")
        XCTAssertEqual(site.registers.problems.first?.owner, "Wei")
    }

    func testRegisterTextIsSanitised() throws {
        let r = replacement
        try site.addProblem("Leak\u{1b}[2J\r\nat valve 4", severity: .high, day: today, id: "p-1", at: now, proposedSolution: "Seal\u{7}")
        XCTAssertEqual(site.registers.problems.first?.description, "Leak\(r)[2J\nat valve 4")
        XCTAssertEqual(site.registers.problems.first?.proposedSolution, "Seal\(r)")
        try site.reportProblem("p-1", to: .projectManager, who: "Helen\u{1b}[1m", channel: .phone, at: now)
        XCTAssertEqual(site.registers.problems.first?.reports.first?.who, "Helen\(r)[1m")
        try site.addExtraWork("Cabinet\u{9B}moved", quantity: "1\u{1b} h", requestedBy: "Mark\u{FEFF}", day: today, id: "x-1", at: now)
        XCTAssertEqual(site.registers.extraWork.first?.description, "Cabinet\(r)moved")
        XCTAssertEqual(site.registers.extraWork.first?.quantity, "1\(r) h")
        XCTAssertEqual(site.registers.extraWork.first?.requestedBy, "Mark\(r)")
        try site.addShortage("Bolts\u{1b}", quantity: "2\u{8}", neededBy: "", id: "m-1", at: now)
        XCTAssertEqual(site.registers.materials.first?.item, "Bolts\(r)")
        XCTAssertEqual(site.registers.materials.first?.quantity, "2\(r)")
        try site.addConduct(.incident, crewMemberID: "c-2", reference: "Rule\u{202D}", note: "Note\u{1b}", day: today, id: "d-1", at: now)
        XCTAssertEqual(site.registers.conduct.first?.reference, "Rule\(r)")
        XCTAssertEqual(site.registers.conduct.first?.note, "Note\(r)")
    }

    func testEndOfDayTextIsSanitised() throws {
        let r = replacement
        try prepareForSignOff()
        try day.addScheduleChange(milestone: "Commissioning\u{1b}[2J", planned: "2026-12-01", new: "2026-12-03",
                                  reason: "Parts\u{202E} late", id: "s-1")
        XCTAssertEqual(day.scheduleChanges.first?.milestone, "Commissioning\(r)[2J")
        XCTAssertEqual(day.scheduleChanges.first?.reason, "Parts\(r) late")
        try day.closeWithoutSignature(consentedBy: "Mark\u{1b}[8m", channel: .message, consentTime: "16:55", reason: "Left\u{7}",
                                      at: setClock(17, 0), cleanupItems: cleanupItems)
        XCTAssertEqual(day.exception?.consentedBy, "Mark\(r)[8m")
        XCTAssertEqual(day.exception?.reason, "Left\(r)")
    }

    func testChineseTextIsKeptAsWritten() throws {
        let texts = [
            "灌装车间内必须穿安全鞋、反光背心并佩戴护耳",
            "三号线输送机已就位 — 明天调平（蓝色围挡内）",
            "人员须在7:45前于2号门登记进厂。",
        ]
        try day.addTask(texts[0], to: "c-1", id: "t-1", in: site)
        try day.addCaution(.other, text: texts[1], id: "k-1", in: site)
        try day.addLogEntry(.progress, text: texts[1] + "\n" + texts[2], id: "e-1", at: now)
        try day.skipBriefing(reason: texts[2])
        try site.addProblem("阀门4密封处漏水", severity: .high, day: today, id: "p-1", at: now, proposedSolution: "更换密封圈", owner: "张伟")
        try site.borrow("叉车", from: "王经理", condition: "良好", id: "b-1", at: now)
        XCTAssertEqual(day.briefing.tasks.first?.text, texts[0])
        XCTAssertEqual(day.briefing.cautions.first?.text, texts[1])
        XCTAssertEqual(day.log.first?.text, texts[1] + "\n" + texts[2])
        XCTAssertEqual(day.noBriefingReason, texts[2])
        XCTAssertEqual(site.registers.problems.first?.description, "阀门4密封处漏水")
        XCTAssertEqual(site.registers.problems.first?.owner, "张伟")
        XCTAssertEqual(site.registers.borrowings.first?.lender, "王经理")
        XCTAssertEqual(WorkDay.clockTime("１２：３０"), nil, "full-width digits are not read as a time")
    }

    func testAChineseClientNameSigns() throws {
        try prepareForSignOff()
        try sign(name: "王建国", at: setClock(17, 0))
        XCTAssertEqual(day.signOff?.clientName, "王建国")
    }
}
