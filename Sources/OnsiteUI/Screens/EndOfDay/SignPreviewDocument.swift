import OnsiteCore

/// The day's work record as the client reads it before signing: every field of the `DayRecord` that is hashed,
/// in the record's order, wrapped to the width. Built from the record value itself, never from a second reading of the day;
/// the only things looked up are names for ids (crew members, cleanup items), and the id is shown when there is no name.
struct SignPreviewDocument {
    /// One line on screen.
    struct Line: Hashable {
        var text: String
        var role: StyleRole
    }

    private(set) var lines: [Line] = []
    /// SHA-256 of the record's canonical bytes, the hash the sign-off stores.
    let hash: String

    /// The lines of a record for a width of `width` cells; `crew` and `standard` name the ids the record holds.
    init(_ record: DayRecord, crew: [CrewMember], standard: ServiceStandard, _ state: AppState, width: Int) {
        hash = record.sha256
        let one = TextSanitizer.singleLine
        func member(_ id: String) -> String { crew.first { $0.id == id }.map { one($0.name) } ?? id }
        let none = state.t("none", "无")

        heading(state.t("The day's work record", "当天工作记录"))
        add(state.t("Site: ", "现场:") + one(record.siteName) + " (" + one(record.siteID) + ")", width: width)
        add(state.t("Client: ", "客户:") + one(record.client), width: width)
        add(state.t("Date: ", "日期:") + record.date.isoText + state.t(" · record format \(record.format)", " · 记录格式 \(record.format)"), width: width)
        if record.demo { add(state.t("DEMO record (training, not a real client's)", "示例记录(培训用,非真实客户)"), width: width, role: .warning) }

        heading(state.t("Morning briefing", "班前会"))
        if let held = record.briefing.heldAt { add(state.t("Held at ", "召开时间 ") + held.shortText, width: width) }
        if let reason = record.noBriefingReason { add(state.t("Not held: ", "未召开:") + one(reason), width: width, role: .warning) }
        if record.briefing.heldAt == nil, record.noBriefingReason == nil { add(state.t("Not held yet", "尚未召开"), width: width, role: .warning) }
        let roll = record.briefing.attendance.map { entry in
            member(entry.crewMemberID) + " " + Self.attendance(entry, state)
        }
        add(state.t("Roll call: ", "点名:") + (roll.isEmpty ? none : roll.joined(separator: state.t(", ", "、"))), width: width)
        for task in record.briefing.tasks {
            var text = state.t("Task · ", "任务 · ") + member(task.crewMemberID) + ": " + one(task.text)
                + (task.done ? state.t(" · done", " · 已完成") : state.t(" · not done", " · 未完成"))
            if let from = task.carriedFrom { text += state.t(" · carried over from \(from.isoText)", " · 自 \(from.isoText) 延续") }
            add(text, width: width)
        }
        for caution in record.briefing.cautions {
            add(state.t("Caution · ", "注意事项 · ") + BriefingScreen.kindLabel(caution.kind, state) + ": " + one(caution.text), width: width)
        }
        let ppe = record.briefing.ppeChecked.map(member)
        add(state.t("PPE checked: ", "劳保用品已检查:") + (ppe.isEmpty ? none : ppe.joined(separator: state.t(", ", "、"))), width: width)

        heading(state.t("The day's log", "工作日志"))
        if record.log.isEmpty { add(state.t("No log entry.", "没有工作记录。"), width: width, role: .muted) }
        for entry in record.log {
            let situation = entry.kind == .situation ? state.t("Situation: ", "特殊状况:") : ""
            add(entry.at.clockTime + "  " + situation + TextSanitizer.multiLine(entry.text), width: width, indent: 7,
                role: entry.kind == .situation ? .warning : .normal)
        }

        heading(state.t("5S cleanup", "5S 清理"))
        if record.cleanup.isEmpty { add(state.t("Nothing inspected.", "没有检查记录。"), width: width, role: .muted) }
        // The standard's order first, then any id it no longer lists.
        let order = standard.cleanup.map(\.id)
        let ids = record.cleanup.keys.sorted { (order.firstIndex(of: $0) ?? Int.max, $0) < (order.firstIndex(of: $1) ?? Int.max, $1) }
        for id in ids {
            guard let item = record.cleanup[id] else { continue }
            let title = standard.cleanupItem(id)?.title.text(in: state.language) ?? id
            add(title + ": " + Self.cleanup(item, state), width: width, indent: 2, role: item.state == .open ? .warning : .normal)
        }

        heading(state.t("Problems found this day", "当天发现的问题"))
        if record.problems.isEmpty { add(state.t("None.", "无。"), width: width, role: .muted) }
        for problem in record.problems {
            var text = "[" + RegisterWords.severity(problem.severity).text(in: state.language) + "] " + TextSanitizer.multiLine(problem.description)
                + state.t(" · found ", " · 发现于 ") + problem.openedAt.clockTime
            if !problem.proposedSolution.isEmpty { text += state.t(" · proposed: ", " · 拟解决方案:") + one(problem.proposedSolution) }
            if !problem.owner.isEmpty { text += state.t(" · owner ", " · 负责人 ") + one(problem.owner) }
            add(text, width: width, indent: 2)
        }

        heading(state.t("Extra work outside the contract", "合同外追加工作"))
        if record.extraWork.isEmpty { add(state.t("None.", "无。"), width: width, role: .muted) }
        for work in record.extraWork {
            add(TextSanitizer.multiLine(work.description) + " · " + one(work.quantity) + state.t(" · asked by ", " · 提出人 ")
                + one(work.requestedBy) + state.t(" at ", " · ") + work.requestedAt.clockTime, width: width, indent: 2)
            for file in work.attachments ?? [] { add(state.t("file ", "附件 ") + AttachWords.line(file), width: width, indent: 4) }
        }

        heading(state.t("Schedule changes", "工期变更"))
        if record.scheduleChanges.isEmpty { add(state.t("None.", "无。"), width: width, role: .muted) }
        for change in record.scheduleChanges {
            add(one(change.milestone) + ": " + change.plannedDate.isoText + (state.unicodeLines ? " → " : " -> ") + change.newDate.isoText
                + state.t(" · reason: ", " · 原因:") + one(change.reason), width: width, indent: 2)
        }

        if let files = record.attachments, !files.isEmpty {
            heading(state.t("Files of the day", "当日附件"))
            for file in files { add(AttachWords.line(file) + (file.note.map { " · " + one($0) } ?? ""), width: width, indent: 2) }
        }

        if let exception = record.exception {
            heading(state.t("Closed without signature", "未签字关闭"))
            add(state.t("Consent: ", "同意人:") + one(exception.consentedBy) + " · " + EndOfDayPrompts.channelName(exception.channel, state)
                + " · " + one(exception.consentTime), width: width, role: .warning)
            add(state.t("Why: ", "原因:") + one(exception.reason) + state.t(" · recorded ", " · 记录于 ") + exception.recordedAt.shortText,
                width: width, role: .warning)
        }

        heading(state.t("SHA-256 of this record", "本记录的 SHA-256"))
        // The full hash, in as few lines as the width allows (never split inside a group of 8).
        let groups = stride(from: 0, to: hash.count, by: 8).map { start in
            String(hash.dropFirst(start).prefix(8))
        }
        let perLine = max(1, min(8, (width - 2 + 1) / 9))
        for start in stride(from: 0, to: groups.count, by: perLine) {
            lines.append(Line(text: " " + groups[start..<min(groups.count, start + perLine)].joined(separator: " "), role: .accent))
        }
    }

