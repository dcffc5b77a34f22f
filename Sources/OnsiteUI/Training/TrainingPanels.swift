import OnsiteCore

/// The walkthrough's own panels, drawn over the screens: chapters, the trainee's name, a quiz question, the result.
enum TrainingPanels {
    /// Clears the content area and frames it; returns the inner rectangle.
    private static func frame(_ state: AppState, title: String, into grid: inout Grid) -> Rect {
        let height = state.training?.terminalHeight ?? state.height
        grid.fill(column: 0, row: 1, width: state.width, height: height - 2, role: .normal)
        grid.box(Rect(column: 0, row: 1, width: state.width, height: height - 2), unicode: state.unicodeLines, role: .accent, title: title)
        return Rect(column: 3, row: 3, width: state.width - 6, height: height - 6)
    }

    private static func bar(_ state: AppState, _ kind: ScreenKind, into grid: inout Grid) {
        var shown = state
        shown.height = state.training?.terminalHeight ?? state.height
        AppView.keyBar(shown, kind, into: &grid)
    }

    static func menu(_ state: AppState, _ training: TrainingState, _ selection: Int, into grid: inout Grid) {
        let inner = frame(state, title: state.t("Training · chapters", "培训 · 章节"), into: &grid)
        var row = inner.row
        let who = training.trainee.isEmpty ? state.t("(asked when a chapter starts)", "(开始章节时填写)") : training.trainee
        grid.put(state.t("Trainee: ", "学员:") + who, column: inner.column, row: row, role: .muted, maxWidth: inner.width)
        row += 2
        for (index, chapter) in training.chapters.enumerated() {
            let best = training.scores.filter { $0.chapterID == chapter.id && $0.trainee == training.trainee }.last
            let score = best.map { state.t("  quiz \($0.correct)/\($0.total)", "  测验 \($0.correct)/\($0.total)") } ?? ""
            let text = "\(index + 1). " + chapter.title.text(in: state.language) + score
            grid.listRow(text, column: inner.column, row: row, width: inner.width, selected: selection == index, role: .title)
            row += 1
        }
        row += 1
        grid.listRow(state.t("Reset the sandbox…", "重置沙盒…"), column: inner.column, row: row, width: inner.width, selected: selection == training.chapters.count)
        grid.listRow(state.t("Leave the walkthrough (keep practising)", "退出演练(继续自由练习)"), column: inner.column, row: row + 1,
                     width: inner.width, selected: selection == training.chapters.count + 1)
        grid.paragraph(state.t("Enter or PgDn starts the chapter. During a chapter: PgDn/→ next step, PgUp/← back, F5 this menu, F6 the step box.",
                               "按 Enter 或 PgDn 开始章节。章节进行中:PgDn/→ 下一步,PgUp/← 上一步,F5 本菜单,F6 步骤框。"),
                       in: Rect(column: inner.column, row: row + 3, width: inner.width, height: 3), role: .muted)
        bar(state, .chapterMenu, into: &grid)
    }

    static func name(_ state: AppState, _ training: TrainingState, _ field: TextField, _ chapter: Int, into grid: inout Grid) {
        let title = training.chapters[safe: chapter]?.title.text(in: state.language) ?? ""
        let inner = frame(state, title: title, into: &grid)
        grid.put(state.t("Who is training? Type the trainee's name, then Enter.", "谁在培训?请输入学员姓名,然后按 Enter。"),
                 column: inner.column, row: inner.row + 1, role: .title, maxWidth: inner.width)
        grid.fill(column: inner.column, row: inner.row + 3, width: inner.width, height: 1, role: .inputFocused)
        let shown = TextWidth.truncate(field.text, to: inner.width - 1)
        grid.put(shown, column: inner.column, row: inner.row + 3, role: .inputFocused)
        grid.cursor = (inner.column + TextWidth.cells(of: String(field.text.prefix(field.cursor))), inner.row + 3)
        grid.put(state.t("The quiz score is kept under this name. Esc: back to the chapters.", "测验成绩按此姓名保存。Esc:返回章节菜单。"),
                 column: inner.column, row: inner.row + 5, role: .muted, maxWidth: inner.width)
        bar(state, .prompt, into: &grid)
    }

