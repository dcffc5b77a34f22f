import OnsiteCore

extension ProblemScreen {
    /// Draws a problem: title and status, an overdue or signed-day line, its lines, the selected line in full.
    static func render(_ state: AppState, _ screen: Screen, into grid: inout Grid, _ area: Rect) {
        guard case .problem(let siteID, let id, _, var position) = screen else { return }
        let x = area.column + 2
        let width = area.width - 4
        guard let problem = problem(siteID, id, state) else {
            grid.put(state.t("This problem no longer exists.", "这个问题已不存在。"), column: x, row: area.row, role: .error, maxWidth: width)
            return
        }
        RegisterLayout.title(state.t("Problem found ", "问题 · 发现于 ") + problem.day.isoText,
                             counts: RegisterWords.status(problem.status).text(in: state.language), state, into: &grid, area)
        let (deadline, role) = deadline(problem, state)
        if role == .error {
            grid.put(deadline, column: x, row: area.row + 1, role: .error, maxWidth: width)
        } else if whyLocked(id, state) != nil {
            grid.put(state.t("Its day is signed: only reports, status and deadlines change now.", "所在日期已签字:现在只能更改汇报、状态和期限。"),
                     column: x, row: area.row + 1, role: .muted, maxWidth: width)
        }
        let list = rows(problem)
        let visible = RegisterLayout.listHeight(state)
        position.clamp(count: list.count, visible: visible)
        let labelWidth = [Row.description, .severity, .solution, .owner, .status, .followUp, .solveBy].map { TextWidth.cells(of: label($0, state)) }.max() ?? 0
        let top = area.row + RegisterLayout.listTop
        for (index, row) in list.enumerated().dropFirst(position.scroll).prefix(visible) {
            let (text, role) = value(row, problem, state)
            let name = row == .addReport && problem.reports.isEmpty ? state.t("Reports", "汇报") : label(row, state)
            RegisterLayout.row([RowPiece(name, labelWidth, .heading), RowPiece(text, 0, role)], column: x, row: top + index - position.scroll,
                               width: width, selected: index == position.selection, into: &grid)
        }
        if let row = list[safe: position.selection] {
            let (heading, lines) = detail(row, problem, state)
            RegisterLayout.detail(heading, lines, state, into: &grid, area)
        }
    }

    private static func label(_ row: Row, _ state: AppState) -> String {
        switch row {
        case .description: state.t("Description", "问题描述")
        case .severity: state.t("Severity", "严重程度")
        case .solution: state.t("Proposed solution", "建议方案")
        case .owner: state.t("Owner", "负责人")
        case .status: state.t("Status", "状态")
        case .followUp: state.t("Follow-up", "跟进")
        case .solveBy: state.t("Solution", "解决")
        case .report(let index): index == 0 ? state.t("Reports", "汇报") : ""
        case .addReport: ""
        case .files: state.t("Files", "附件")
        }
    }

    /// The value column of a row, and its style.
    private static func value(_ row: Row, _ problem: Problem, _ state: AppState) -> (String, StyleRole) {
        let clean = RegisterWords.oneLine
        let late = problem.overdue(on: state.today)
        switch row {
        case .description: return (clean(problem.description), .normal)
        case .severity: return (RegisterWords.severity(problem.severity).text(in: state.language), RegisterWords.role(problem.severity))
        case .solution:
            return problem.proposedSolution.isEmpty ? (state.t("(none yet)", "(暂无)"), .muted) : (clean(problem.proposedSolution), .normal)
        case .owner: return problem.owner.isEmpty ? (state.t("(nobody yet)", "(暂无)"), .warning) : (clean(problem.owner), .normal)
        case .status: return (statusLine(problem, state), RegisterWords.role(problem.status))
        case .followUp:
            let due = state.t("due \(problem.followUpDue.isoText) (\(problem.followUpDays) days)", "\(problem.followUpDue.isoText) 前(\(problem.followUpDays)天)")
            if late.contains(.followUp(problem.followUpDue)) { return (state.t("OVERDUE — ", "已逾期 — ") + due, .error) }
            if let first = problem.reports.first { return (due + state.t(" — reported ", " — 已汇报 ") + first.at.shortText, .success) }
            return (due + state.t(" — not reported yet", " — 尚未汇报"), problem.isClosed ? .muted : .warning)
        case .solveBy:
            let due = state.t("due \(problem.solveDue.isoText) (\(problem.solveDays) days)", "\(problem.solveDue.isoText) 前(\(problem.solveDays)天)")
            if late.contains(.solution(problem.solveDue)) { return (state.t("OVERDUE — ", "已逾期 — ") + due, .error) }
            if let solved = problem.solvedAt { return (due + state.t(" — solved ", " — 已解决 ") + solved.shortText, .success) }
            return (due, .normal)
        case .report(let index):
            guard let report = problem.reports[safe: index] else { return ("", .normal) }
            return (reportLine(report, state), .normal)
        case .addReport:
            return ("+ " + state.t("Record a report (r)", "登记汇报(r)"), .accent)
        case .files:
            let files = problem.attachments ?? []
            return (state.t("\(files.count) — ", "\(files.count) 个 — ") + files.map(\.name).joined(separator: ", "), .normal)
        }
    }

