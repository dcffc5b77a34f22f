import OnsiteCore

extension ExitStepScreen {
    static func render(_ state: AppState, _ siteID: String, _ step: ExitStep, _ position: ListPosition, into grid: inout Grid, _ area: Rect) {
        guard let site = state.site(siteID) else { return }
        let x = area.column + 2
        let width = area.width - 4
        RegisterLayout.title(ExitWords.step(step).text(in: state.language), counts: TextSanitizer.singleLine(site.profile.name), state, into: &grid, area)
        if site.isReadOnly {
            grid.put(ExitWords.readOnly.text(in: state.language), column: x, row: area.row + 1, role: .muted, maxWidth: width)
        } else {
            RegisterLayout.hints(ExitKeys.hints(for: step), state, into: &grid, area)
        }
        let header = headerLines(step, site, state)
        for (index, line) in header.prefix(listTop(step) - 2).enumerated() {
            grid.put(line.0, column: x, row: area.row + 2 + index, role: line.1, maxWidth: width)
        }
        let rows = self.rows(step, site, state)
        let top = area.row + listTop(step)
        if rows.isEmpty {
            grid.put(emptyText(step, state), column: x, row: top, role: .muted, maxWidth: width)
            return
        }
        for (offset, line) in rows.enumerated().dropFirst(position.scroll).prefix(max(0, area.bottom - top)) {
            let row = top + offset - position.scroll
            let selected = offset == position.selection
            if selected { grid.fill(column: x, row: row, width: width, height: 1, role: .selected) }
            grid.put(" " + line.0, column: x, row: row, role: selected ? .selected : line.1, maxWidth: width)
        }
    }

    /// The lines above the list: what was recorded for the step.
    static func headerLines(_ step: ExitStep, _ site: Site, _ state: AppState) -> [(String, StyleRole)] {
        let clean = TextSanitizer.singleLine
        let exit = site.exit
        func people(_ list: [Participant]) -> String {
            list.map { ExitWords.role($0.role).text(in: state.language) + " " + clean($0.name) }.joined(separator: " · ")
        }
        switch step {
        case .preAcceptance:
            guard let pre = exit.preAcceptance else {
                return [(state.t("Not held yet. e records when it was held and who took part.", "尚未进行。按 e 记录时间和参加人员。"), .warning)]
            }
            var lines = [(state.t("Held \(pre.date.isoText) at \(pre.time)", "\(pre.date.isoText) \(pre.time) 进行"), StyleRole.success),
                         (people(pre.participants), .normal)]
            if !pre.notes.isEmpty { lines.append((clean(pre.notes), .muted)) }
            lines.append((state.t("Findings (each a problem with an owner and a due date; a adds one)", "发现的问题(每项有负责人和期限;按 a 添加)"), .heading))
            return lines
        case .formalAcceptance:
            guard let last = exit.acceptance else {
                return [(state.t("Not held yet. e records the result, the report's reference and who took part.", "尚未进行。按 e 记录结果、验收报告编号和参加人员。"), .warning)]
            }
            let role: StyleRole = last.result == .notAccepted ? .error : .success
            return [(ExitWords.result(last.result).text(in: state.language) + state.t(" · report ", " · 报告 ") + clean(last.reportReference), role),
                     (people(last.participants), .normal)]
        case .delivery:
            if let signed = exit.delivery {
                return [(state.t("Signed by \(clean(signed.clientName)) at \(signed.signedAt.shortText)", "\(clean(signed.clientName)) 于 \(signed.signedAt.shortText) 签字"), .success),
                        (state.t("Record SHA-256 ", "记录 SHA-256 ") + String(signed.recordHash.prefix(16)) + state.t(" · s shows the signature", " · 按 s 查看签名"), .muted)]
            }
            let accepted = exit.acceptance?.result.isAccepted == true
            return [(accepted ? state.t("Formal acceptance: ", "正式验收:") + ExitWords.result(exit.acceptance!.result).text(in: state.language)
                        : ExitWords.error(.notAccepted, state).text(in: state.language), accepted ? .normal : .warning),
                    (state.t("a spare part · d technical document · s the client signs the delivery report", "a 备件 · d 技术资料 · s 客户签署交付报告"), .muted)]
        case .leftovers:
            if let counted = exit.leftoversCountedAt {
                return [(state.t("Count finished \(counted.shortText)", "已于 \(counted.shortText) 清点完毕"), .success),
                        (state.t("Space marks a line taken back to the warehouse.", "按空格标记已带回仓库。"), .muted)]
            }
            return [(state.t("Count what is left, list it (a), then c: count finished (also when nothing is left).",
                             "清点剩余物料并列出(a),然后按 c 确认清点完毕(没有剩余也要确认)。"), .warning)]
        case .restoration:
            var lines: [(String, StyleRole)] = []
            if exit.restorationRequest.isEmpty {
                lines.append((state.t("The client's request is not written yet (e).", "尚未记录客户的要求(按 e)。"), .warning))
            } else {
                lines += TextWidth.wrap(TextSanitizer.multiLine(exit.restorationRequest), width: max(10, state.width - 8)).prefix(2).map { ($0, .normal) }
            }
            if let signed = exit.restoration {
                lines.append((state.t("Confirmed by \(clean(signed.clientName)) at \(signed.signedAt.shortText)", "\(clean(signed.clientName)) 于 \(signed.signedAt.shortText) 确认"), .success))
            }
            return lines
        case .survey:
            guard let survey = exit.survey else {
                return [(state.t("Hand the survey to the client (h); they seal it in an envelope for the engineering head.",
                                 "把调查表交给客户(按 h);客户填好后装入信封交工程安装部部长。"), .warning)]
            }
            let comments = survey.answers.map { clean($0.comments) } ?? ""
            return [(state.t("Handed to \(clean(survey.handedTo)) at \(survey.handedAt.shortText)", "已于 \(survey.handedAt.shortText) 交给 \(clean(survey.handedTo))"), .success),
                    (comments.isEmpty ? state.t("Answers, if the client shares them: 1–5 on each row; m for comments.", "客户愿意分享时录入:每行按 1–5;按 m 填意见。")
                        : state.t("Comments: ", "意见:") + comments, .muted)]
        case .borrowings, .thanks:
            return []
        }
    }