    static func quiz(_ state: AppState, _ training: TrainingState, _ progress: QuizProgress, into grid: inout Grid) {
        guard let chapter = training.currentChapter, let question = chapter.quiz[safe: progress.question] else { return }
        let title = state.t("Quiz · ", "测验 · ") + chapter.title.text(in: state.language)
            + state.t(" · question \(progress.question + 1)/\(chapter.quiz.count)", " · 第 \(progress.question + 1)/\(chapter.quiz.count) 题")
        let inner = frame(state, title: title, into: &grid)
        var row = inner.row
        row += grid.paragraph(question.question.text(in: state.language), in: Rect(column: inner.column, row: row, width: inner.width, height: 3), role: .title) + 1
        for (index, choice) in question.choices.enumerated() {
            var mark = "  "
            var role = StyleRole.normal
            if let answered = progress.answered {
                if index == question.answer { mark = state.unicodeLines ? "✓ " : "+ "; role = .success }
                else if index == answered { mark = state.unicodeLines ? "✗ " : "x "; role = .error }
            }
            let text = "\(mark)\(index + 1)  " + choice.text(in: state.language)
            let selected = progress.answered == nil && progress.selection == index
            grid.listRow(TextWidth.truncate(text, to: inner.width), column: inner.column, row: row, width: inner.width, selected: selected, role: role)
            row += 1
        }
        row += 1
        if let answered = progress.answered {
            let right = answered == question.answer
            let verdict = right ? state.t("Right!", "答对了!")
                : state.t("Not quite: the answer is \(question.answer + 1).", "不对:正确答案是 \(question.answer + 1)。")
            grid.put(verdict, column: inner.column, row: row, role: right ? .success : .error, maxWidth: inner.width)
            row += 1
            row += grid.paragraph(question.reason.text(in: state.language), in: Rect(column: inner.column, row: row, width: inner.width, height: max(0, inner.row + inner.height - row - 1)))
            grid.put(state.t("Enter or PgDn: next", "按 Enter 或 PgDn 继续"), column: inner.column, row: inner.row + inner.height - 1, role: .muted)
        } else {
            grid.put(state.t("Answer with 1–\(question.choices.count), or the arrows and Enter.", "按 1–\(question.choices.count) 作答,或用方向键加 Enter。"),
                     column: inner.column, row: inner.row + inner.height - 1, role: .muted, maxWidth: inner.width)
        }
        bar(state, .quiz, into: &grid)
    }

    static func result(_ state: AppState, _ training: TrainingState, _ score: QuizScore, into grid: inout Grid) {
        let title = training.currentChapter?.title.text(in: state.language) ?? ""
        let inner = frame(state, title: title, into: &grid)
        let all = score.correct == score.total
        grid.put(state.t("Score: \(score.correct) of \(score.total)", "得分:\(score.correct) / \(score.total)"), column: inner.column, row: inner.row + 1,
                 role: all ? .success : .title)
        grid.put(state.t("Trainee: ", "学员:") + score.trainee, column: inner.column, row: inner.row + 3, role: .normal, maxWidth: inner.width)
        grid.put(state.t("Kept in the training sandbox.", "已保存在培训沙盒中。"), column: inner.column, row: inner.row + 4, role: .muted)
        let next = training.chapter + 1 < training.chapters.count
            ? state.t("PgDn or Enter: the next chapter, ", "PgDn 或 Enter:下一章,") + (training.chapters[training.chapter + 1].title.text(in: state.language))
            : state.t("That was the last chapter. Enter: back to the chapters.", "这是最后一章。按 Enter 返回章节菜单。")
        grid.paragraph(next, in: Rect(column: inner.column, row: inner.row + 6, width: inner.width, height: 2), role: .accent)
        bar(state, .quiz, into: &grid)
    }

    static func confirmReset(_ state: AppState, into grid: inout Grid) {
        let inner = frame(state, title: state.t("Reset the sandbox", "重置沙盒"), into: &grid)
        grid.paragraph(state.t("Remove the practice site and everything done on it, and start again with a fresh one? The quiz scores are kept.",
                               "删除练习现场及其上的所有操作,重新开始一个新的练习现场?测验成绩会保留。"),
                       in: Rect(column: inner.column, row: inner.row + 1, width: inner.width, height: 3), role: .title)
        grid.put(state.t("Enter resets · Esc keeps it", "Enter 重置 · Esc 保留"), column: inner.column, row: inner.row + 5, role: .warning)
        bar(state, .chapterMenu, into: &grid)
    }
}
