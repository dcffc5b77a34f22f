import OnsiteCore

/// Draws the walkthrough around the real screens: the step box under them, or a panel (chapters, name, quiz,
/// result) over them. The title bar always says TRAINING.
enum TrainingView {
    static func render(_ state: AppState) -> Grid {
        guard let training = state.training else { return AppView.renderScreens(state) }
        let height = max(state.height, training.terminalHeight)
        var grid = AppView.renderScreens(state, gridHeight: height)
        if state.isTooSmall || height < AppState.minimumHeight { return grid }
        switch training.panel {
        case .off: break
        case .step:
            switch training.box {
            case .compact: compactBox(state, training, into: &grid, top: state.height, height: height - state.height)
            case .full: fullStep(state, training, into: &grid)
            case .hidden: break
            }
        case .menu(let selection): TrainingPanels.menu(state, training, selection, into: &grid)
        case .name(let field, let chapter): TrainingPanels.name(state, training, field, chapter, into: &grid)
        case .quiz(let progress): TrainingPanels.quiz(state, training, progress, into: &grid)
        case .result(let score): TrainingPanels.result(state, training, score, into: &grid)
        case .confirmReset: TrainingPanels.confirmReset(state, into: &grid)
        }
        return grid
    }

    /// "Chapter 1/4 · title · step 2/6".
    static func heading(_ state: AppState, _ training: TrainingState) -> String {
        guard let chapter = training.currentChapter else { return "" }
        return state.t("Chapter \(training.chapter + 1)/\(training.chapters.count) · ", "第 \(training.chapter + 1)/\(training.chapters.count) 章 · ")
            + chapter.title.text(in: state.language)
            + state.t(" · step \(training.step + 1)/\(chapter.steps.count)", " · 第 \(training.step + 1)/\(chapter.steps.count) 步")
    }

    /// The line under the step: done, what is missing, or where the step is done.
    static func status(_ state: AppState, _ training: TrainingState) -> StatusMessage? {
        if let notice = training.notice { return notice }
        guard let step = training.currentStep else { return nil }
        if TrainingFlow.check(state)?.met == true { return StatusMessage(TrainingFlow.t("Done. PgDn or → goes on.", "完成。按 PgDn 或 → 继续。"), .success) }
        guard let screen = step.screen else { return nil }
        return StatusMessage(LocalizedText(en: "Where: \(screen.title.en)", zh: "位置:\(screen.title.zh)"), .info)
    }

    static func role(_ message: StatusMessage) -> StyleRole {
        switch message.kind {
        case .info: .accent
        case .success: .success
        case .error: .error
        }
    }

    /// The step box under the screens: heading, what to do, why it matters (F6 shows all of it), status, keys.
    private static func compactBox(_ state: AppState, _ training: TrainingState, into grid: inout Grid, top: Int, height: Int) {
        guard let step = training.currentStep, height >= 4 else { return }
        let rect = Rect(column: 0, row: top, width: state.width, height: height)
        grid.fill(column: 0, row: top, width: state.width, height: height, role: .normal)
        grid.box(rect, unicode: state.unicodeLines, role: .accent, title: heading(state, training))
        let inner = Rect(column: 2, row: top + 1, width: state.width - 4, height: height - 2)
        var row = inner.row
        let statusLine = status(state, training)
        let last = inner.row + inner.height - (statusLine == nil ? 0 : 1)
        row += grid.paragraph("▶ " + step.text.text(in: state.language), in: Rect(column: inner.column, row: row, width: inner.width, height: max(0, last - row)), role: .title)
        let why = state.t("Why: ", "为什么:") + step.why.text(in: state.language)
        let lines = TextWidth.wrap(why, width: inner.width)
        let room = max(0, last - row)
        if room > 0 {
            var shown = Array(lines.prefix(room))
            if lines.count > room, let end = shown.popLast() {
                shown.append(TextWidth.truncate(end, to: inner.width - 11) + state.t(" F6: more", " F6:全文"))
            }
            for (index, line) in shown.enumerated() { grid.put(line, column: inner.column, row: row + index, role: .normal, maxWidth: inner.width) }
        }
        if let statusLine {
            grid.put(statusLine.text.text(in: state.language), column: inner.column, row: last, role: role(statusLine), maxWidth: inner.width)
        }
        keyHints(state, .walkthrough, into: &grid, row: top + height - 1)
    }

    /// The step on the whole screen, for the class to read the reason in large.
    private static func fullStep(_ state: AppState, _ training: TrainingState, into grid: inout Grid) {
        guard let step = training.currentStep else { return }
        let rect = Rect(column: 0, row: 1, width: state.width, height: state.height - 2)
        grid.fill(column: 0, row: 1, width: state.width, height: state.height - 2, role: .normal)
        grid.box(rect, unicode: state.unicodeLines, role: .accent, title: heading(state, training))
        let width = state.width - 6
        var row = 3
        row += grid.paragraph(step.text.text(in: state.language), in: Rect(column: 3, row: row, width: width, height: 4), role: .title) + 1
        grid.put(state.t("Why it matters", "为什么重要"), column: 3, row: row, role: .heading)
        row += 2
        let bottom = rect.row + rect.height - 3
        row += grid.paragraph(step.why.text(in: state.language), in: Rect(column: 3, row: row, width: width, height: max(0, bottom - row)))
        if let statusLine = status(state, training) {
            grid.put(statusLine.text.text(in: state.language), column: 3, row: rect.row + rect.height - 2, role: role(statusLine), maxWidth: width)
        }
        AppView.keyBar(state, .walkthrough, into: &grid)
    }

    /// The keys of a panel, written into a border row.
    static func keyHints(_ state: AppState, _ kind: ScreenKind, into grid: inout Grid, row: Int) {
        var column = 2
        for binding in KeyMap.bar(for: kind) {
            let text = " \(binding.label) \(binding.short.text(in: state.language)) "
            let needed = TextWidth.cells(of: text) + 1
            if column + needed > state.width - 2 { break }
            column += grid.put(text, column: column, row: row, role: .statusKey) + 1
        }
    }
}
