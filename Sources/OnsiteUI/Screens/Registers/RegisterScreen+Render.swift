import OnsiteCore

extension RegisterScreen {
    /// Draws a register: title and counts, its keys, the list, the selected entry in full.
    static func render(_ state: AppState, _ screen: Screen, into grid: inout Grid, _ area: Rect) {
        guard case .register(let siteID, let kind, _, var position) = screen, let site = state.siteWithHistory(siteID) else { return }
        let x = area.column + 2
        let width = area.width - 4
        let list = entries(kind, site)
        let (counts, alert) = counts(kind, site, state)
        RegisterLayout.title(RegisterWords.title(kind).text(in: state.language), counts: counts, state, into: &grid, area)
        if let alert {
            let used = TextWidth.cells(of: RegisterWords.title(kind).text(in: state.language)) + 2 + TextWidth.cells(of: counts) + 3
            if used + TextWidth.cells(of: alert) <= width { grid.put(alert, column: x + used, row: area.row, role: .error) }
        }
        RegisterLayout.hints(RegisterKeys.hints(for: kind), state, into: &grid, area)
        let top = area.row + RegisterLayout.listTop
        guard !list.isEmpty else {
            grid.paragraph(empty(kind, state), in: Rect(column: x, row: top, width: width, height: 3), role: .muted)
            return
        }
        let visible = RegisterLayout.listHeight(state)
        position.clamp(count: list.count, visible: visible)
        let rows = RegisterLayout.fitted(list.map { row($0, site, state) })
        for (index, pieces) in rows.enumerated().dropFirst(position.scroll).prefix(visible) {
            RegisterLayout.row(pieces, column: x, row: top + index - position.scroll, width: width, selected: index == position.selection, into: &grid)
        }
        if let entry = list[safe: position.selection] {
            let (heading, lines) = detail(entry, site, state)
            RegisterLayout.detail(heading, lines, state, into: &grid, area)
        }
    }

    /// The counts after the title, and an alert in the error style (overdue problems).
    private static func counts(_ kind: RegisterKind, _ site: Site, _ state: AppState) -> (String, String?) {
        let registers = site.registers
        switch kind {
        case .problems:
            let count = { (status: ProblemStatus) in registers.problems.filter { $0.status == status }.count }
            let overdue = ProblemCounts(registers.problems, today: state.today).overdue
            return (state.t("\(count(.open)) open · \(count(.solved)) solved · \(count(.confirmed)) confirmed",
                            "未解决\(count(.open)) · 已解决\(count(.solved)) · 已确认\(count(.confirmed))"),
                    overdue > 0 ? state.t("\(overdue) overdue", "逾期\(overdue)") : nil)
        case .extraWork:
            let awaiting = registers.extraWork.filter { !isSigned($0.day, site) }.count
            return (state.t("\(registers.extraWork.count) in all · \(awaiting) awaiting signature",
                            "共\(registers.extraWork.count)项 · 待客户签字\(awaiting)项"), nil)
        case .borrowings:
            let open = registers.openBorrowings.count
            return (state.t("\(open) not returned · \(registers.borrowings.count - open) returned", "未归还\(open) · 已归还\(registers.borrowings.count - open)"), nil)
        case .materials:
            let count = { (status: ShortageStatus) in registers.materials.filter { $0.status == status }.count }
            let late = registers.materials.filter { isLate($0, state) }.count
            return (state.t("\(count(.open)) open · \(count(.ordered)) ordered · \(count(.arrived)) arrived",
                            "未订\(count(.open)) · 已订\(count(.ordered)) · 已到\(count(.arrived))"),
                    late > 0 ? state.t("\(late) late", "逾期\(late)") : nil)
        case .conduct:
            let incidents = registers.conduct.filter { $0.kind == .incident }.count
            return (state.t("\(incidents) incident(s) · \(registers.conduct.count - incidents) commendation(s)",
                            "违规\(incidents) · 表扬\(registers.conduct.count - incidents)"), nil)
        }
    }

    private static func empty(_ kind: RegisterKind, _ state: AppState) -> String {
        switch kind {
        case .problems: state.t("No problems recorded. a adds one: what, how serious, the proposed solution and who owns it.",
                                "还没有记录问题。按 a 添加:问题、严重程度、建议方案和负责人。")
        case .extraWork: state.t("No extra work recorded. Work outside the contract is written here and signed by the client with the day.",
                                 "还没有追加工作。合同外的工作记录在这里,由客户随当天记录签字。")
        case .borrowings: state.t("Nothing borrowed from the client. a records a loan: item, from whom, its condition.",
                                  "没有向客户借用物品。按 a 登记:物品、出借人、状况。")
        case .materials: state.t("No materials short. a records one: item, quantity, when it is needed.", "没有欠料。按 a 登记:物料、数量、需要日期。")
        case .conduct: state.t("No conduct entries. a records an incident (against a rule) or a commendation for a crew member.",
                               "还没有行为记录。按 a 为组员记录违规(对照规定)或表扬。")
        }
    }

