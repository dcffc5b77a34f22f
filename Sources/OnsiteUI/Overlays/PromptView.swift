import OnsiteCore

/// Draws the small entry form in a box over the screen.
enum PromptView {
    static func title(_ purpose: PromptPurpose, _ state: AppState) -> String {
        switch purpose {
        case .note: state.t("Note for this item", "此项备注")
        case .notApplicable: state.t("Why does this item not apply here?", "此项为何不适用?")
        case .addRule: state.t("A rule of the client's", "客户的一条规定")
        case .editRule: state.t("Change the client's rule", "修改客户规定")
        case .workArea: state.t("Work area agreed with the client", "与客户确定的工作地点")
        case .storageArea: state.t("Storage area for tools and materials", "工具物料放置区域")
        case .addCustody, .editCustody: state.t("Who keeps what", "保管责任")
        case .addLiaison, .editLiaison: state.t("Client's liaison person", "客户配合人员")
        case .searchRules: state.t("Search the site rules (English or Chinese)", "搜索现场规范(中文或英文)")
        case .day(let prompt): DayPrompts.title(prompt, state)
        case .briefing(let prompt): BriefingPrompts.title(prompt, state)
        case .register(let prompt): RegisterPrompts.title(prompt, state)
        case .endOfDay(let prompt): EndOfDayPrompts.title(prompt, state)
        case .exit(let prompt): ExitPrompts.title(prompt, state)
        case .export(let prompt): ExportPrompts.title(prompt, state)
        case .attach(let prompt): AttachActions.title(prompt, state)
        }
    }

    static func labels(_ purpose: PromptPurpose, _ state: AppState) -> [String] {
        switch purpose {
        case .addCustody, .editCustody: [state.t("Items", "物品"), state.t("Kept by", "保管人")]
        case .addLiaison, .editLiaison: [state.t("Name", "姓名"), state.t("Role, duties", "职务、职责"), state.t("Phone", "电话")]
        case .day(let prompt): DayPrompts.labels(prompt, state)
        case .briefing(let prompt): BriefingPrompts.labels(prompt, state)
        case .register(let prompt): RegisterPrompts.labels(prompt, state)
        case .endOfDay(let prompt): EndOfDayPrompts.labels(prompt, state)
        case .exit(let prompt): ExitPrompts.labels(prompt, state)
        case .export(let prompt): ExportPrompts.labels(prompt, state)
        case .attach(let prompt): AttachActions.labels(prompt, state)
        default: [""]
        }
    }

    static func render(_ state: AppState, _ prompt: PromptState, into grid: inout Grid) {
        if case .register(let purpose) = prompt.purpose, RegisterOverlay.render(state, purpose, into: &grid) { return }
        let width = min(state.width - 4, 72)
        let multiline = prompt.fields.first?.multiline == true
        let fieldRows = multiline ? max(3, min(10, state.height - 12)) : prompt.fields.count
        let height = fieldRows + 6
        let rect = Rect(column: (state.width - width) / 2, row: max(1, (state.height - height) / 2), width: width, height: height)
        grid.fill(column: rect.column, row: rect.row, width: rect.width, height: rect.height, role: .normal)
        grid.box(rect, unicode: state.unicodeLines, title: title(prompt.purpose, state))
        let inner = rect.inset(2)
        let labels = labels(prompt.purpose, state)
        let labelWidth = labels.map { TextWidth.cells(of: $0) }.max().map { $0 == 0 ? 0 : $0 + 2 } ?? 0
        if multiline, let field = prompt.fields.first {
            renderArea(field, in: Rect(column: inner.column, row: inner.row, width: inner.width, height: fieldRows), into: &grid)
        } else {
            for (index, field) in prompt.fields.enumerated() {
                let y = inner.row + index
                grid.put(labels[safe: index] ?? "", column: inner.column, row: y, role: .normal)
                SiteFormScreen.drawInput(field.text, cursor: field.cursor, placeholder: "", focused: index == prompt.focus,
                                         in: Rect(column: inner.column + labelWidth, row: y, width: inner.width - labelWidth, height: 1), grid: &grid)
            }
        }
        let hintRow = rect.bottom - 2
        if let problem = prompt.problem {
            grid.put(problem.text(in: state.language), column: inner.column, row: hintRow - 1, role: .error, maxWidth: inner.width)
        }
        if case .attach = prompt.purpose {
            if prompt.problem == nil {
                grid.put(AttachWords.limit.text(in: state.language), column: inner.column, row: hintRow - 1, role: .muted, maxWidth: inner.width)
            }
            grid.put(state.t("Enter attaches · Esc cancels · ↓ note", "回车附加 · Esc 取消 · ↓ 备注"), column: inner.column, row: hintRow, role: .muted, maxWidth: inner.width)
            return
        }
        grid.put(state.t("Enter saves · Esc cancels", "回车保存 · Esc 取消") + (prompt.fields.count > 1 ? state.t(" · Tab next field", " · Tab 下一项") : ""),
                 column: inner.column, row: hintRow, role: .muted, maxWidth: inner.width)
    }

    /// A multi-line text area: wrapped lines, scrolled so the cursor's line shows.
    private static func renderArea(_ field: TextField, in rect: Rect, into grid: inout Grid) {
        grid.fill(column: rect.column, row: rect.row, width: rect.width, height: rect.height, role: .inputFocused)
        let before = TextSanitizer.multiLine(String(field.text.prefix(field.cursor)))
        let after = TextSanitizer.multiLine(String(field.text.dropFirst(field.cursor)))
        let width = max(1, rect.width - 1)
        let headLines = TextWidth.wrap(before, width: width)
        let allLines = TextWidth.wrap(before + after, width: width)
        let cursorLine = max(0, headLines.count - 1)
        let cursorColumn = TextWidth.cells(of: headLines.last ?? "")
        let scroll = max(0, cursorLine - rect.height + 1)
        for (index, line) in allLines.dropFirst(scroll).prefix(rect.height).enumerated() {
            grid.put(line, column: rect.column, row: rect.row + index, role: .inputFocused, maxWidth: rect.width)
        }
        grid.cursor = (rect.column + min(cursorColumn, rect.width - 1), rect.row + cursorLine - scroll)
        let total = field.text.count
        if total > 200 { grid.put(" \(total) ", column: rect.right - TextWidth.cells(of: " \(total) ") , row: rect.bottom, role: .muted) }
    }
}
