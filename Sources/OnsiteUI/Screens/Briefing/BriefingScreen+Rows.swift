import OnsiteCore

/// The briefing as one list: the sections, their rows, and which rows can be selected.
extension BriefingScreen {
    enum Section: CaseIterable {
        case rollCall, tasks, offered, cautions, ppe
    }

    /// One row of the list. Headings and help lines are shown but skipped by the highlight.
    enum Row: Hashable {
        case heading(Section)
        /// A roll-call line.
        case member(CrewMember)
        /// A crew member's line above their tasks (Enter gives them a task).
        case owner(CrewMember)
        case task(CrewTask)
        /// Tasks of people no longer in the crew are still shown (the record keeps them).
        case formerMember
        /// An unfinished task of the previous working day, offered to carry over.
        case offered(CrewTask)
        case carryAll(count: Int)
        case caution(Caution)
        /// "Pick one to add", above the offered safety points and client rules.
        case pickHint
        case offerSafety(LocalizedText)
        case offerRule(ClientRule)
        case ownSafety
        case addCaution
        /// A line of the standard's PPE list, as the reminder of what to check.
        case ppeReminder(String)
        case ppe(CrewMember)
        case note(LocalizedText)

        var isSelectable: Bool {
            switch self {
            case .heading, .formerMember, .pickHint, .ppeReminder, .note: false
            default: true
            }
        }

        /// What identifies the row across changes (to keep the highlight on it).
        var key: String {
            switch self {
            case .heading(let section): "heading:\(section)"
            case .member(let member): "member:" + member.id
            case .owner(let member): "owner:" + member.id
            case .task(let task): "task:" + task.id
            case .formerMember: "former"
            case .offered(let task): "offered:" + task.id
            case .carryAll: "carry-all"
            case .caution(let caution): "caution:" + caution.id
            case .pickHint: "pick"
            case .offerSafety(let text): "safety:" + text.en + "|" + text.zh
            case .offerRule(let rule): "rule:" + rule.id
            case .ownSafety: "own-safety"
            case .addCaution: "add-caution"
            case .ppeReminder(let line): "ppe-line:" + line
            case .ppe(let member): "ppe:" + member.id
            case .note(let text): "note:" + text.en
            }
        }
    }

    /// What the briefing screen works from: the site, the day, and the previous working day.
    struct Context {
        var site: Site
        var day: WorkDay
        var standard: ServiceStandard
        /// The previous working day of the site, if there is one (its record may not be read yet).
        var previousDate: LocalDate?
        /// The previous day's unfinished tasks not carried over yet.
        var offered: [CrewTask]

        func member(_ id: String) -> CrewMember? { site.profile.crew.first { $0.id == id } }
    }

    static func context(_ state: AppState, _ siteID: String, _ date: LocalDate) -> Context? {
        guard let site = state.site(siteID), let day = state.day(siteID, date) else { return nil }
        let previousDate = site.days.last(where: { $0.date < date })?.date
        let previous = previousDate.flatMap { state.day(siteID, $0) }
        // Carrying over is for a day still open; a closed day's previous day is not even read.
        let offered = day.isClosed ? [] : previous.map { day.unfinishedTasks(from: $0) } ?? []
        return Context(site: site, day: day, standard: state.standard(for: siteID), previousDate: previousDate, offered: offered)
    }

    /// Every row, in order. `width` is the list's width (the PPE reminder wraps to it).
    static func rows(_ context: Context, _ state: AppState, width: Int) -> [Row] {
        let crew = context.site.profile.crew
        let briefing = context.day.briefing
        var rows: [Row] = [.heading(.rollCall)]
        rows += crew.isEmpty ? [.note(LocalizedText(en: "The site has no crew: add them in the site's details (E on the site's home).",
                                                    zh: "现场没有组员:请在现场信息中添加(在现场主页按 E)。"))]
            : crew.map(Row.member)

        rows.append(.heading(.tasks))
        for member in crew {
            rows.append(.owner(member))
            rows += briefing.tasks.filter { $0.crewMemberID == member.id }.map(Row.task)
        }
        let crewIDs = Set(crew.map(\.id))
        let orphans = briefing.tasks.filter { !crewIDs.contains($0.crewMemberID) }
        if !orphans.isEmpty { rows += [.formerMember] + orphans.map(Row.task) }

        if !context.offered.isEmpty {
            rows.append(.heading(.offered))
            if context.offered.count > 1 { rows.append(.carryAll(count: context.offered.count)) }
            rows += context.offered.map(Row.offered)
        }

        rows.append(.heading(.cautions))
        rows += briefing.cautions.map(Row.caution)
        let chosenTexts = Set(briefing.cautions.filter { $0.kind == .safety }.map(\.text))
        let chosenRules = Set(briefing.cautions.compactMap(\.ruleID))
        let safety = context.standard.safetyPoints.filter { !chosenTexts.contains($0.en) && !chosenTexts.contains($0.zh) }
        let rules = context.site.arrival.clientRules.filter { !chosenRules.contains($0.id) }
        if !safety.isEmpty || !rules.isEmpty { rows.append(.pickHint) }
        rows += safety.map(Row.offerSafety) + rules.map(Row.offerRule)
        rows += [.ownSafety, .addCaution]

        rows.append(.heading(.ppe))
        let ppe = context.standard.ppe.map { $0.text(in: state.language) }
        if ppe.isEmpty {
            rows.append(.note(LocalizedText(en: "The standard lists no PPE: check what the site needs.", zh: "标准中没有列出劳保用品:请按现场需要检查。")))
        } else {
            let lead = state.t("Check: ", "检查:")
            let lines = TextWidth.wrap(lead + ppe.map(TextSanitizer.singleLine).joined(separator: state.t(" · ", "、")), width: max(1, width - 2))
            rows += lines.prefix(3).map(Row.ppeReminder)
        }
        rows += crew.map(Row.ppe)
        return rows
    }

