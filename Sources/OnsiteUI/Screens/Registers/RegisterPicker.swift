import OnsiteCore

/// A list in a box to pick one line from: arrows move, typing filters, Enter picks, Esc cancels.
enum RegisterPicker {
    /// Opens a picker at its first step.
    static func open(_ step: RegisterPick.Step, _ state: inout AppState) {
        state.prompt = PromptState(purpose: .register(.pick(RegisterPick(step))), fields: [])
    }

    /// The box's title.
    static func title(_ pick: RegisterPick, _ state: AppState) -> String {
        switch pick.step {
        case .crewMember, .conductKind, .conductReference: state.t("Add to the conduct log", "添加行为记录")
        case .reportRecipient, .reportChannel: state.t("Report the problem", "汇报问题")
        }
    }

    /// The question the current step asks, with what was picked so far.
    static func question(_ pick: RegisterPick, _ state: AppState) -> String {
        switch pick.step {
        case .crewMember: return state.t("Who is it about?", "记录哪位组员?")
        case .conductKind(let crewID, _):
            return RegisterPrompts.crewName(crewID, state) + state.t(": an incident or a commendation?", ":违规还是表扬?")
        case .conductReference(let crewID, let kind, _):
            let name = RegisterPrompts.crewName(crewID, state)
            return kind == .incident ? name + state.t(": which rule was broken?", ":违反了哪条规定?")
                : name + state.t(": what won the client's trust?", ":哪方面赢得了客户信任?")
        case .reportRecipient: return state.t("Reported to whom?", "汇报给谁?")
        case .reportChannel(_, let to): return state.t("How was the \(RegisterWords.recipient(to).en) told?", "如何告知\(RegisterWords.recipient(to).zh)?")
        }
    }

    /// Lines of options the box shows at once.
    static func visibleRows(_ count: Int, _ state: AppState) -> Int {
        max(1, min(max(count, 1), state.height - 4 - chromeRows))
    }

    /// Rows of the box besides the options: borders, question, filter, full text (2), hint.
    private static let chromeRows = 7

    /// Keys in the picker: the filter takes what is typed; arrows, pages, Home and End move; Enter picks; Esc cancels.
    static func handle(_ key: Key, _ current: RegisterPick, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        var pick = current
        let options = pick.options(state)
        let visible = visibleRows(options.count, state)
        // The form's keys first (Esc, Enter), then the list keys of the screen underneath (Home, End, pages).
        switch KeyMap.action(for: key, on: .prompt, typing: true) ?? KeyMap.action(for: key, on: state.screen.kind, typing: true) {
        case .back:
            state.prompt = nil
            return []
        case .open, .save:
            if let option = options[safe: pick.position.selection] { choose(option, pick, &state, env) }
            return []
        case .moveUp, .previousPane: pick.position.move(by: -1, count: options.count, visible: visible)
        case .moveDown, .nextPane: pick.position.move(by: 1, count: options.count, visible: visible)
        case .pageUp: pick.position.move(by: -visible, count: options.count, visible: visible)
        case .pageDown: pick.position.move(by: visible, count: options.count, visible: visible)
        case .first: pick.position.move(by: -options.count, count: options.count, visible: visible)
        case .last: pick.position.move(by: options.count, count: options.count, visible: visible)
        default:
            if pick.filter.handle(key) { pick.position = ListPosition() }
        }
        state.prompt = PromptState(purpose: .register(.pick(pick)), fields: [])
        return []
    }

