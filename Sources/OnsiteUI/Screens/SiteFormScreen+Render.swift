import OnsiteCore

extension SiteFormScreen {
    static func render(_ state: AppState, _ form: SiteFormState, into grid: inout Grid, _ area: Rect) {
        let title = form.siteID == nil ? state.t("New site", "新建现场") : state.t("Edit site details", "编辑现场信息")
        grid.put(title, column: area.column + 2, row: area.row, role: .title)
        grid.put(state.t("* required · Tab/↓ next field · Ctrl-S save", "* 必填 · Tab/↓ 下一项 · Ctrl-S 保存"),
                 column: area.column + 2 + TextWidth.cells(of: title) + 3, row: area.row, role: .muted,
                 maxWidth: area.width - TextWidth.cells(of: title) - 6)
        let problems = visibleProblems(form, taken: takenNames(form, state))
        let rows = rows(form, state)
        let focusedRow = rowIndex(ofFocus: form.focus, in: rows)
        let top = area.row + 2
        let visible = area.bottom - top
        var scroll = form.scroll
        if focusedRow < scroll { scroll = focusedRow }
        if focusedRow >= scroll + visible { scroll = focusedRow - visible + 1 }
        let x = area.column + 2
        let inputWidth = min(34, area.width - labelWidth - 6)
        let problemColumn = x + labelWidth + inputWidth + 2
        for (index, row) in rows.enumerated().dropFirst(scroll).prefix(visible) {
            let y = top + index - scroll
            let focused = index == focusedRow
            switch row {
            case .standard:
                grid.put(state.t("Standard", "服务标准"), column: x, row: y, role: focused ? .accent : .normal)
                let chosen = chosenStandard(form, state).standard
                let text = "‹ " + chosen.name.text(in: state.language) + " v\(chosen.version) ›"
                grid.listRow(text, column: x + labelWidth, row: y, width: inputWidth, selected: focused, role: .accent)
            case .heading(let text):
                grid.put(text.text(in: state.language), column: x, row: y, role: .heading, maxWidth: area.width - 4)
            case .field(let field):
                grid.put(TextWidth.truncate(field.label(state), to: labelWidth - 1), column: x, row: y, role: focused ? .accent : .normal)
                let input = Rect(column: x + labelWidth, row: y, width: inputWidth, height: 1)
                drawInput(form.draft.text(field), cursor: form.cursor, placeholder: field.placeholder(state), focused: focused, in: input, grid: &grid)
                if let problem = problems[field] {
                    grid.put("! " + Messages.field(problem).text(in: state.language), column: problemColumn, row: y, role: .error,
                             maxWidth: max(0, area.right - problemColumn - 1))
                }
            case .addCrew:
                grid.listRow(" + " + state.t("Add a crew member", "添加组员"), column: x, row: y, width: labelWidth + inputWidth, selected: focused, role: .accent)
            case .addLiaison:
                grid.listRow(" + " + state.t("Add a liaison person", "添加配合人员"), column: x, row: y, width: labelWidth + inputWidth, selected: focused, role: .accent)
            case .save:
                grid.listRow(" " + state.t("[ Save site ]", "[ 保存现场 ]"), column: x, row: y, width: labelWidth + inputWidth, selected: focused, role: .success)
            }
        }
    }

    /// Problems worth showing now: every problem after a save attempt; before, only text that is wrong (not empty).
    static func visibleProblems(_ form: SiteFormState, taken: [String] = []) -> [SiteField: FieldProblem] {
        guard case .failure(let errors) = form.draft.validate(ids: SequentialIdSource(prefix: "preview"), takenNames: taken) else { return [:] }
        if form.attemptedSave { return errors.problems }
        return errors.problems.filter { field, problem in
            problem != .required && !form.draft.text(field).isEmpty
        }
    }

    static func rowIndex(ofFocus focus: Int, in rows: [SiteFormRow]) -> Int {
        var seen = -1
        for (index, row) in rows.enumerated() where row.isFocusable {
            seen += 1
            if seen == focus { return index }
        }
        return rows.count - 1
    }

    /// A one-line input: the text scrolled so the cursor stays visible, the cursor placed when focused.
    static func drawInput(_ text: String, cursor: Int, placeholder: String, focused: Bool, in rect: Rect, grid: inout Grid) {
        grid.fill(column: rect.column, row: rect.row, width: rect.width, height: 1, role: focused ? .inputFocused : .input)
        let clean = TextSanitizer.singleLine(text)
        if clean.isEmpty {
            if !placeholder.isEmpty, !focused { grid.put(placeholder, column: rect.column, row: rect.row, role: .muted, maxWidth: rect.width) }
            if focused { grid.cursor = (rect.column, rect.row) }
            return
        }
        let characters = Array(clean)
        let cursorIndex = min(max(0, cursor), characters.count)
        // Start far enough right that the cursor fits.
        var start = 0
        var widthBeforeCursor = TextWidth.cells(of: String(characters[0..<cursorIndex]))
        while widthBeforeCursor > rect.width - 1, start < cursorIndex {
            widthBeforeCursor -= TextWidth.cells(of: characters[start])
            start += 1
        }
        let shown = String(characters[start...])
        grid.put(shown, column: rect.column, row: rect.row, role: focused ? .inputFocused : .input, maxWidth: rect.width)
        if focused { grid.cursor = (rect.column + widthBeforeCursor, rect.row) }
    }
}
