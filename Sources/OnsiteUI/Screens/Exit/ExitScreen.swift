import OnsiteCore

/// Leaving the site: the standard's eight exit steps with where each stands, then closing the site.
enum ExitScreen {
    /// Rows: the steps in order, then "Close the site".
    static var rowCount: Int { ExitStep.allCases.count + 1 }
    static let listTop = 3

    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .exit(let siteID, var position) = state.screen, let site = state.site(siteID) else { return [] }
        if position.apply(action, count: rowCount, visible: rowCount) {
            state.screen = .exit(siteID: siteID, position)
            return []
        }
        switch action {
        case .back: AppUpdate.pop(&state)
        case .closeSite: return askClose(site, &state)
        case .open:
            guard let step = ExitStep.allCases[safe: position.selection] else { return askClose(site, &state) }
            return open(step, site, &state, env)
        default: break
        }
        return []
    }

    /// Opens a step: its own screen, the borrowings register, or (thanks) records it at once.
    static func open(_ step: ExitStep, _ site: Site, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        switch step {
        case .borrowings:
            state.stack.append(.register(siteID: site.id, kind: .borrowings, date: state.today, ListPosition()))
        case .thanks:
            if let at = site.exit.thanksAt {
                state.message = StatusMessage(LocalizedText(en: "Thanks already recorded at \(at.shortText).", zh: "已于 \(at.shortText) 记录致谢。"))
                return []
            }
            let effects = AppUpdate.change(site.id, &state) { try $0.recordThanks(at: env.now) }
            if !effects.isEmpty {
                state.message = StatusMessage(LocalizedText(en: "Thanks to the client recorded.", zh: "已记录向客户致谢。"), .success)
            }
            return effects
        default:
            state.stack.append(.exitStep(siteID: site.id, step: step, ListPosition()))
        }
        return []
    }

    /// C or Enter on the last row: says exactly what is missing, or asks to confirm.
    private static func askClose(_ site: Site, _ state: inout AppState) -> [Effect] {
        if site.closedAt != nil {
            state.message = StatusMessage(ExitWords.error(.alreadyClosed, state), .info)
        } else if site.isReadOnly {
            state.message = StatusMessage(ExitWords.readOnly, .error)
        } else if !site.closingGaps.isEmpty {
            state.message = StatusMessage(ExitWords.error(.cannotClose(site.closingGaps), state), .error)
        } else {
            state.confirm = .closeSite(id: site.id)
        }
        return []
    }

    /// Confirmed: closes the site through the domain's gate; it is archived and read-only from then on.
    static func close(_ siteID: String, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        let effects = AppUpdate.change(siteID, &state) { try $0.close(at: env.now) }
        if !effects.isEmpty {
            state.message = StatusMessage(LocalizedText(en: "The site is closed and archived. Everything stays readable.",
                                                        zh: "现场已关闭并归档。所有记录仍可查看。"), .success)
        }
        return effects
    }

    /// One line on where a step stands.
    static func status(_ step: ExitStep, _ site: Site, _ state: AppState) -> String {
        let exit = site.exit
        let clean = TextSanitizer.singleLine
        switch step {
        case .preAcceptance:
            guard let pre = exit.preAcceptance else { return state.t("not held yet", "尚未进行") }
            let open = site.findings.filter { !$0.isClosed }.count
            return state.t("\(pre.date.isoText) \(pre.time) · \(pre.findingIDs.count) finding(s), \(open) open",
                           "\(pre.date.isoText) \(pre.time) · 发现问题\(pre.findingIDs.count)个,未关闭\(open)个")
        case .formalAcceptance:
            guard let last = exit.acceptance else { return state.t("not held yet", "尚未进行") }
            return ExitWords.result(last.result).text(in: state.language) + " · " + clean(last.reportReference)
        case .delivery:
            let items = state.t("\(exit.handover.count) item(s)", "移交\(exit.handover.count)项")
            guard let signed = exit.delivery else { return items + state.t(" · not signed", " · 未签字") }
            return items + state.t(" · signed by \(clean(signed.clientName))", " · \(clean(signed.clientName)) 已签字")
        case .leftovers:
            let back = exit.leftovers.filter { $0.returnedAt != nil }.count
            let counted = exit.leftoversCountedAt == nil ? state.t("count not finished", "未清点完毕") : state.t("counted", "已清点")
            return state.t("\(exit.leftovers.count) listed, \(back) taken back · ", "列出\(exit.leftovers.count)项,已带回\(back)项 · ") + counted
        case .restoration:
            if let signed = exit.restoration { return state.t("confirmed by \(clean(signed.clientName))", "\(clean(signed.clientName)) 已确认") }
            return exit.restorationRequest.isEmpty ? state.t("the client's request not written yet", "尚未记录客户的要求")
                : state.t("not confirmed by the client", "客户尚未确认")
        case .borrowings:
            let open = site.registers.openBorrowings
            if open.isEmpty { return state.t("all \(site.registers.borrowings.count) returned", "全部\(site.registers.borrowings.count)项已归还") }
            return state.t("not returned: ", "未归还:") + open.prefix(3).map { clean($0.item) }.joined(separator: ", ")
        case .survey:
            guard let survey = exit.survey else { return state.t("not handed over yet", "尚未交给客户") }
            let stars = survey.answers.map { " · " + String(repeating: "★", count: $0.level) } ?? ""
            return state.t("handed to \(clean(survey.handedTo))", "已交给 \(clean(survey.handedTo))") + stars
        case .thanks:
            return exit.thanksAt.map { state.t("given \($0.shortText)", "已于 \($0.shortText) 致谢") } ?? state.t("not yet (Enter records it)", "尚未(回车记录)")
        }
    }

    static func render(_ state: AppState, _ siteID: String, _ position: ListPosition, into grid: inout Grid, _ area: Rect) {
        guard let site = state.site(siteID) else { return }
        let x = area.column + 2
        let width = area.width - 4
        let done = ExitStep.allCases.filter { site.isDone($0) }.count
        RegisterLayout.title(state.t("Exit and acceptance", "验收和撤离"), counts: TextSanitizer.singleLine(site.profile.name)
                             + state.t(" · \(done)/\(ExitStep.allCases.count) done", " · 已完成\(done)/\(ExitStep.allCases.count)"), state, into: &grid, area)
        if let closed = site.closedAt {
            grid.put(state.t("Closed \(closed.shortText) · archived, read-only", "已于 \(closed.shortText) 关闭 · 已归档,只读"),
                     column: x, row: area.row + 1, role: .success, maxWidth: width)
        } else {
            RegisterLayout.hints(KeyMap.bar(for: .exit), state, into: &grid, area)
        }
        let symbols = Symbols(unicode: state.unicodeLines)
        let gaps = site.closingGaps
        let nameWidth = min(30, max(16, width / 2 - 4))
        for index in 0..<rowCount {
            let row = area.row + listTop + index
            guard row < area.bottom else { break }
            let selected = index == position.selection
            if selected { grid.fill(column: x, row: row, width: width, height: 1, role: .selected) }
            guard let step = ExitStep.allCases[safe: index] else {
                let ready = gaps.isEmpty
                let label = site.closedAt != nil ? state.t("Site closed", "现场已关闭")
                    : ready ? state.t("Close the site — ready", "关闭现场 —— 可以关闭") : state.t("Close the site", "关闭现场")
                grid.put("   " + label, column: x, row: row, role: selected ? .selected : (ready ? .success : .muted), maxWidth: width)
                continue
            }
            let isDone = site.isDone(step)
            let mark = symbols.mark(isDone ? .done : .open, resolved: isDone)
            let role: StyleRole = selected ? .selected : .normal
            grid.put(" " + mark + " " + TextWidth.pad(ExitWords.step(step).text(in: state.language), to: nameWidth), column: x, row: row, role: role, maxWidth: width)
            grid.put(status(step, site, state), column: x + nameWidth + 4, row: row, role: selected ? role : (isDone ? .success : .muted),
                     maxWidth: max(0, width - nameWidth - 4))
        }
        var row = area.row + listTop + rowCount + 1
        if let step = ExitStep.allCases[safe: position.selection] {
            row += grid.paragraph(ExitWords.stepHelp(step).text(in: state.language), in: Rect(column: x, row: row, width: width, height: 2), role: .muted)
        }
        guard site.closedAt == nil, row < area.bottom else { return }
        if gaps.isEmpty {
            grid.put(state.t("Nothing is missing: C closes the site.", "没有缺项:按 C 关闭现场。"), column: x, row: row, role: .success, maxWidth: width)
            return
        }
        grid.put(state.t("Still missing before the site can close:", "关闭现场前尚缺:"), column: x, row: row, role: .heading, maxWidth: width)
        let room = area.bottom - row - 1
        for (index, gap) in gaps.prefix(max(0, room)).enumerated() {
            var line = " " + symbols.bullet + " " + ExitWords.gap(gap).text(in: state.language)
            if index == room - 1, gaps.count > room { line = state.t("   … and \(gaps.count - room + 1) more", "   …… 另有\(gaps.count - room + 1)项") }
            grid.put(line, column: x, row: row + 1 + index, role: .warning, maxWidth: width)
        }
    }
}
