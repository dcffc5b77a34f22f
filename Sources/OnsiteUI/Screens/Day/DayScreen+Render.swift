import OnsiteCore

extension DayScreen {
    static func render(_ state: AppState, _ screen: Screen, into grid: inout Grid, _ area: Rect) {
        guard case .day(let siteID, let date, let position) = screen, let site = state.site(siteID, forDay: date) else { return }
        let x = area.column + 2
        let width = area.width - 4
        let standard = state.currentStandard
        let cleanupIDs = standard.cleanup.map(\.id)
        let day = state.day(siteID, date)
        let title = (date == state.today ? state.t("Today, ", "今天,") : "") + date.isoText
        var used = grid.put(title, column: x, row: area.row, role: .title, maxWidth: width)
        if let summary = site.daySummary(date) {
            used += grid.put("  " + DayWords.state(summary.state).text(in: state.language), column: x + used, row: area.row, role: DayWords.role(summary.state))
        }
        let step = DayStep.next(for: day, cleanupItems: cleanupIDs)
        var next = DayWords.step(step).text(in: state.language)
        if day == nil, site.daySummary(date) != nil {
            next = state.t("This day's file could not be read", "无法读取这一天的文件")
        } else if day == nil, date != state.today {
            next = state.t("Not worked (only today can be started)", "未工作(只能开始今天的工作)")
        } else if day?.state == .closedWithoutSignature {
            next = state.t("Closed without signature: the client can still sign (sign-off row)", "未签字关闭:客户仍可补签(签字一行)")
        }
        if let day, state.isTampered(day) {
            grid.put(DayWords.tampered.text(in: state.language), column: x, row: area.row + 1, role: .error, maxWidth: width)
        } else {
            grid.put(state.t("Next: ", "下一步:") + next, column: x, row: area.row + 1, role: .accent, maxWidth: width)
        }
        let overdue = ProblemCounts(site.registers.problems, today: state.today).overdue
        if overdue > 0 {
            grid.put(state.t("⚠ \(overdue) problem(s) overdue", "⚠ \(overdue)个问题已逾期"), column: x, row: area.row + 2, role: .error, maxWidth: width)
        }
        if let files = day?.attachments, !files.isEmpty {
            grid.put(AttachWords.summary(files, state), column: x, row: area.row + 3, role: .muted, maxWidth: width)
        }
        guard let day else {
            if site.daySummary(date) == nil {
                grid.paragraph(state.t("No record for this day yet. Enter starts the day: then the briefing, the log, and the client's sign-off before leaving.",
                                       "这一天还没有记录。按回车开始当天工作:之后是班前会、工作记录,离开前请客户签字。"),
                               in: Rect(column: x, row: area.row + listTop, width: width, height: 3), role: .normal)
            } else {
                grid.put(state.t("This day's file could not be read (see the message shown at start).", "无法读取这一天的文件(见启动时的提示)。"),
                         column: x, row: area.row + listTop, role: .error, maxWidth: width)
            }
            return
        }
        let listHeight = area.height - listTop
        let nameWidth = min(31, width / 2)
        for (offset, entry) in Entry.allCases.enumerated().dropFirst(position.scroll).prefix(max(0, listHeight)) {
            let row = area.row + listTop + offset - position.scroll
            let selected = offset == position.selection
            if selected { grid.fill(column: x, row: row, width: width, height: 1, role: .selected) }
            let (name, detail, role) = describe(entry, day, site, state)
            grid.put(" " + TextWidth.pad(name, to: nameWidth), column: x, row: row, role: selected ? .selected : .normal, maxWidth: width)
            grid.put(detail, column: x + nameWidth + 2, row: row, role: selected ? .selected : role, maxWidth: width - nameWidth - 2)
        }
        renderAmendments(day, state, into: &grid, Rect(column: x, row: area.row + listTop + Entry.allCases.count + 1, width: width, height: area.bottom - (area.row + listTop + Entry.allCases.count + 1)))
    }

