import OnsiteCore

extension BriefingScreen {
    /// One piece of a row, in its own style.
    private typealias Piece = (text: String, role: StyleRole)

    /// Widths shared by every row, so names and labels line up in both languages.
    private struct Columns {
        var name: Int
        var role: Int
        var kind: Int
    }

    static func render(_ state: AppState, _ screen: Screen, into grid: inout Grid, _ area: Rect) {
        guard case .briefing(let siteID, let date, var position) = screen, state.site(siteID) != nil else { return }
        let x = area.column + 2
        let width = area.width - 4
        guard let context = context(state, siteID, date) else {
            grid.put(state.t("Morning briefing · ", "班前会 · ") + date.isoText, column: x, row: area.row, role: .title, maxWidth: width)
            grid.paragraph(state.t("This day's record is not available: start the day on the day screen first (Esc, then Enter).",
                                   "没有这一天的记录:请先在当天界面开始工作(按 Esc,再按回车)。"),
                           in: Rect(column: x, row: area.row + listTop, width: width, height: 3), role: .warning)
            return
        }
        header(context, state, into: &grid, Rect(column: x, row: area.row, width: width, height: listTop))
        let rows = rows(context, state, width: width)
        let visible = max(1, area.height - listTop)
        settle(&position, in: rows, visible: visible)
        let columns = columns(context, state)
        let top = area.row + listTop
        for (index, row) in rows.enumerated().dropFirst(position.scroll).prefix(visible) {
            let y = top + index - position.scroll
            let selected = index == position.selection
            if selected { grid.fill(column: x, row: y, width: width, height: 1, role: .selected) }
            var used = 0
            for piece in pieces(row, context, columns, state) where used < width {
                // Cut with an ellipsis, so a long task or rule shows that it goes on.
                let text = TextWidth.truncate(piece.text, to: width - used)
                used += grid.put(text, column: x + used, row: y, role: selected ? .selected : piece.role, maxWidth: width - used)
            }
        }
        // Where the list goes on beyond the window.
        let up = state.unicodeLines ? "↑" : "^"
        let down = state.unicodeLines ? "↓" : "v"
        if position.scroll > 0 { grid.put(up, column: x + width, row: top, role: .accent) }
        if position.scroll + visible < rows.count { grid.put(down, column: x + width, row: top + visible - 1, role: .accent) }
    }

    /// Title and state, counts, and what to do next.
    private static func header(_ context: Context, _ state: AppState, into grid: inout Grid, _ rect: Rect) {
        let day = context.day
        let clean = TextSanitizer.singleLine
        var title = state.t("Morning briefing · ", "班前会 · ") + day.date.isoText
        if day.date == state.today { title += state.t(" (today)", "(今天)") }
        var used = grid.put(title, column: rect.column, row: rect.row, role: .title, maxWidth: rect.width)
        let status: Piece
        if let held = day.briefing.heldAt {
            status = (state.t("held at ", "已于 ") + held.clockTime + state.t("", " 召开"), .success)
        } else if let reason = day.noBriefingReason {
            status = (state.t("not held: ", "未召开:") + clean(reason), .warning)
        } else {
            status = (state.t("not held yet", "尚未召开"), .warning)
        }
        used += grid.put("  ", column: rect.column + used, row: rect.row, maxWidth: rect.width - used)
        used += grid.put(status.text, column: rect.column + used, row: rect.row, role: status.role, maxWidth: rect.width - used)

        let crew = context.site.profile.crew
        let statuses = crew.map { day.briefing.attendance(of: $0.id)?.status }
        let present = statuses.filter { $0 == .present }.count
        let late = statuses.filter { $0 == .late }.count
        let absent = statuses.filter { $0 == .absent }.count
        let notCalled = statuses.filter { $0 == nil }.count
        var counts: [Piece] = [
            (state.t("\(present) present", "出席\(present)人"), .success),
            (state.t("\(late) late", "迟到\(late)人"), late > 0 ? .warning : .normal),
            (state.t("\(absent) absent", "缺席\(absent)人"), absent > 0 ? .error : .normal),
        ]
        if notCalled > 0 { counts.append((state.t("\(notCalled) not called", "未点名\(notCalled)人"), .muted)) }
        used = 0
        for (index, piece) in counts.enumerated() where used < rect.width {
            if index > 0 { used += grid.put(" · ", column: rect.column + used, row: rect.row + 1, role: .muted, maxWidth: rect.width - used) }
            used += grid.put(piece.text, column: rect.column + used, row: rect.row + 1, role: piece.role, maxWidth: rect.width - used)
        }

        let hint: String
        if day.isClosed {
            let dayState = DayWords.state(day.state)
            hint = state.t("Read-only: the day is \(dayState.en). A correction goes in an amendment (m on the day screen).",
                           "只读:这一天已\(dayState.zh)。更正请添加补充说明(在当天界面按 m)。")
        } else if day.briefingSettled {
            hint = state.t("Recorded. Late arrivals, tasks, PPE can still be noted; u reopens it.",
                           "已记录。仍可补记迟到、任务和劳保检查;按 u 重新打开以更正。")
        } else {
            hint = state.t("Roll call p/l/a · tasks t · cautions c · h: held now · n: not held (why)",
                           "点名 p/l/a · 任务 t · 注意事项 c · h 记为已召开 · n 未开(说明原因)")
        }
        grid.put(hint, column: rect.column, row: rect.row + 2, role: .muted, maxWidth: rect.width)
    }