    /// The section a row belongs to (the last heading above it).
    static func section(at index: Int, in rows: [Row]) -> Section? {
        for row in rows.prefix(index + 1).reversed() {
            if case .heading(let section) = row { return section }
        }
        return nil
    }

    /// The crew member a row is about, if any (for the roll-call keys and for adding a task).
    static func member(of row: Row, _ context: Context) -> CrewMember? {
        switch row {
        case .member(let member), .owner(let member), .ppe(let member): member
        case .task(let task), .offered(let task): context.member(task.crewMemberID)
        default: nil
        }
    }

    // MARK: - Moving the highlight over selectable rows only

    /// The nearest selectable row at or after `index` (or before it, at the end of the list).
    static func selectable(near index: Int, in rows: [Row], forward: Bool = true) -> Int {
        guard !rows.isEmpty else { return 0 }
        let start = min(max(0, index), rows.count - 1)
        let order = forward ? Array(start..<rows.count) + Array((0..<start).reversed()) : Array((0...start).reversed()) + Array(start + 1..<rows.count)
        return order.first { rows[$0].isSelectable } ?? start
    }

    /// Moves by `steps` selectable rows (negative: up), then scrolls so that it shows, with its heading when it is a section's first.
    static func move(_ position: inout ListPosition, by steps: Int, in rows: [Row], visible: Int) {
        let selectable = rows.indices.filter { rows[$0].isSelectable }
        guard !selectable.isEmpty else { position = ListPosition(); return }
        let current = selectable.firstIndex { $0 >= position.selection } ?? selectable.count - 1
        let target = min(max(0, current + steps), selectable.count - 1)
        position.selection = selectable[target]
        settle(&position, in: rows, visible: visible)
    }

    /// Keeps the highlight on a selectable row and inside the window; shows the headings and help lines just above it.
    static func settle(_ position: inout ListPosition, in rows: [Row], visible: Int) {
        position.selection = selectable(near: position.selection, in: rows)
        position.clamp(count: rows.count, visible: visible)
        var top = position.selection
        while top > 0, !rows[top - 1].isSelectable, position.selection - (top - 1) < max(1, visible) { top -= 1 }
        if top < position.scroll { position.scroll = top }
        if position.selection == selectable(near: 0, in: rows) { position.scroll = 0 }
    }

    /// The first selectable row of the next (or previous) section.
    static func jump(_ position: inout ListPosition, forward: Bool, in rows: [Row], visible: Int) {
        let headings = rows.indices.filter { if case .heading = rows[$0] { true } else { false } }
        let currentHeading = headings.last { $0 <= position.selection } ?? 0
        let target: Int?
        if forward {
            target = headings.first { $0 > currentHeading && rows[($0 + 1)...].contains(where: \.isSelectable) }
        } else {
            // Back to the start of this section first, then to the previous section.
            let firstOfCurrent = selectable(near: currentHeading, in: rows)
            target = position.selection > firstOfCurrent ? currentHeading : headings.last { $0 < currentHeading }
        }
        guard let target else { return }
        position.selection = selectable(near: target, in: rows)
        settle(&position, in: rows, visible: visible)
    }

    /// After a change: the highlight stays on the same row, or moves to the row that followed it.
    static func follow(_ oldKey: String?, oldRows: [Row], oldIndex: Int, newRows: [Row], _ position: inout ListPosition, visible: Int) {
        let index = Dictionary(newRows.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        if let oldKey, let same = index[oldKey] {
            position.selection = same
        } else {
            let after = oldRows.dropFirst(oldIndex + 1).first { $0.isSelectable && index[$0.key] != nil }
            let before = oldRows.prefix(oldIndex).reversed().first { $0.isSelectable && index[$0.key] != nil }
            if let row = after ?? before, let found = index[row.key] { position.selection = found }
        }
        settle(&position, in: newRows, visible: visible)
    }
}
