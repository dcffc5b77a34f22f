import OnsiteCore

/// The review with the client as lines to scroll: sections with headings, each entry wrapped to the width.
struct ReviewDocument {
    /// Something in the review that can be selected.
    enum Entry: Hashable {
        case log(String), problem(String), extraWork(String), borrowing(String), scheduleChange(String)
    }

    /// One line on screen; `entry` is the index of the entry it belongs to (nil for headings and blanks).
    struct Line {
        var text: String
        var role: StyleRole
        var entry: Int?
        var isHeading = false
    }

    private(set) var lines: [Line] = []
    private(set) var entries: [Entry] = []
    /// The index of the first entry of each section that has entries (for Tab).
    private(set) var sectionStarts: [Int] = []

    /// The review of a day for a width of `width` cells.
    init(_ state: AppState, _ site: Site, _ day: WorkDay, width: Int) {
        let registers = site.registers
        let clean = TextSanitizer.multiLine
        let symbols = Symbols(unicode: state.unicodeLines)

        section(state.t("The day's progress", "当天进度"), none: state.t("No log entry this day.", "当天没有工作记录。"))
        for entry in day.log {
            let situation = entry.kind == .situation ? state.t("Situation: ", "特殊状况:") : ""
            add(.log(entry.id), entry.at.clockTime + "  " + situation + clean(entry.text), indent: 7, role: entry.kind == .situation ? .warning : .normal, width: width)
        }

        section(state.t("Problems: open, and found this day", "问题:未关闭的,及当天发现的"), none: state.t("No open problem.", "没有未关闭的问题。"))
        // Problems found after this day were not part of its review.
        for problem in registers.problems where problem.day <= day.date && (!problem.isClosed || problem.day == day.date) {
            let isNew = problem.day == day.date
            let overdue = problem.overdue(on: state.today)
            let tags = (isNew ? state.t("NEW ", "新 ") : "") + "[" + RegisterWords.severity(problem.severity).text(in: state.language) + "] "
            add(.problem(problem.id), tags + clean(problem.description), indent: 2, role: overdue.isEmpty ? (isNew ? .accent : .normal) : .error, width: width)
            var detail = [ReviewDocument.status(problem.status, state)]
            if !problem.owner.isEmpty { detail.append(state.t("owner ", "负责人 ") + TextSanitizer.singleLine(problem.owner)) }
            detail.append(state.t("found \(problem.day.isoText)", "\(problem.day.isoText) 发现"))
            if !problem.isClosed { detail.append(state.t("solve by \(problem.solveDue.isoText)", "须于 \(problem.solveDue.isoText) 前解决")) }
            add(.problem(problem.id), "  " + detail.joined(separator: " · "), indent: 4, role: .muted, width: width, continuing: true)
            for deadline in overdue {
                let text = switch deadline {
                case .followUp(let due): state.t("OVERDUE: follow-up was due \(due.isoText)", "已逾期:应于 \(due.isoText) 前跟进")
                case .solution(let due): state.t("OVERDUE: solution was due \(due.isoText)", "已逾期:应于 \(due.isoText) 前解决")
                }
                add(.problem(problem.id), "  " + (state.unicodeLines ? "⚠ " : "! ") + text, indent: 4, role: .error, width: width, continuing: true)
            }
        }

        section(state.t("Extra work of the day (signed with the day's record)", "当天追加工作(随当天记录签字)"),
                none: state.t("No extra work this day.", "当天没有追加工作。"))
        for work in registers.extraWork where work.day == day.date {
            let awaiting = day.signOff == nil ? state.t("awaiting the client's signature", "待客户签字") : state.t("signed", "已签字")
            let text = clean(work.description) + " · " + TextSanitizer.singleLine(work.quantity)
                + state.t(" · asked by ", " · 提出人 ") + TextSanitizer.singleLine(work.requestedBy) + " · " + awaiting
            add(.extraWork(work.id), symbols.bullet + " " + text, indent: 2, role: day.signOff == nil ? .warning : .normal, width: width)
        }

        section(state.t("Borrowed from the client, not returned yet", "向客户借用、尚未归还"), none: state.t("Nothing borrowed.", "没有借用物品。"))
        for borrowing in registers.openBorrowings {
            let text = TextSanitizer.singleLine(borrowing.item) + state.t(" · from ", " · 出借人 ") + TextSanitizer.singleLine(borrowing.lender)
                + state.t(" · since ", " · 借用于 ") + borrowing.borrowedAt.localDate.isoText
                + state.t(" · condition: ", " · 借出状况:") + TextSanitizer.singleLine(borrowing.condition)
            add(.borrowing(borrowing.id), symbols.bullet + " " + text, indent: 2, role: .normal, width: width)
        }

        section(day.isClosed ? state.t("Schedule changes", "工期变更") : state.t("Schedule changes (a adds, x removes)", "工期变更(a 添加,x 删除)"),
                none: state.t("No planned date moved.", "没有工期变更。"))
        for change in day.scheduleChanges {
            let text = TextSanitizer.singleLine(change.milestone) + ": " + change.plannedDate.isoText + (state.unicodeLines ? " → " : " -> ") + change.newDate.isoText
                + state.t(" · reason: ", " · 原因:") + TextSanitizer.singleLine(change.reason)
            add(.scheduleChange(change.id), symbols.bullet + " " + text, indent: 2, role: .normal, width: width)
        }
        closeSection()
    }

    private var sectionHasEntries = false
    private var noneText = ""

    private mutating func section(_ title: String, none: String) {
        closeSection()
        if !lines.isEmpty { lines.append(Line(text: "", role: .normal)) }
        lines.append(Line(text: title, role: .heading, isHeading: true))
        sectionHasEntries = false
        noneText = none
    }

    private mutating func closeSection() {
        if !noneText.isEmpty, !sectionHasEntries { lines.append(Line(text: "  " + noneText, role: .muted)) }
        noneText = ""
    }

    /// Adds an entry (or, `continuing`, more lines of the last one), wrapped with later lines indented.
    private mutating func add(_ entry: Entry, _ text: String, indent: Int, role: StyleRole, width: Int, continuing: Bool = false) {
        if !continuing {
            if !sectionHasEntries { sectionStarts.append(entries.count) }
            entries.append(entry)
            sectionHasEntries = true
        }
        let index = entries.count - 1
        // A hanging indent: every line is wrapped to the narrower width, so no word is split twice.
        let body = max(1, width - 2 - indent)
        for (number, line) in TextWidth.wrap(text, width: body).enumerated() {
            lines.append(Line(text: " " + String(repeating: " ", count: number == 0 ? 0 : indent) + line, role: role, entry: index))
        }
    }

    /// The lines of an entry.
    func lineRange(of entry: Int) -> Range<Int> {
        guard let first = lines.firstIndex(where: { $0.entry == entry }), let last = lines.lastIndex(where: { $0.entry == entry }) else { return 0..<0 }
        return first..<(last + 1)
    }

    /// A problem's status in words.
    static func status(_ status: ProblemStatus, _ state: AppState) -> String {
        switch status {
        case .open: state.t("open", "未解决")
        case .solved: state.t("solved, to be confirmed by the client", "已解决,待客户确认")
        case .confirmed: state.t("confirmed by the client", "客户已确认")
        }
    }
}
