/// The sections of one working day, in the order the day is worked.
extension ReportBuilder {
    static func daySections(_ export: SiteExport, day: WorkDay, level: Int) -> [ReportSection] {
        let words = export.words
        let site = export.site
        let date = day.date
        var overview = [
            ReportField(words.t("Date", "日期"), date.isoText), ReportField(words.t("State", "状态"), words.dayState(day.state)),
            ReportField(words.t("Opened", "开始"), words.time(day.openedAt)),
            ReportField(words.t("Crew left the site", "离场时间"), words.time(day.departedAt)),
        ]
        if let leader = site.profile.crewLeader { overview.insert(ReportField(words.t("Crew leader", "组长"), leader.name), at: 2) }
        var sections = [ReportSection(words.t("The day", "当日概况"), level: level, blocks: [.fields(overview)])]
        sections.append(briefingSection(export, day: day, level: level))

        let log = day.log.map { [words.clock($0.at, on: date), words.logKind($0.kind), $0.text] }
        sections.append(ReportSection(words.t("The day's log", "施工日志"), level: level, blocks: [
            table(words, [words.t("Time", "时间"), words.t("Kind", "类别"), words.t("Entry", "内容")], log),
        ]))

        let problems = site.registers.problems.filter { $0.day == date && $0.origin == nil }.map { problem in
            [words.clock(problem.openedAt, on: date), words.severity(problem.severity), problem.description, problem.proposedSolution,
             problem.owner, words.problemStatus(problem.status)]
        }
        let problemFiles = site.registers.problems.filter { $0.day == date && $0.origin == nil }.flatMap { problem in
            files(export, words.t("Files: ", "附件:") + problem.description, problem.attachments)
        }
        sections.append(ReportSection(words.t("Problems found", "发现的问题"), level: level, blocks: [
            table(words, [words.t("Time", "时间"), words.t("Severity", "严重程度"), words.t("Problem", "问题"),
                          words.t("Proposed solution", "解决方案"), words.t("Owner", "负责人"), words.t("Status now", "当前状态")], problems),
        ] + problemFiles))

        let extra = site.registers.extraWork.filter { $0.day == date }.map { [$0.description, $0.quantity, $0.requestedBy, words.clock($0.requestedAt, on: date)] }
        let extraFiles = site.registers.extraWork.filter { $0.day == date }.flatMap { entry in
            files(export, words.t("Files: ", "附件:") + entry.description, entry.attachments)
        }
        sections.append(ReportSection(words.t("Extra work outside the contract", "合同外追加工作"), level: level, blocks: [
            table(words, [words.t("Work", "工作内容"), words.t("Quantity", "数量"), words.t("Requested by", "要求人"), words.t("Time", "时间")], extra),
        ] + extraFiles))

        let changes = day.scheduleChanges.map { [$0.milestone, $0.plannedDate.isoText, $0.newDate.isoText, $0.reason] }
        sections.append(ReportSection(words.t("Schedule changes", "进度变更"), level: level, blocks: [
            table(words, [words.t("Milestone", "节点"), words.t("Planned", "原计划"), words.t("New date", "新日期"), words.t("Reason", "原因")], changes),
        ]))

        var cleanupIDs = export.standard.cleanup.map(\.id)
        cleanupIDs += day.cleanup.keys.sorted().filter { !cleanupIDs.contains($0) }
        let cleanup = cleanupIDs.map { id -> [String] in
            let record = day.cleanupRecord(id)
            let title = export.standard.cleanupItem(id)?.title.text(in: export.language) ?? id
            return [title, words.itemState(record.state), record.by ?? "", record.at.map { words.clock($0, on: date) } ?? "", record.reason]
        }
        sections.append(ReportSection(words.t("5S cleanup", "5S 清理检查"), level: level, blocks: [
            table(words, [words.t("Item", "项目"), words.t("State", "状态"), words.t("Inspected by", "检查人"), words.t("Time", "时间"), words.t("Reason", "理由")], cleanup),
        ]))

        let dayFiles = files(export, words.t("Files of the day", "当日附件"), day.attachments)
        if !dayFiles.isEmpty { sections.append(ReportSection(words.t("Files of the day", "当日附件"), level: level, blocks: dayFiles)) }

        sections.append(ReportSection(words.t("The client's sign-off", "客户签字确认"), level: level, blocks: signOffBlocks(export, day: day)))

        if !day.amendments.isEmpty {
            let rows = day.amendments.map { [words.time($0.at), $0.by, $0.text, $0.reason] }
            sections.append(ReportSection(words.t("Amendments after signing", "签字后的更正"), level: level, blocks: [
                table(words, [words.t("Time", "时间"), words.t("By", "更正人"), words.t("Correction", "更正内容"), words.t("Reason", "原因")], rows),
            ]))
        }
        return sections
    }

