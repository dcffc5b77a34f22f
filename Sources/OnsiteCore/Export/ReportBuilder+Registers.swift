/// The registers and the exit, as the dossier shows them.
extension ReportBuilder {
    static func registerSections(_ export: SiteExport) -> [ReportSection] {
        let words = export.words
        let registers = export.site.registers
        var sections = [ReportSection(words.t("Registers", "登记册"), level: 1, pageBreakBefore: true, blocks: [])]
        let problems = registers.problems.map { problem -> [String] in
            let reports = problem.reports.map { "\(words.time($0.at)) \(words.recipient($0.to)) \($0.who) (\(words.channel($0.channel)))" }
            var status = words.problemStatus(problem.status)
            if let solved = problem.solvedAt { status += "\n" + words.t("solved", "解决于") + " " + words.time(solved) }
            if let confirmed = problem.confirmedAt { status += "\n" + words.t("confirmed", "确认于") + " " + words.time(confirmed) + " " + (problem.confirmedBy ?? "") }
            let found = problem.origin == .preAcceptance ? words.t("pre-acceptance", "预验收") : problem.day.isoText
            return [found, words.severity(problem.severity), problem.description, problem.proposedSolution, problem.owner,
                    reports.joined(separator: "\n"), status]
        }
        sections.append(ReportSection(words.t("Problems", "问题"), blocks: [table(words, [
            words.t("Found", "发现"), words.t("Severity", "严重程度"), words.t("Problem", "问题"), words.t("Proposed solution", "解决方案"),
            words.t("Owner", "负责人"), words.t("Reported to", "已报告"), words.t("Status", "状态"),
        ], problems)] + registers.problems.filter { $0.origin != nil }.flatMap { problem in
            files(export, words.t("Files: ", "附件:") + problem.description, problem.attachments)
        }))
        let extra = registers.extraWork.map { [$0.day.isoText, $0.description, $0.quantity, $0.requestedBy] }
        sections.append(ReportSection(words.t("Extra work outside the contract", "合同外追加工作"), blocks: [table(words, [
            words.t("Day", "日期"), words.t("Work", "工作内容"), words.t("Quantity", "数量"), words.t("Requested by", "要求人"),
        ], extra)]))
        let borrowings = registers.borrowings.map { item in
            [item.item, item.lender, words.time(item.borrowedAt), item.condition, words.time(item.returnedAt), item.returnCondition ?? ""]
        }
        sections.append(ReportSection(words.t("Items borrowed from the client", "向客户借用的物品"), blocks: [table(words, [
            words.t("Item", "物品"), words.t("Lent by", "出借人"), words.t("Borrowed", "借用时间"), words.t("Condition", "状况"),
            words.t("Returned", "归还时间"), words.t("Condition on return", "归还时状况"),
        ], borrowings)]))
        let materials = registers.materials.map { [$0.item, $0.quantity, $0.neededBy?.isoText ?? "", words.shortage($0.status), words.time($0.recordedAt)] }
        sections.append(ReportSection(words.t("Materials short", "欠料"), blocks: [table(words, [
            words.t("Material", "材料"), words.t("Quantity", "数量"), words.t("Needed by", "需要日期"), words.t("Status", "状态"), words.t("Recorded", "登记时间"),
        ], materials)]))
        let conduct = registers.conduct.map { [$0.day.isoText, export.crewName($0.crewMemberID), words.conduct($0.kind), $0.reference, $0.note] }
        sections.append(ReportSection(words.t("Conduct", "行为记录"), blocks: [table(words, [
            words.t("Day", "日期"), words.t("Crew member", "成员"), words.t("Kind", "类别"), words.t("Rule or quality", "规定或品质"), words.t("Note", "备注"),
        ], conduct)]))
        return sections
    }

