import OnsiteCore

/// A site's home: the phases of the standard with their progress, and what is still missing.
enum HomeScreen {
    enum Entry: CaseIterable { case today, days, arrival, exit, siteRules, editSite }

    static let listTop = 6

    static func handle(_ action: Action?, _ state: inout AppState) -> [Effect] {
        if action == .today, case .home(let siteID, _) = state.screen { return open(.today, siteID, &state) }
        if action == .days, case .home(let siteID, _) = state.screen { return open(.days, siteID, &state) }
        if action == .exit, case .home(let siteID, _) = state.screen { return open(.exit, siteID, &state) }
        guard case .home(let siteID, var position) = state.screen else { return [] }
        let count = Entry.allCases.count
        switch action {
        case .moveUp: position.move(by: -1, count: count, visible: count)
        case .moveDown: position.move(by: 1, count: count, visible: count)
        case .first, .pageUp: position.move(by: -count, count: count, visible: count)
        case .last, .pageDown: position.move(by: count, count: count, visible: count)
        case .back:
            AppUpdate.pop(&state)
            return []
        case .arrival: return open(.arrival, siteID, &state)
        case .siteRules: return open(.siteRules, siteID, &state)
        case .editSite: return open(.editSite, siteID, &state)
        case .open:
            state.screen = .home(siteID: siteID, position)
            return open(Entry.allCases[position.selection], siteID, &state)
        default: break
        }
        state.screen = .home(siteID: siteID, position)
        return []
    }

    static func open(_ entry: Entry, _ siteID: String, _ state: inout AppState) -> [Effect] {
        guard let site = state.site(siteID) else { return [] }
        switch entry {
        case .today: state.stack.append(.day(siteID: siteID, date: state.today, ListPosition()))
        case .days: state.stack.append(.days(siteID: siteID, ListPosition()))
        case .arrival: state.stack.append(.arrival(siteID: siteID, ListPosition()))
        case .exit: state.stack.append(.exit(siteID: siteID, ListPosition()))
        case .siteRules: state.stack.append(.siteRules(siteID: siteID, ListPosition()))
        case .editSite:
            let draft = state.drafts[siteID] ?? SiteDraft(profile: site.profile)
            state.stack.append(.siteForm(SiteFormState(siteID: siteID, draft: draft)))
        }
        return []
    }

    static func render(_ state: AppState, _ siteID: String, _ position: ListPosition, into grid: inout Grid, _ area: Rect) {
        guard let site = state.site(siteID) else { return }
        let x = area.column + 2
        let width = area.width - 4
        let profile = site.profile
        let clean = TextSanitizer.singleLine
        grid.put(clean(profile.name), column: x, row: area.row, role: .title, maxWidth: width)
        grid.put(clean(profile.client) + " · " + clean(profile.address), column: x, row: area.row + 1, role: .normal, maxWidth: width)
        let leader = profile.crewLeader.map { clean($0.name) } ?? "—"
        grid.put(state.t("Crew leader ", "组长 ") + leader + state.t(" · \(profile.crew.count) in the crew", " · 小组共\(profile.crew.count)人")
                 + state.t(" · Planned ", " · 计划 ") + profile.plannedStart.isoText + " → " + profile.plannedEnd.isoText,
                 column: x, row: area.row + 2, role: .muted, maxWidth: width)
        grid.put(state.t("Project manager ", "项目经理 ") + clean(profile.projectManager)
                 + state.t(" · Engineering head ", " · 工程部部长 ") + clean(profile.engineeringHead),
                 column: x, row: area.row + 3, role: .muted, maxWidth: width)

        let progress = site.arrivalProgress(state.currentStandard)
        let missing = site.arrivalMissing(state.currentStandard)
        let top = area.row + listTop - 1
        grid.put(state.t("Phases", "阶段"), column: x, row: top - 1 + 0, role: .heading)
        let nameWidth = 16
        for (index, entry) in Entry.allCases.enumerated() {
            let row = top + 1 + index
            let selected = index == position.selection
            if selected { grid.fill(column: x, row: row, width: width, height: 1, role: .selected) }
            let role: StyleRole = selected ? .selected : .normal
            switch entry {
            case .today:
                let day = state.day(siteID, state.today)
                let step = DayStep.next(for: day, cleanupItems: state.currentStandard.cleanup.map(\.id))
                grid.put(" " + TextWidth.pad(state.t("Today", "今天"), to: nameWidth), column: x, row: row, role: role)
                let next = site.isReadOnly ? ExitWords.readOnly.text(in: state.language) : DayWords.step(step).text(in: state.language)
                grid.put(next, column: x + nameWidth + 2, row: row, role: selected ? role : (site.isReadOnly ? .muted : .accent),
                         maxWidth: width - nameWidth - 2)
            case .days:
                let signed = site.days.filter { $0.state == .signed }.count
                grid.put(" " + TextWidth.pad(state.t("Days", "工作日"), to: nameWidth)
                         + state.t("  \(site.days.count) days · \(signed) signed", "  共\(site.days.count)天 · 已签字\(signed)天"),
                         column: x, row: row, role: role, maxWidth: width)
            case .arrival:
                grid.put(" " + TextWidth.pad(state.t("Arrival", "进场"), to: nameWidth), column: x, row: row, role: role)
                let barWidth = max(6, min(20, width - nameWidth - 34))
                grid.progressBar(progress.fraction, column: x + nameWidth + 2, row: row, width: barWidth, unicode: state.unicodeLines)
                let summary = missing.isEmpty
                    ? state.t(" \(progress.resolved)/\(progress.total) complete", " \(progress.resolved)/\(progress.total) 已完成")
                    : state.t(" \(progress.resolved)/\(progress.total) · \(missing.count) missing", " \(progress.resolved)/\(progress.total) · 缺\(missing.count)项")
                grid.put(summary, column: x + nameWidth + 3 + barWidth, row: row, role: missing.isEmpty ? .success : role,
                         maxWidth: width - nameWidth - 3 - barWidth)
            case .exit:
                let done = ExitStep.allCases.filter { site.isDone($0) }.count
                let summary = site.closedAt.map { state.t("closed \($0.localDate.isoText) · archived, read-only", "已于 \($0.localDate.isoText) 关闭 · 已归档,只读") }
                    ?? state.t("\(done)/\(ExitStep.allCases.count) steps done", "已完成\(done)/\(ExitStep.allCases.count)步")
                grid.put(" " + TextWidth.pad(state.t("Exit", "验收撤离"), to: nameWidth) + "  " + summary, column: x, row: row,
                         role: selected ? role : (site.closedAt != nil ? .success : role), maxWidth: width)
            case .siteRules:
                let count = state.currentStandard.siteRules.reduce(0) { $0 + $1.rules.count }
                grid.put(" " + TextWidth.pad(state.t("Site rules", "现场规范"), to: nameWidth)
                         + state.t("  \(site.arrival.clientRules.count) client rules · \(count) rules of the standard",
                                   "  客户规定\(site.arrival.clientRules.count)条 · 标准规范\(count)条"),
                         column: x, row: row, role: role, maxWidth: width)
            case .editSite:
                grid.put(" " + state.t("Site details (crew, liaisons, dates)", "现场信息(组员、配合人员、日期)"), column: x, row: row, role: selected ? .selected : .muted, maxWidth: width)
            }
        }
        let below = top + 2 + Entry.allCases.count
        let alerts = alerts(site, state)
        for (index, alert) in alerts.enumerated() where below + index < area.bottom {
            grid.put(alert.0, column: x, row: below + index, role: alert.1, maxWidth: width)
        }
        let missingTop = below + alerts.count + (alerts.isEmpty ? 0 : 1)
        renderMissing(state, missing, into: &grid, Rect(column: x, row: missingTop, width: width, height: area.bottom - missingTop))
    }