    private mutating func heading(_ title: String) {
        if !lines.isEmpty { lines.append(Line(text: "", role: .normal)) }
        lines.append(Line(text: title, role: .heading))
    }

    /// Adds text wrapped to the width, later lines indented.
    private mutating func add(_ text: String, width: Int, indent: Int = 2, role: StyleRole = .normal) {
        let body = max(1, width - 1 - indent)
        for (number, line) in TextWidth.wrap(text, width: body).enumerated() {
            lines.append(Line(text: " " + String(repeating: " ", count: number == 0 ? 0 : indent) + line, role: role))
        }
    }

    /// How a crew member answered the roll call.
    static func attendance(_ entry: Attendance, _ state: AppState) -> String {
        switch entry.status {
        case .present: state.t("present", "出席")
        case .late: state.t("late", "迟到") + (entry.arrivedAt.map { state.t(" (arrived \($0))", "(\($0) 到)") } ?? "")
        case .absent: state.t("absent", "缺席")
        }
    }

    /// One cleanup item as recorded: done by whom and when, not applicable and why, or open; its note.
    static func cleanup(_ item: ItemRecord, _ state: AppState) -> String {
        let one = TextSanitizer.singleLine
        var text: String
        switch item.state {
        case .open: text = state.t("open", "未检查")
        case .done: text = state.t("inspected", "已检查")
        case .notApplicable: text = state.t("not applicable (", "不适用(") + one(item.reason) + state.t(")", ")")
        }
        if let by = item.by { text += state.t(" by ", " · ") + one(by) }
        if let at = item.at { text += state.t(" at ", " · ") + at.clockTime }
        if !item.note.isEmpty { text += state.t(" · note: ", " · 备注:") + one(item.note) }
        return text
    }
}