    /// The step's list, one line per row.
    static func rows(_ step: ExitStep, _ site: Site, _ state: AppState) -> [(String, StyleRole)] {
        let clean = TextSanitizer.singleLine
        let symbols = Symbols(unicode: state.unicodeLines)
        switch step {
        case .preAcceptance:
            return site.findings.map { problem in
                let status = RegisterWords.status(problem.status).text(in: state.language)
                let role: StyleRole = problem.isClosed ? .success : (problem.overdue(on: state.today).isEmpty ? .normal : .error)
                return (clean(problem.description) + " — " + clean(problem.owner) + state.t(" · due ", " · 期限 ") + problem.solveDue.isoText + " · " + status, role)
            }
        case .formalAcceptance:
            return site.exit.acceptances.map { acceptance in
                var line = acceptance.date.isoText + " " + acceptance.time + "  " + ExitWords.result(acceptance.result).text(in: state.language)
                if !acceptance.reservations.isEmpty { line += state.t(" — reservations: ", " —— 保留意见:") + acceptance.reservations.map(clean).joined(separator: "; ") }
                return (line, acceptance.result == .notAccepted ? .warning : .normal)
            }
        case .delivery:
            return site.exit.handover.map { item in
                ("[" + ExitWords.kind(item.kind).text(in: state.language) + "] " + clean(item.name) + " × \(item.quantity)"
                 + state.t(" · received by ", " · 接收人 ") + clean(item.receivedBy), .normal)
            }
        case .leftovers:
            return site.exit.leftovers.map { item in
                let back = item.returnedAt != nil
                return (symbols.mark(back ? .done : .open, resolved: back) + " " + clean(item.item) + "  " + item.quantity + " " + clean(item.unit)
                        + (back ? state.t(" · taken back", " · 已带回") : ""), back ? .success : .normal)
            }
        case .survey:
            let standard = state.standard(for: site.id)
            let answers = site.exit.survey?.answers
            func stars(_ score: Int?) -> String {
                guard let score else { return state.t("—", "—") }
                return String(repeating: "★", count: score) + String(repeating: "☆", count: 5 - score)
            }
            let level = answers?.level
            let levelText = level.flatMap { standard.serviceLevels[safe: $0 - 1]?.text(in: state.language) } ?? ""
            var lines = [(TextWidth.pad(state.t("Overall level", "总体等级"), to: 22) + stars(level) + (levelText.isEmpty ? "" : "  " + levelText), StyleRole.heading)]
            for factor in standard.satisfactionFactors {
                let score = answers?.scores.first { $0.factor == factor }?.score
                lines.append((TextWidth.pad(factor.text(in: state.language), to: 22) + stars(score), .normal))
            }
            return lines
        case .restoration, .borrowings, .thanks:
            return []
        }
    }

    private static func emptyText(_ step: ExitStep, _ state: AppState) -> String {
        switch step {
        case .preAcceptance: state.t("No findings.", "没有发现问题。")
        case .formalAcceptance: ""
        case .delivery: state.t("Nothing listed yet.", "尚未列出。")
        case .leftovers: state.t("Nothing listed.", "没有列出的物料。")
        default: ""
        }
    }
}