    /// What needs attention across days: overdue problems, unsigned days, items not returned.
    static func alerts(_ site: Site, _ state: AppState) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)] = []
        let overdue = site.registers.overdueProblems(on: state.today)
        if !overdue.isEmpty {
            lines.append((state.t("⚠ \(overdue.count) problem(s) overdue: ", "⚠ \(overdue.count)个问题逾期:")
                          + overdue.prefix(3).map { TextSanitizer.singleLine($0.description) }.joined(separator: "; "), .error))
        }
        let unsigned = site.unsignedDays(before: state.today)
        let exceptions = unsigned.filter { $0.state == .closedWithoutSignature }
        let notClosed = unsigned.filter { $0.state != .closedWithoutSignature }
        if !notClosed.isEmpty {
            lines.append((state.t("Not signed: ", "未签字:") + notClosed.suffix(3).map(\.date.isoText).joined(separator: ", "), .warning))
        }
        if !exceptions.isEmpty {
            lines.append((state.t("Closed without signature: ", "未签字关闭:") + exceptions.suffix(3).map(\.date.isoText).joined(separator: ", "), .warning))
        }
        let borrowed = site.registers.openBorrowings
        if !borrowed.isEmpty {
            lines.append((state.t("Borrowed, not returned: ", "借用未还:") + borrowed.prefix(3).map { TextSanitizer.singleLine($0.item) }.joined(separator: ", "), .warning))
        }
        return lines
    }

    private static func renderMissing(_ state: AppState, _ missing: [(item: ChecklistItemDefinition, gaps: [ArrivalGap])], into grid: inout Grid, _ rect: Rect) {
        guard rect.height > 1 else { return }
        if missing.isEmpty {
            grid.put(state.t("Arrival is complete. Every required item is resolved.", "进场已完成,所有必需项均已处理。"), column: rect.column, row: rect.row, role: .success, maxWidth: rect.width)
            return
        }
        grid.put(state.t("Still missing for arrival", "进场尚缺"), column: rect.column, row: rect.row, role: .heading)
        let symbols = Symbols(unicode: state.unicodeLines)
        let rows = rect.height - 1
        for (index, entry) in missing.prefix(rows).enumerated() {
            let details = entry.gaps.filter { if case .itemOpen = $0 { false } else { true } }.map { Messages.gap($0, state).text(in: state.language) }
            var line = " \(symbols.bullet) " + entry.item.title.text(in: state.language)
            if !details.isEmpty { line += " — " + details.joined(separator: "; ") }
            if index == rows - 1, missing.count > rows {
                line = " " + state.t("… and \(missing.count - rows + 1) more (A opens the checklist)", "…… 还有\(missing.count - rows + 1)项(按 A 打开检查表)")
            }
            grid.put(line, column: rect.column, row: rect.row + 1 + index, role: .warning, maxWidth: rect.width)
        }
    }
}