    /// The next step after a line was picked: another list, or the form that finishes the entry.
    private static func choose(_ option: PickOption, _ pick: RegisterPick, _ state: inout AppState, _ env: AppEnvironment) {
        func form(_ prompt: RegisterPrompt, _ fields: [TextField]) {
            state.prompt = PromptState(purpose: .register(prompt), fields: fields)
        }
        switch (pick.step, option.value) {
        case (.crewMember(let date), .crewMember(let id)): open(.conductKind(crewMemberID: id, date: date), &state)
        case (.conductKind(let id, let date), .conductKind(let kind)): open(.conductReference(crewMemberID: id, kind: kind, date: date), &state)
        case (.conductReference(let id, let kind, let date), .reference(let reference)):
            form(.conductNote(crewMemberID: id, kind: kind, reference: reference, date: date), [TextField()])
        case (.conductReference(let id, let kind, let date), .other):
            form(.conductOther(crewMemberID: id, kind: kind, date: date), [TextField(), TextField()])
        case (.reportRecipient(let id), .recipient(let to)): open(.reportChannel(problemID: id, to: to), &state)
        case (.reportChannel(let id, let to), .channel(let channel)):
            form(.reportProblem(id: id, to: to, channel: channel), [TextField(), TextField(env.now.clockTime)])
        default: state.prompt = nil
        }
    }

    /// Draws the picker in a box: the question, the filter, the options that match, the chosen line in full.
    static func render(_ state: AppState, _ pick: RegisterPick, into grid: inout Grid) {
        let options = pick.options(state)
        var position = pick.position
        let visible = visibleRows(options.count, state)
        position.clamp(count: options.count, visible: visible)
        let width = min(state.width - 4, 72)
        let height = visible + chromeRows
        let rect = Rect(column: (state.width - width) / 2, row: max(1, (state.height - 2 - height) / 2), width: width, height: height)
        grid.fill(column: rect.column, row: rect.row, width: rect.width, height: rect.height, role: .normal)
        grid.box(rect, unicode: state.unicodeLines, title: title(pick, state))
        let x = rect.column + 2
        let inner = rect.width - 4
        grid.put(question(pick, state), column: x, row: rect.row + 1, role: .heading, maxWidth: inner)
        let label = state.t("Filter: ", "筛选:")
        let used = grid.put(label, column: x, row: rect.row + 2, role: .muted, maxWidth: inner)
        SiteFormScreen.drawInput(pick.filter.text, cursor: pick.filter.cursor, placeholder: "", focused: true,
                                 in: Rect(column: x + used, row: rect.row + 2, width: inner - used, height: 1), grid: &grid)
        let top = rect.row + 3
        if options.isEmpty {
            grid.put(state.t("Nothing matches; Backspace widens the list.", "没有匹配项;按退格键放宽条件。"), column: x, row: top, role: .muted, maxWidth: inner)
        }
        for (index, option) in options.enumerated().dropFirst(position.scroll).prefix(visible) {
            let row = top + index - position.scroll
            let selected = index == position.selection
            if selected { grid.fill(column: x - 1, row: row, width: inner + 2, height: 1, role: .selected) }
            let groupWidth = option.group.isEmpty ? 0 : min(TextWidth.cells(of: option.group), inner / 3)
            let textWidth = inner - (groupWidth > 0 ? groupWidth + 2 : 0)
            grid.put(TextWidth.truncate(option.text, to: textWidth), column: x, row: row, role: selected ? .selected : (option.value == .other ? .accent : .normal))
            if groupWidth > 0 {
                let group = TextWidth.truncate(option.group, to: groupWidth)
                grid.put(group, column: x + inner - TextWidth.cells(of: group), row: row, role: selected ? .selected : .muted)
            }
        }
        if let chosen = options[safe: position.selection], TextWidth.cells(of: chosen.text) > inner - 2 - min(TextWidth.cells(of: chosen.group), inner / 3) {
            grid.paragraph(chosen.text, in: Rect(column: x, row: rect.bottom - 4, width: inner, height: 2), role: .muted)
        }
        grid.put(state.t("↑↓ choose · Enter picks · type to filter · Esc cancels", "↑↓ 选择 · 回车确定 · 输入文字筛选 · Esc 取消"),
                 column: x, row: rect.bottom - 2, role: .muted, maxWidth: inner)
    }
}