    static func exitSections(_ export: SiteExport) -> [ReportSection] {
        let words = export.words
        let exit = export.site.exit
        var sections = [ReportSection(words.t("Leaving the site", "退场"), level: 1, pageBreakBefore: true, blocks: [])]
        func people(_ list: [Participant]) -> String { list.map { "\($0.name) (\(words.role($0.role)))" }.joined(separator: "\n") }

        var pre: [ReportBlock] = [.note(words.none)]
        if let meeting = exit.preAcceptance {
            let findings = export.site.registers.problems.filter { meeting.findingIDs.contains($0.id) }.map(\.description)
            pre = [.fields([
                ReportField(words.t("Held", "时间"), meeting.date.isoText + " " + meeting.time),
                ReportField(words.t("Participants", "参加人员"), people(meeting.participants)),
                ReportField(words.t("Findings", "发现的问题"), findings.joined(separator: "\n")),
                ReportField(words.t("Notes", "备注"), meeting.notes),
            ])]
        }
        sections.append(ReportSection(words.t("Pre-acceptance", "预验收"), blocks: pre))

        let acceptances = exit.acceptances.map { item in
            [item.date.isoText + " " + item.time, words.acceptance(item.result), item.reservations.joined(separator: "\n"), item.reportReference, people(item.participants)]
        }
        sections.append(ReportSection(words.t("Formal acceptance", "正式验收"), blocks: [table(words, [
            words.t("Held", "时间"), words.t("Result", "结果"), words.t("Reservations", "保留意见"), words.t("Report", "验收报告"), words.t("Participants", "参加人员"),
        ], acceptances)]))

        let handover = exit.handover.map { [words.handover($0.kind), $0.name, String($0.quantity), $0.receivedBy] }
        var delivery: [ReportBlock] = [table(words, [words.t("Kind", "类别"), words.t("Item", "名称"), words.t("Quantity", "数量"), words.t("Received by", "接收人")], handover)]
        delivery.append(exit.delivery.map {
            signed(export, title: words.t("Delivery report", "交付报告"), $0, verification: export.verification(ofExit: SealPayload.deliveryReport))
        } ?? .note(words.t("Not signed yet.", "尚未签字。")))
        sections.append(ReportSection(words.t("Delivery report", "交付报告"), blocks: delivery))

        let leftovers = exit.leftovers.map { [$0.item, $0.quantity + " " + $0.unit, words.time($0.returnedAt)] }
        sections.append(ReportSection(words.t("Leftover materials", "剩余材料"), blocks: [
            .fields([ReportField(words.t("Counted", "清点时间"), words.time(exit.leftoversCountedAt))]),
            table(words, [words.t("Material", "材料"), words.t("Quantity", "数量"), words.t("Taken back", "退回时间")], leftovers),
        ]))

        var restored: [ReportBlock] = [.fields([ReportField(words.t("The client asked for", "客户要求"), exit.restorationRequest)])]
        restored.append(exit.restoration.map {
            signed(export, title: words.t("Site restored", "现场恢复确认"), $0, verification: export.verification(ofExit: SealPayload.siteRestored))
        } ?? .note(words.t("Not signed yet.", "尚未签字。")))
        sections.append(ReportSection(words.t("Site restored", "现场恢复"), blocks: restored))

        var survey: [ReportBlock] = [.note(words.t("Not handed over yet.", "尚未发放。"))]
        if let form = exit.survey {
            survey = [.fields([ReportField(words.t("Handed to", "交给"), form.handedTo), ReportField(words.t("Handed at", "发放时间"), words.time(form.handedAt))])]
            if let answers = form.answers {
                survey.append(.fields([
                    ReportField(words.t("Overall", "总体评价"), String(repeating: "★", count: answers.level) + " \(answers.level)/5"),
                    ReportField(words.t("Comments", "意见"), answers.comments),
                ]))
                survey.append(table(words, [words.t("Key factor", "关键因素"), words.t("Score", "评分")],
                                    answers.scores.map { [$0.factor.text(in: export.language), "\($0.score)/5"] }))
            }
        }
        sections.append(ReportSection(words.t("Satisfaction survey", "满意度调查"), blocks: survey))
        sections.append(ReportSection(words.t("Thanks and closing", "致谢与关闭"), blocks: [.fields([
            ReportField(words.t("Thanked the client", "致谢时间"), words.time(exit.thanksAt)),
            ReportField(words.t("Site closed", "现场关闭时间"), words.time(export.site.closedAt)),
        ])]))
        return sections
    }
}