    /// Whether the day an entry belongs to was signed by the client.
    static func isSigned(_ day: LocalDate, _ site: Site) -> Bool {
        site.daySummary(day)?.state == .signed
    }

    /// A shortage still missing after the day it was needed by.
    static func isLate(_ shortage: MaterialShortage, _ state: AppState) -> Bool {
        guard shortage.status != .arrived, let needed = shortage.neededBy else { return false }
        return needed < state.today
    }

    /// The pieces of one list row.
    private static func row(_ entry: Entry, _ site: Site, _ state: AppState) -> [RowPiece] {
        let clean = RegisterWords.oneLine
        let language = state.language
        func widest(_ texts: [LocalizedText]) -> Int { texts.map { TextWidth.cells(of: $0.text(in: language)) }.max() ?? 0 }
        switch entry {
        case .problem(let problem):
            let (deadline, role) = ProblemScreen.deadline(problem, state, compact: true)
            return [
                RowPiece(RegisterWords.severity(problem.severity).text(in: language), widest(ProblemSeverity.allCases.map(RegisterWords.severity)), RegisterWords.role(problem.severity)),
                RowPiece(RegisterWords.status(problem.status).text(in: language), widest(ProblemStatus.allCases.map(RegisterWords.status)), RegisterWords.role(problem.status)),
                RowPiece(RegisterWords.monthDay(problem.day), 5, .muted, optional: true),
                RowPiece(clean(problem.description), 0, problem.isClosed ? .muted : .normal),
                RowPiece(problem.owner.isEmpty ? "—" : clean(problem.owner), 8, .normal, optional: true),
                RowPiece(deadline, RegisterLayout.auto, role),
            ]
        case .extraWork(let work):
            let (signature, role) = signature(work, site, state)
            return [
                RowPiece(RegisterWords.monthDay(work.day), 5, .muted),
                RowPiece(clean(work.quantity), 8, .accent),
                RowPiece(clean(work.description), 0, .normal),
                RowPiece(clean(work.requestedBy), 10, .normal, optional: true),
                RowPiece(signature, RegisterLayout.auto, role),
            ]
        case .borrowing(let borrowing):
            let symbols = Symbols(unicode: state.unicodeLines)
            let returned = borrowing.returnedAt.map { state.t("returned ", "已还 ") + RegisterWords.monthDay($0.localDate) }
            return [
                RowPiece(borrowing.isReturned ? (state.unicodeLines ? "✓" : "x") : symbols.bullet, 1, borrowing.isReturned ? .success : .warning),
                RowPiece(clean(borrowing.item), 0, borrowing.isReturned ? .muted : .warning),
                RowPiece(clean(borrowing.lender), 10, .normal, optional: true),
                RowPiece(RegisterWords.monthDay(borrowing.borrowedAt.localDate) + " " + borrowing.borrowedAt.clockTime, 11, .muted, optional: true),
                RowPiece(returned ?? state.t("not returned", "未归还"), RegisterLayout.auto, borrowing.isReturned ? .success : .warning),
            ]
        case .shortage(let shortage):
            return [
                RowPiece(RegisterWords.shortage(shortage.status).text(in: language), widest(ShortageStatus.allCases.map(RegisterWords.shortage)), RegisterWords.role(shortage.status)),
                RowPiece(clean(shortage.item), 0, .normal),
                RowPiece(clean(shortage.quantity), 10, .accent),
                RowPiece(shortage.neededBy?.isoText ?? "—", 10, isLate(shortage, state) ? .error : .muted),
            ]
        case .conduct(let conduct):
            let name = site.profile.crew.first { $0.id == conduct.crewMemberID }.map { clean($0.name) } ?? "—"
            return [
                RowPiece(RegisterWords.monthDay(conduct.day), 5, .muted, optional: true),
                RowPiece(name, 10, .normal),
                RowPiece(RegisterWords.conduct(conduct.kind).text(in: language), widest(ConductKind.allCases.map(RegisterWords.conduct)),
                         conduct.kind == .incident ? .error : .success),
                RowPiece(clean(conduct.reference), 0, .normal),
            ]
        }
    }

    /// Whether extra work is signed by the client (with its day's record), in words and style.
    static func signature(_ work: ExtraWork, _ site: Site, _ state: AppState) -> (String, StyleRole) {
        guard isSigned(work.day, site) else { return (state.t("awaiting signature", "待客户签字"), .warning) }
        let signed = state.day(site.id, work.day)?.signOff?.signedAt.localDate ?? work.day
        return (state.t("signed ", "已签字 ") + signed.isoText, .success)
    }
}