    private static func statusLine(_ problem: Problem, _ state: AppState) -> String {
        let word = RegisterWords.status(problem.status).text(in: state.language)
        switch problem.status {
        case .open: return word + state.t(" — s marks it solved", " — 按 s 标记已解决")
        case .solved:
            return word + " " + (problem.solvedAt?.shortText ?? "") + state.t(" — s: the client confirms", " — 按 s 由客户确认")
        case .confirmed:
            return word + state.t(" by ", ":") + RegisterWords.oneLine(problem.confirmedBy ?? "") + " " + (problem.confirmedAt?.shortText ?? "")
        }
    }

    private static func reportLine(_ report: ProblemReport, _ state: AppState) -> String {
        RegisterWords.recipient(report.to).text(in: state.language) + " " + RegisterWords.oneLine(report.who) + " · "
            + RegisterWords.channel(report.channel).text(in: state.language) + " · " + report.at.shortText
    }

    /// The selected row in full, with what Enter does there.
    private static func detail(_ row: Row, _ problem: Problem, _ state: AppState) -> (String, [(String, StyleRole)]) {
        let locked = whyLocked(problem.id, state)
        let editHint: (String, StyleRole) = locked.map { ($0.text(in: state.language), .muted) } ?? (state.t("Enter changes it.", "回车修改。"), .muted)
        switch row {
        case .description: return (label(row, state), [(TextSanitizer.multiLine(problem.description), .normal), editHint])
        case .severity:
            return (label(row, state), [(RegisterWords.numbered(ProblemSeverity.allCases, RegisterWords.severity, state.language), .normal), editHint])
        case .solution: return (label(row, state), [(problem.proposedSolution.isEmpty ? "—" : RegisterWords.oneLine(problem.proposedSolution), .normal), editHint])
        case .owner: return (label(row, state), [(problem.owner.isEmpty ? "—" : RegisterWords.oneLine(problem.owner), .normal), editHint])
        case .status:
            return (label(row, state), [
                (state.t("Open → solved by the crew → confirmed by the client. o reopens a problem whose fix did not hold.",
                         "未解决 → 施工方解决 → 客户确认。问题复发时按 o 重新打开。"), .normal),
            ])
        case .followUp, .solveBy:
            return (state.t("Deadlines", "期限"), [
                (state.t("Report to the project manager or the engineering head within \(problem.followUpDays) days; solve it within \(problem.solveDays) days (the standard: 3 and 7). Enter changes them.",
                         "\(problem.followUpDays)天内向项目经理或工程主管汇报;\(problem.solveDays)天内解决(标准为3天和7天)。回车修改。"), .normal),
            ])
        case .report(let index):
            guard let report = problem.reports[safe: index] else { return ("", []) }
            return (state.t("Report", "汇报"), [(reportLine(report, state), .normal), (state.t("Enter or r records another report.", "回车或 r 再登记一次汇报。"), .muted)])
        case .addReport:
            return (state.t("Report", "汇报"), [(state.t("Who was told (project manager or engineering head), how, and when.", "告知了谁(项目经理或工程主管)、方式和时间。"), .normal)])
        case .files:
            return (state.t("Files", "附件"), (problem.attachments ?? []).map { (AttachWords.line($0), .normal) }
                + [(state.t("Enter or F lists them; f attaches another.", "回车或 F 查看;f 再附加一个。"), .muted)])
        }
    }
}
