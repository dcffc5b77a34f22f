import OnsiteCore

extension RegisterScreen {
    /// The selected entry in full: a heading and the lines under it.
    static func detail(_ entry: Entry, _ site: Site, _ state: AppState) -> (String, [(String, StyleRole)]) {
        let clean = RegisterWords.oneLine
        let language = state.language
        switch entry {
        case .problem(let problem):
            let (deadline, role) = ProblemScreen.deadline(problem, state)
            let owner = problem.owner.isEmpty ? state.t("no owner yet", "尚无负责人") : state.t("owner ", "负责人 ") + clean(problem.owner)
            let heading = state.t("found ", "发现于 ") + problem.day.isoText + " · " + RegisterWords.severity(problem.severity).text(in: language)
                + " · " + RegisterWords.status(problem.status).text(in: language) + " · " + owner
            var lines: [(String, StyleRole)] = [(deadline + state.t(" · \(problem.reports.count) report(s) · Enter opens it", " · 汇报\(problem.reports.count)次 · 回车打开"), role)]
            lines.append((TextSanitizer.multiLine(problem.description), .normal))
            if !problem.proposedSolution.isEmpty { lines.append((state.t("Solution: ", "方案:") + clean(problem.proposedSolution), .muted)) }
            if let files = problem.attachments, !files.isEmpty { lines.append((AttachWords.summary(files, state), .muted)) }
            return (heading, lines)
        case .extraWork(let work):
            let heading = work.requestedAt.shortText + " · " + state.t("asked for by ", "提出人 ") + clean(work.requestedBy) + " · " + clean(work.quantity)
            let signed = isSigned(work.day, site)
            let (signature, role) = signature(work, site, state)
            let words = signed ? state.t("Signed by the client with the day's record (", "客户已随当天记录签字(") + signature + state.t(").", ")。")
                : state.t("Awaiting the client's signature: it is signed with the record of \(work.day.isoText).", "待客户签字:随 \(work.day.isoText) 的记录一起签字。")
            var lines: [(String, StyleRole)] = [(TextSanitizer.multiLine(work.description), .normal), (words, role)]
            if let files = work.attachments, !files.isEmpty { lines.append((AttachWords.summary(files, state), .normal)) }
            return (heading, lines)
        case .borrowing(let borrowing):
            let heading = clean(borrowing.item) + " · " + state.t("from ", "出借人 ") + clean(borrowing.lender)
            var lines: [(String, StyleRole)] = [
                (state.t("Borrowed ", "借用时间 ") + borrowing.borrowedAt.shortText + state.t(", condition: ", ",状况:") + clean(borrowing.condition), .normal),
            ]
            if let back = borrowing.returnedAt {
                lines.append((state.t("Returned ", "归还时间 ") + back.shortText + state.t(", condition: ", ",状况:") + clean(borrowing.returnCondition ?? ""), .success))
            } else {
                lines.append((state.t("Not returned yet: r (or Enter) records the return and its condition.", "尚未归还:按 r(或回车)登记归还及状况。"), .warning))
            }
            return (heading, lines)
        case .shortage(let shortage):
            let heading = clean(shortage.item) + " · " + clean(shortage.quantity)
            var needed = shortage.neededBy.map { state.t("Needed by ", "需要日期 ") + $0.isoText } ?? state.t("No needed-by date", "未定需要日期")
            if isLate(shortage, state) { needed += state.t(" — late", " — 已逾期") }
            return (heading, [
                (needed, isLate(shortage, state) ? .error : .normal),
                (state.t("Recorded ", "登记时间 ") + shortage.recordedAt.shortText + " · " + RegisterWords.shortage(shortage.status).text(in: language)
                    + state.t(" · s moves it on: open → ordered → arrived", " · 按 s 更新:未订 → 已订 → 已到"), .muted),
            ])
        case .conduct(let conduct):
            let member = site.profile.crew.first { $0.id == conduct.crewMemberID }
            let name = member.map { clean($0.name) } ?? "—"
            let heading = name + " · " + RegisterWords.conduct(conduct.kind).text(in: language) + " · " + conduct.at.shortText
            let total = site.registers.conduct.filter { $0.crewMemberID == conduct.crewMemberID }
            let incidents = total.filter { $0.kind == .incident }.count
            var lines: [(String, StyleRole)] = [
                ((conduct.kind == .incident ? state.t("Rule broken: ", "违反:") : state.t("Trust won: ", "赢得信任:")) + clean(conduct.reference), .normal),
            ]
            if !conduct.note.isEmpty { lines.append((state.t("Note: ", "备注:") + clean(conduct.note), .normal)) }
            lines.append((name + state.t(" in all: \(incidents) incident(s), \(total.count - incidents) commendation(s)", " 累计:违规\(incidents)次,表扬\(total.count - incidents)次"), .muted))
            return (heading, lines)
        }
    }
}