    private static func columns(_ context: Context, _ state: AppState) -> Columns {
        let crew = context.site.profile.crew
        let name = min(16, max(4, crew.map { TextWidth.cells(of: TextSanitizer.singleLine($0.name)) }.max() ?? 0))
        let role = min(12, crew.map { TextWidth.cells(of: TextSanitizer.singleLine($0.role)) }.max() ?? 0)
        let kind = CautionKind.allCases.map { TextWidth.cells(of: kindLabel($0, state)) }.max() ?? 0
        return Columns(name: name, role: role, kind: kind)
    }

    /// How a caution's origin is labelled.
    static func kindLabel(_ kind: CautionKind, _ state: AppState) -> String {
        switch kind {
        case .safety: state.t("Safety", "安全")
        case .clientRule: state.t("Client rule", "客户规定")
        case .other: state.t("Other", "其他")
        }
    }

    /// The section headings, with their counts.
    private static func heading(_ section: Section, _ context: Context, _ state: AppState) -> String {
        let briefing = context.day.briefing
        let crew = context.site.profile.crew
        switch section {
        case .rollCall:
            let called = crew.filter { briefing.attendance(of: $0.id) != nil }.count
            return state.t("Roll call (\(called)/\(crew.count) called)", "点名(已点\(called)/\(crew.count)人)")
        case .tasks:
            let done = briefing.tasks.filter(\.done).count
            return state.t("Tasks (\(briefing.tasks.count), \(done) done)", "任务分工(共\(briefing.tasks.count)项,已完成\(done)项)")
        case .offered:
            let date = context.previousDate?.isoText ?? ""
            return state.t("Offered from \(date): unfinished, to carry over (o: all)", "\(date) 未完成的任务,可转入今天(o 全部转入)")
        case .cautions:
            return state.t("Cautions of the day (\(briefing.cautions.count))", "今日注意事项(\(briefing.cautions.count)条)")
        case .ppe:
            let checked = crew.filter { briefing.ppeChecked.contains($0.id) }.count
            return state.t("PPE checked (\(checked)/\(crew.count))", "劳保用品检查(已查\(checked)/\(crew.count)人)")
        }
    }

