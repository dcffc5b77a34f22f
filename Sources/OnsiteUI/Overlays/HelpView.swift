import OnsiteCore

/// Every key of the current screen, generated from the key table.
enum HelpView {
    static func render(_ state: AppState, into grid: inout Grid) {
        let bindings = KeyMap.help(for: state.screen.kind)
        let width = min(state.width - 2, 78)
        // One column when every key fits, two side by side otherwise: help always lists every key.
        let columns = bindings.count > state.height - 6 ? 2 : 1
        let rows = max(1, (bindings.count + columns - 1) / columns)
        let height = min(state.height - 2, rows + 4)
        let rect = Rect(column: (state.width - width) / 2, row: 1, width: width, height: height)
        grid.fill(column: rect.column, row: rect.row, width: rect.width, height: rect.height, role: .normal)
        grid.box(rect, unicode: state.unicodeLines, title: state.t("Keys on this screen", "本界面的按键"))
        let labelWidth = 8
        let columnWidth = (rect.width - 4) / columns
        for (index, binding) in bindings.enumerated() {
            let column = index / rows
            guard column < columns else { break }
            let x = rect.column + 2 + column * columnWidth
            let y = rect.row + 1 + index % rows
            grid.put(binding.label, column: x, row: y, role: .accent, maxWidth: labelWidth - 1)
            grid.put(binding.description.text(in: state.language), column: x + labelWidth, row: y, role: .normal, maxWidth: columnWidth - labelWidth - 1)
        }
        grid.put(state.t("Esc or ? closes this help", "按 Esc 或 ? 关闭帮助"), column: rect.column + 2, row: rect.bottom - 2, role: .muted, maxWidth: rect.width - 4)
    }
}