    private static func renderAmendments(_ day: WorkDay, _ state: AppState, into grid: inout Grid, _ rect: Rect) {
        guard day.isClosed, rect.height > 0 else { return }
        if day.amendments.isEmpty {
            grid.put(state.t("Closed. A correction is added as an amendment (m); the signed record stays as it was.",
                             "已关闭。更正请添加为补充说明(m);已签字的记录保持不变。"), column: rect.column, row: rect.row, role: .muted, maxWidth: rect.width)
            return
        }
        grid.put(state.t("Amendments (the signed record above stays as signed)", "补充更正(上方已签字的记录保持不变)"), column: rect.column, row: rect.row, role: .heading, maxWidth: rect.width)
        var lines: [String] = []
        for amendment in day.amendments {
            let text = "\(amendment.at.shortText) · " + TextSanitizer.singleLine(amendment.text) + state.t(" — reason: ", " —— 原因:") + TextSanitizer.singleLine(amendment.reason)
            lines += TextWidth.wrap(text, width: max(1, rect.width))
        }
        // The newest amendments are the ones kept in view when there is no room for all.
        for (index, line) in lines.suffix(max(0, rect.height - 1)).enumerated() {
            grid.put(line, column: rect.column, row: rect.row + 1 + index, role: .warning, maxWidth: rect.width)
        }
    }

    /// The name, the detail and its style of one part of the day.
    static func describe(_ entry: Entry, _ day: WorkDay, _ site: Site, _ state: AppState) -> (String, String, StyleRole) {
        let registers = site.registers
        switch entry {
        case .briefing:
            let name = state.t("Morning briefing", "班前会")
            if let held = day.briefing.heldAt {
                let present = day.briefing.presentIDs.count
                return (name, state.t("held at \(held.clockTime) · \(present) present · \(day.briefing.tasks.count) tasks",
                                      "\(held.clockTime) 已召开 · 到场\(present)人 · 任务\(day.briefing.tasks.count)项"), .success)
            }
            if let reason = day.noBriefingReason {
                return (name, state.t("not held: ", "未召开:") + TextSanitizer.singleLine(reason), .warning)
            }
            return (name, state.t("not held yet", "尚未召开"), .warning)
        case .log:
            return (state.t("Day's log", "工作记录"), state.t("\(day.log.count) entries", "\(day.log.count)条"), .normal)
        case .problems:
            let counts = ProblemCounts(registers.problems, today: state.today, day: day.date)
            let (open, overdue, new) = (counts.open, counts.overdue, counts.foundOn)
            return (state.t("Problems", "问题"), state.t("\(open) open · \(overdue) overdue · \(new) found this day", "未关闭\(open) · 逾期\(overdue) · 当天新增\(new)"),
                    overdue > 0 ? .error : .normal)
        case .extraWork:
            let count = registers.extraWork.filter { $0.day == day.date }.count
            return (state.t("Extra work outside the contract", "合同外追加工作"), state.t("\(count) this day", "当天\(count)项"), .normal)
        case .borrowings:
            let open = registers.openBorrowings.count
            return (state.t("Borrowed from the client", "向客户借用的物品"), state.t("\(open) not returned", "\(open)件未归还"), open > 0 ? .warning : .normal)
        case .materials:
            let open = registers.materials.filter { $0.status != .arrived }.count
            return (state.t("Materials short", "欠料"), state.t("\(open) outstanding", "\(open)项未到"), .normal)
        case .conduct:
            let count = registers.conduct.filter { $0.day == day.date }.count
            return (state.t("Conduct", "行为记录"), state.t("\(count) this day", "当天\(count)条"), .normal)
        case .cleanup:
            let ids = state.currentStandard.cleanup.map(\.id)
            let done = ids.filter { day.cleanupRecord($0).state != .open }.count
            return (state.t("5S cleanup before leaving", "离开前5S清洁检查"), "\(done)/\(ids.count)", done == ids.count ? .success : .warning)
        case .review:
            return (state.t("Review with the client", "与客户沟通"), state.t("progress, problems, extra work, schedule", "进度、问题、追加工作、工期"), .muted)
        case .signOff:
            let name = state.t("Client signs the day's record", "客户在工作记录上签字")
            if let signed = day.signOff {
                if state.isTampered(day) {
                    return (name, state.t("TAMPERED · signed by ", "已被篡改 · 签字人:") + TextSanitizer.singleLine(signed.clientName), .error)
                }
                return (name, state.t("signed by ", "签字人:") + TextSanitizer.singleLine(signed.clientName) + " · " + signed.signedAt.shortText, .success)
            }
            if let exception = day.exception {
                return (name, state.t("closed without signature · consent: ", "未签字关闭 · 同意人:") + TextSanitizer.singleLine(exception.consentedBy), .error)
            }
            return (name, state.t("not signed yet", "尚未签字"), .warning)
        case .departure:
            let name = state.t("Departure", "离开现场")
            if let left = day.departedAt { return (name, state.t("left at ", "离开时间 ") + left.clockTime, .success) }
            return (name, day.isClosed ? state.t("Enter records the time now", "按回车记录当前时间") : state.t("after the sign-off", "须在签字之后"), .muted)
        }
    }
}
