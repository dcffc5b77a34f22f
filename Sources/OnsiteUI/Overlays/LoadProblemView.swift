import OnsiteCore

/// A file that could not be read at start: where, why, and what was done about it.
enum LoadProblemView {
    static func render(_ state: AppState, _ problem: FileProblem, into grid: inout Grid) {
        let width = min(state.width - 2, 76)
        let height = min(state.height - 2, 14)
        let rect = Rect(column: (state.width - width) / 2, row: 1, width: width, height: height)
        grid.fill(column: rect.column, row: rect.row, width: rect.width, height: rect.height, role: .normal)
        grid.box(rect, unicode: state.unicodeLines, role: .error, title: state.t("A data file could not be read", "有数据文件无法读取"))
        var text = state.t("File: ", "文件:") + problem.path
        if let line = problem.cause.line {
            text += state.t(", line \(line)", ",第\(line)行") + (problem.cause.column.map { state.t(", column \($0)", ",第\($0)列") } ?? "")
        }
        text += "\n" + problem.cause.message
        if let moved = problem.quarantinedTo { text += "\n" + state.t("It was moved to ", "已移至 ") + moved }
        text += "\n" + (problem.restoredPrevious
            ? state.t("The previous good save was loaded in its place.", "已改为载入上一次完好的保存。")
            : state.t("No earlier save of it exists; the other sites are loaded as usual.", "没有更早的保存;其他现场照常载入。"))
        let inner = Rect(column: rect.column + 2, row: rect.row + 1, width: rect.width - 4, height: rect.height - 3)
        grid.paragraph(TextSanitizer.multiLine(text), in: inner)
        let more = state.loadProblems.count > 1 ? state.t(" (\(state.loadProblems.count - 1) more)", "(还有\(state.loadProblems.count - 1)个)") : ""
        grid.put(state.t("Enter continues", "回车继续") + more, column: rect.column + 2, row: rect.bottom - 2, role: .muted)
    }
}