    private static func briefingSection(_ export: SiteExport, day: WorkDay, level: Int) -> ReportSection {
        let words = export.words
        let briefing = day.briefing
        var blocks: [ReportBlock] = []
        if let held = briefing.heldAt {
            blocks.append(.fields([ReportField(words.t("Held at", "召开时间"), words.clock(held, on: day.date))]))
        } else if let reason = day.noBriefingReason {
            blocks.append(.fields([ReportField(words.t("Not held, because", "未召开,原因"), reason)]))
        } else {
            blocks.append(.note(words.t("Not held yet.", "尚未召开。")))
        }
        let roll = export.site.profile.crew.compactMap { member -> [String]? in
            guard let entry = briefing.attendance(of: member.id) else { return nil }
            let ppe = briefing.ppeChecked.contains(member.id) ? words.yes : words.no
            return [member.name, member.role, words.attendance(entry.status), entry.arrivedAt ?? "", ppe]
        }
        blocks.append(table(words, [words.t("Crew member", "成员"), words.t("Role", "职务"), words.t("Attendance", "出勤"),
                                    words.t("Arrived", "到达"), words.t("PPE checked", "劳保用品已检查")], roll))
        let tasks = briefing.tasks.map { task in
            [export.crewName(task.crewMemberID), task.text, task.done ? words.yes : words.no, task.carriedFrom?.isoText ?? ""]
        }
        blocks.append(table(words, [words.t("Crew member", "成员"), words.t("Task", "任务"), words.t("Done", "完成"),
                                    words.t("Carried over from", "延续自")], tasks))
        let cautions = briefing.cautions.map { caution -> [String] in
            let ruleText = caution.ruleID.flatMap { id in export.site.arrival.clientRules.first { $0.id == id }?.text } ?? ""
            return [words.caution(caution.kind), caution.text.isEmpty ? ruleText : caution.text]
        }
        blocks.append(table(words, [words.t("Caution", "注意事项"), words.t("Text", "内容")], cautions))
        return ReportSection(words.t("Morning briefing", "班前会"), level: level, blocks: blocks)
    }

    private static func signOffBlocks(_ export: SiteExport, day: WorkDay) -> [ReportBlock] {
        let words = export.words
        var blocks: [ReportBlock] = []
        if let exception = day.exception {
            blocks.append(.fields([
                ReportField(words.t("Closed without signature; consent by", "未签字关闭;同意人"), exception.consentedBy),
                ReportField(words.t("How", "方式"), words.consent(exception.channel)),
                ReportField(words.t("Consent given at", "同意时间"), exception.consentTime),
                ReportField(words.t("Reason", "原因"), exception.reason),
                ReportField(words.t("Recorded", "记录时间"), words.time(exception.recordedAt)),
            ]))
        }
        if let signOff = day.signOff {
            blocks.append(signed(export, title: words.t("Day's work record", "当日工作记录"), signOff, verification: export.verification(of: day)))
        } else if day.exception == nil {
            blocks.append(.note(words.t("Not signed yet.", "尚未签字。")))
        }
        return blocks
    }
}
