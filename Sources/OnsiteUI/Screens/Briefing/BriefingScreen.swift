import OnsiteCore

/// The morning briefing (班前会) of one day: roll call, tasks for each member (with the previous day's
/// unfinished ones offered to carry over), cautions of the day, PPE checked, and "held at" or why not.
/// A signed or closed day is shown read-only: every change is refused with the reason.
enum BriefingScreen {
    /// Rows above the list: title and state, counts, what to do next.
    static let listTop = 3

    /// Rows the list has on a terminal of the state's size.
    static func listHeight(_ state: AppState) -> Int { max(1, state.height - 3 - listTop) }

    /// The list's width on a terminal of the state's size.
    static func listWidth(_ state: AppState) -> Int { max(1, state.width - 4) }

    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .briefing(let siteID, let date, var position) = state.screen else { return [] }
        if action == .back {
            AppUpdate.pop(&state)
            return []
        }
        guard let context = context(state, siteID, date) else {
            if isChange(action) {
                state.message = StatusMessage(LocalizedText(en: "This day's record is not available: start the day on the day screen first.",
                                                            zh: "没有这一天的记录:请先在当天界面开始工作。"), .error)
            }
            return []
        }
        let visible = listHeight(state)
        let rows = rows(context, state, width: listWidth(state))
        BriefingScreen.settle(&position, in: rows, visible: visible)
        switch action {
        case .moveUp: move(&position, by: -1, in: rows, visible: visible)
        case .moveDown: move(&position, by: 1, in: rows, visible: visible)
        case .pageUp: move(&position, by: -visible, in: rows, visible: visible)
        case .pageDown: move(&position, by: visible, in: rows, visible: visible)
        case .first: move(&position, by: -rows.count, in: rows, visible: visible)
        case .last: move(&position, by: rows.count, in: rows, visible: visible)
        case .nextPane: jump(&position, forward: true, in: rows, visible: visible)
        case .previousPane: jump(&position, forward: false, in: rows, visible: visible)
        default:
            guard isChange(action) else { break }
            if context.day.isClosed {
                state.message = StatusMessage(DayWords.error(.dayClosed(context.day.state), state), .error)
                break
            }
            let selected = rows.indices.contains(position.selection) ? rows[position.selection] : nil
            state.screen = .briefing(siteID: siteID, date: date, position)
            return keepingHighlight(&state) { state in
                let effects = perform(action, on: selected, context, &state, env, &position, rows: rows)
                state.screen = .briefing(siteID: siteID, date: date, position)
                return effects
            }
        }
        state.screen = .briefing(siteID: siteID, date: date, position)
        return []
    }

    /// Runs a change and keeps the highlight on the same row afterwards, or on the row that took its place
    /// (rows come and go as tasks are added, carried over or removed).
    static func keepingHighlight(_ state: inout AppState, _ change: (inout AppState) -> [Effect]) -> [Effect] {
        guard case .briefing(let siteID, let date, _) = state.screen, let before = context(state, siteID, date) else { return change(&state) }
        let oldRows = rows(before, state, width: listWidth(state))
        let effects = change(&state)
        guard case .briefing(siteID, date, var position) = state.screen, let after = context(state, siteID, date) else { return effects }
        let key = oldRows.indices.contains(position.selection) ? oldRows[position.selection].key : nil
        follow(key, oldRows: oldRows, oldIndex: position.selection, newRows: rows(after, state, width: listWidth(state)), &position, visible: listHeight(state))
        state.screen = .briefing(siteID: siteID, date: date, position)
        return effects
    }

    /// A click on a screen row: selects the list row there; a click on the selected row acts like Enter.
    static func click(row screenRow: Int, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .briefing(let siteID, let date, var position) = state.screen, let context = context(state, siteID, date) else { return [] }
        let rows = rows(context, state, width: listWidth(state))
        let visible = listHeight(state)
        settle(&position, in: rows, visible: visible)
        // The title bar, then the header, then the list.
        let offset = screenRow - 1 - listTop
        let index = position.scroll + offset
        guard offset >= 0, offset < visible, rows.indices.contains(index), rows[index].isSelectable else { return [] }
        if index == position.selection { return AppUpdate.update(&state, .key(.enter), env) }
        position.selection = index
        state.screen = .briefing(siteID: siteID, date: date, position)
        return []
    }

    /// Whether an action would change the day (refused as a whole on a closed day).
    static func isChange(_ action: Action?) -> Bool {
        switch action {
        case .markPresent, .markLate, .markAbsent, .add, .edit, .toggle, .open, .remove, .carryOver, .addCaution,
             .holdBriefing, .skipBriefing, .reopenBriefing: true
        default: false
        }
    }

    /// Does what an action asks on the selected row. The day is open here.
    private static func perform(
        _ action: Action?, on row: Row?, _ context: Context, _ state: inout AppState, _ env: AppEnvironment,
        _ position: inout ListPosition, rows: [Row]
    ) -> [Effect] {
        let siteID = context.site.id
        let date = context.day.date
        let member = row.flatMap { BriefingScreen.member(of: $0, context) }
        func ask(_ prompt: BriefingPrompt, _ text: String = "") {
            state.prompt = PromptState(purpose: .briefing(prompt), fields: [TextField(text)])
        }
        func needMember() {
            state.message = StatusMessage(LocalizedText(en: "Select a crew member first (a roll-call, task or PPE line).",
                                                        zh: "请先选择一位组员(点名、任务或劳保检查中的一行)。"), .info)
        }
        switch action {
        case .markPresent, .markAbsent:
            guard let member else { needMember(); return [] }
            let status: AttendanceStatus = action == .markPresent ? .present : .absent
            let effects = setAttendance(member, status, context, &state)
            // Calling the roll: on to the next name.
            if !effects.isEmpty, case .member = row { advance(&position, rows: rows) }
            return effects
        case .markLate:
            guard let member else { needMember(); return [] }
            ask(.late(crewMemberID: member.id), context.day.briefing.attendance(of: member.id)?.arrivedAt ?? env.now.clockTime)
        case .add:
            guard let member else { needMember(); return [] }
            ask(.addTask(crewMemberID: member.id))
        case .edit:
            guard case .task(let task) = row else {
                state.message = StatusMessage(LocalizedText(en: "Select a task to reword it.", zh: "请先选择要修改的任务。"), .info)
                return []
            }
            ask(.editTask(id: task.id), task.text)
        case .remove:
            switch row {
            case .task(let task): state.confirm = .removeTask(id: task.id)
            case .caution(let caution): state.confirm = .removeCaution(id: caution.id)
            default:
                state.message = StatusMessage(LocalizedText(en: "Select a task or a caution to remove it.", zh: "请先选择要删除的任务或注意事项。"), .info)
            }
        case .carryOver:
            return carryOver(context.offered, context, &state, env)
        case .addCaution:
            ask(.caution)
        case .holdBriefing:
            if context.day.briefingSettled {
                state.message = StatusMessage(settledText(state), .info)
                return []
            }
            let effects = AppUpdate.changeDay(siteID, date, &state) { day, _ in try day.holdBriefing(at: env.now) }
            if let held = state.day(siteID, date)?.briefing.heldAt, !effects.isEmpty {
                state.message = StatusMessage(LocalizedText(en: "Briefing held at \(held.clockTime).", zh: "班前会已于 \(held.clockTime) 召开。"), .success)
            }
            return effects
        case .skipBriefing:
            if context.day.briefingSettled {
                state.message = StatusMessage(settledText(state), .info)
                return []
            }
            ask(.skip)
        case .reopenBriefing:
            guard context.day.briefingSettled else {
                state.message = StatusMessage(LocalizedText(en: "The briefing is not recorded yet: nothing to reopen.", zh: "班前会尚未记录,无需重新打开。"), .info)
                return []
            }
            let effects = AppUpdate.changeDay(siteID, date, &state) { day, _ in try day.reopenBriefing() }
            if !effects.isEmpty {
                state.message = StatusMessage(LocalizedText(en: "Briefing reopened: correct it, then record it again (h held, n not held).",
                                                            zh: "班前会已重新打开:更正后请重新记录(h 已召开,n 未召开)。"), .success)
            }
            return effects
        case .toggle, .open:
            guard let row else { return [] }
            return activate(row, tick: action == .toggle, context, &state, env)
        default: break
        }
        return []
    }

    /// Enter (or Space, a tick) on a row.
    private static func activate(_ row: Row, tick: Bool, _ context: Context, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        let siteID = context.site.id
        let date = context.day.date
        switch row {
        case .member(let member):
            // Not called, late or absent → present; present → absent.
            let now = context.day.briefing.attendance(of: member.id)?.status
            return setAttendance(member, tick && now == .present ? .absent : .present, context, &state)
        case .owner(let member):
            state.prompt = PromptState(purpose: .briefing(.addTask(crewMemberID: member.id)), fields: [TextField()])
        case .task(let task):
            if tick {
                return AppUpdate.changeDay(siteID, date, &state) { day, _ in try day.setTaskDone(task.id, !task.done) }
            }
            state.prompt = PromptState(purpose: .briefing(.editTask(id: task.id)), fields: [TextField(task.text)])
        case .offered(let task): return carryOver([task], context, &state, env)
        case .carryAll: return carryOver(context.offered, context, &state, env)
        case .caution:
            state.message = StatusMessage(LocalizedText(en: "x removes this caution.", zh: "按 x 删除这条注意事项。"), .info)
        case .offerSafety(let point):
            let id = env.ids.makeID()
            let text = point.text(in: state.language)
            return AppUpdate.changeDay(siteID, date, &state) { day, site in try day.addCaution(.safety, text: text, id: id, in: site) }
        case .offerRule(let rule):
            let id = env.ids.makeID()
            return AppUpdate.changeDay(siteID, date, &state) { day, site in try day.addCaution(.clientRule, text: "", ruleID: rule.id, id: id, in: site) }
        case .ownSafety:
            state.prompt = PromptState(purpose: .briefing(.safetyPoint), fields: [TextField()])
        case .addCaution:
            state.prompt = PromptState(purpose: .briefing(.caution), fields: [TextField()])
        case .ppe(let member):
            let checked = context.day.briefing.ppeChecked.contains(member.id)
            return AppUpdate.changeDay(siteID, date, &state) { day, site in try day.setPPEChecked(member.id, !checked, in: site) }
        case .heading, .formerMember, .pickHint, .ppeReminder, .note: break
        }
        return []
    }

    private static func setAttendance(_ member: CrewMember, _ status: AttendanceStatus, _ context: Context, _ state: inout AppState) -> [Effect] {
        AppUpdate.changeDay(context.site.id, context.day.date, &state) { day, site in try day.setAttendance(member.id, status, in: site) }
    }

    /// Carries tasks of the previous working day into this one.
    private static func carryOver(_ tasks: [CrewTask], _ context: Context, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard let from = context.previousDate, !tasks.isEmpty else {
            let text = context.previousDate.map { LocalizedText(en: "Nothing unfinished to carry over from \($0.isoText).", zh: "\($0.isoText) 没有未完成的任务可转入。") }
                ?? LocalizedText(en: "There is no earlier working day to carry tasks over from.", zh: "没有更早的工作日,无任务可转入。")
            state.message = StatusMessage(text, .info)
            return []
        }
        let effects = AppUpdate.changeDay(context.site.id, context.day.date, &state) { day, site in
            try day.carryOver(tasks, from: from, in: site, makeID: { env.ids.makeID() })
        }
        if !effects.isEmpty {
            state.message = StatusMessage(LocalizedText(en: "\(tasks.count) task(s) carried over from \(from.isoText).", zh: "已从 \(from.isoText) 转入 \(tasks.count) 项任务。"), .success)
        }
        return effects
    }

    /// Moves the highlight to the next roll-call line, if there is one.
    private static func advance(_ position: inout ListPosition, rows: [Row]) {
        let next = rows.indices.first { index in
            guard index > position.selection, case .member = rows[index] else { return false }
            return true
        }
        guard let next else { return }
        position.selection = next
    }

    /// Why "held" or "not held" cannot be recorded again, and how to correct it.
    private static func settledText(_ state: AppState) -> LocalizedText {
        let text = DayWords.error(.briefingAlreadySettled, state)
        return LocalizedText(en: text.en + " u reopens it to correct it.", zh: text.zh + "按 u 重新打开以便更正。")
    }

    /// A yes answer to a removal asked by this screen.
    static func confirmed(_ purpose: ConfirmPurpose, _ state: inout AppState) -> [Effect] {
        guard case .briefing(let siteID, let date, _) = state.screen else { return [] }
        return keepingHighlight(&state) { state in
            switch purpose {
            case .removeTask(let id): AppUpdate.changeDay(siteID, date, &state) { day, _ in try day.removeTask(id) }
            case .removeCaution(let id): AppUpdate.changeDay(siteID, date, &state) { day, _ in try day.removeCaution(id) }
            default: []
            }
        }
    }
}