    /// The text of one row, piece by piece.
    private static func pieces(_ row: Row, _ context: Context, _ columns: Columns, _ state: AppState) -> [Piece] {
        let clean = TextSanitizer.singleLine
        let briefing = context.day.briefing
        let symbols = Symbols(unicode: state.unicodeLines)
        let tick = symbols.mark(.done, resolved: true)
        func name(_ member: CrewMember) -> String { TextWidth.pad(clean(member.name), to: columns.name) }
        func carried(_ task: CrewTask) -> String {
            guard let from = task.carriedFrom else { return "" }
            return (state.unicodeLines ? "↻" : "<") + String(from.isoText.suffix(5)) + " "
        }
        switch row {
        case .heading(let section):
            return [(heading(section, context, state), .heading)]
        case .member(let member):
            var pieces: [Piece] = [(" " + name(member) + "  ", .normal)]
            if columns.role > 0 { pieces.append((TextWidth.pad(clean(member.role), to: columns.role) + "  ", .muted)) }
            pieces.append(attendance(briefing.attendance(of: member.id), state))
            return pieces
        case .owner(let member):
            let tasks = briefing.tasks.filter { $0.crewMemberID == member.id }
            var detail = tasks.isEmpty ? state.t("no task yet: t adds one", "还没有任务:按 t 添加")
                : state.t("\(tasks.count) task(s), \(tasks.filter(\.done).count) done", "任务\(tasks.count)项,已完成\(tasks.filter(\.done).count)项")
            switch briefing.attendance(of: member.id)?.status {
            case .absent: detail += state.t(" · absent", " · 缺席")
            case .late: detail += state.t(" · late", " · 迟到")
            default: break
            }
            return [(" " + name(member) + "  ", .accent), (detail, .muted)]
        case .task(let task):
            let mark = task.done ? tick : "[ ]"
            return [("   " + mark + " ", task.done ? .success : .normal), (carried(task), .muted), (clean(task.text), task.done ? .muted : .normal)]
        case .formerMember:
            return [(" " + state.t("No longer in the crew:", "已不在小组中:"), .muted)]
        case .offered(let task):
            let owner = context.member(task.crewMemberID).map(name) ?? TextWidth.pad("?", to: columns.name)
            return [(" + ", .accent), (owner + "  ", .normal), (carried(task), .muted), (clean(task.text), .normal)]
        case .carryAll(let count):
            return [(" " + (state.unicodeLines ? "↻ " : "< ") + state.t("Carry all \(count) over", "全部\(count)项转入今天"), .accent)]
        case .caution(let caution):
            return [(" " + symbols.bullet + " ", .normal), (TextWidth.pad(kindLabel(caution.kind, state), to: columns.kind) + "  ", .muted), (clean(caution.text), .normal)]
        case .pickHint:
            return [(" " + state.t("To pick (Enter adds):", "可选(按回车添加):"), .muted)]
        case .offerSafety(let point):
            return [(" + ", .accent), (TextWidth.pad(kindLabel(.safety, state), to: columns.kind) + "  ", .muted), (clean(point.text(in: state.language)), .muted)]
        case .offerRule(let rule):
            return [(" + ", .accent), (TextWidth.pad(kindLabel(.clientRule, state), to: columns.kind) + "  ", .muted), (clean(rule.text), .muted)]
        case .ownSafety:
            return [(" + " + state.t("Type a safety point of your own", "自行填写安全要点"), .accent)]
        case .addCaution:
            return [(" + " + state.t("Type another caution (c)", "填写其他注意事项(c)"), .accent)]
        case .ppeReminder(let line):
            return [(" " + line, .muted)]
        case .ppe(let member):
            let checked = briefing.ppeChecked.contains(member.id)
            var pieces: [Piece] = [(" " + (checked ? tick : "[ ]") + " ", checked ? .success : .normal), (name(member) + "  ", .normal),
                                   (checked ? state.t("checked", "已检查") : state.t("not checked", "未检查"), checked ? .success : .warning)]
            if briefing.attendance(of: member.id)?.status == .absent { pieces.append((state.t(" · absent", " · 缺席"), .muted)) }
            return pieces
        case .note(let text):
            return [(" " + text.text(in: state.language), .muted)]
        }
    }

    /// A roll-call status in words.
    private static func attendance(_ entry: Attendance?, _ state: AppState) -> Piece {
        guard let entry else { return (state.t("not called yet", "未点名"), .muted) }
        switch entry.status {
        case .present: return (state.t("present", "出席"), .success)
        case .late: return (state.t("late, arrived ", "迟到,") + (entry.arrivedAt ?? "?") + state.t("", " 到"), .warning)
        case .absent: return (state.t("absent", "缺席"), .error)
        }
    }
}
