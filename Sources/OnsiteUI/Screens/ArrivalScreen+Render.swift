import OnsiteCore

extension ArrivalScreen {
    static func render(_ state: AppState, _ siteID: String, _ position: ListPosition, into grid: inout Grid, _ area: Rect) {
        guard let site = state.site(siteID) else { return }
        let x = area.column + 2
        let width = area.width - 4
        let progress = site.arrivalProgress(state.currentStandard)
        let missing = site.arrivalMissing(state.currentStandard).count
        let title = state.t("Arrival checklist", "进场检查表")
        grid.put(title, column: x, row: area.row, role: .title)
        let barColumn = x + TextWidth.cells(of: title) + 2
        let barWidth = max(6, min(20, width - TextWidth.cells(of: title) - 30))
        grid.progressBar(progress.fraction, column: barColumn, row: area.row, width: barWidth, unicode: state.unicodeLines)
        let summary = missing == 0
            ? state.t(" \(progress.resolved)/\(progress.total) · complete", " \(progress.resolved)/\(progress.total) · 已完成")
            : state.t(" \(progress.resolved)/\(progress.total) · \(missing) missing", " \(progress.resolved)/\(progress.total) · 缺\(missing)项")
        grid.put(summary, column: barColumn + barWidth, row: area.row, role: missing == 0 ? .success : .normal, maxWidth: area.right - barColumn - barWidth)

        let symbols = Symbols(unicode: state.unicodeLines)
        let all = rows(state.currentStandard)
        let top = area.row + listTop
        let visible = listHeight(state)
        let timeWidth = 14
        for (index, row) in all.enumerated().dropFirst(position.scroll).prefix(visible) {
            let y = top + index - position.scroll
            switch row {
            case .heading(let section):
                grid.put(section.title.text(in: state.language), column: x, row: y, role: .heading, maxWidth: width)
            case .item(let item, let itemIndex):
                let record = site.arrival.record(for: item.id)
                let resolved = site.isResolved(item)
                let selected = itemIndex == position.selection
                let mark = symbols.mark(record.state, resolved: resolved)
                let optional = item.required ? "" : state.t(" (optional)", "(可选)")
                let note = record.note.isEmpty ? "" : " " + symbols.noteMark
                var when = ""
                if record.state != .open, let at = record.at { when = at.localDate == state.today ? at.clockTime : at.localDate.isoText }
                // Only the item's own text is highlighted, its mark keeps its colour: a move repaints two short runs
                // of text, not two whole rows with their marks.
                let title = " " + TextWidth.truncate(item.title.text(in: state.language) + optional + note, to: width - timeWidth - 6) + " "
                let role: StyleRole = record.state == .done && !resolved ? .warning : .normal
                grid.put(mark, column: x + 1, row: y, role: resolved ? .success : (record.state == .done ? .warning : .muted))
                grid.put(title, column: x + 4, row: y, role: selected ? .selected : role)
                grid.put(TextWidth.pad(when, to: timeWidth), column: x + width - timeWidth, row: y, role: .muted)
            }
        }
        let items = state.currentStandard.arrivalItems
        if items.indices.contains(position.selection) {
            renderFooter(state, site, items[position.selection], into: &grid,
                         Rect(column: x, row: area.bottom - footerHeight, width: width, height: footerHeight))
        }
    }

    /// Who resolved the selected item and when, what is missing, and its note (or, while it is open, its help).
    static func renderFooter(_ state: AppState, _ site: Site, _ item: ChecklistItemDefinition, into grid: inout Grid, _ rect: Rect) {
        grid.put(String(repeating: Symbols(unicode: state.unicodeLines).separator, count: rect.width), column: rect.column, row: rect.row, role: .border)
        var lines: [(String, StyleRole)] = []
        let record = site.arrival.record(for: item.id)
        let who = [record.by, record.at?.shortText].compactMap { $0 }.joined(separator: ", ")
        // An open item's keys are on the key bar; a done item's line is plain (its mark is green): a move between
        // items done by the same person rewrites the few characters of the time, not a whole line and its colours.
        switch record.state {
        case .open: break
        case .done: lines.append((state.t("Done", "已完成") + (who.isEmpty ? "" : " — " + who), .normal))
        case .notApplicable:
            lines.append((state.t("Not applicable: ", "不适用:") + TextSanitizer.singleLine(record.reason) + (who.isEmpty ? "" : " — " + who), .accent))
        }
        let gaps = site.gaps(for: item)
        if !gaps.isEmpty, record.state != .notApplicable {
            lines.append((state.t("Needs: ", "还需要:") + gaps.map { Messages.gap($0, state).text(in: state.language) }.joined(separator: "; "), .warning))
        }
        if !record.note.isEmpty {
            lines.append((state.t("Note: ", "备注:") + TextSanitizer.singleLine(record.note), .normal))
        } else if record.state == .open, let help = item.help {
            // How to do it, while it is still to do (Enter shows it for any item); a done item's footer stays short.
            lines.append((help.text(in: state.language), .muted))
        }
        // Each line wraps into the rows left below it; the last row ends with an ellipsis when text remains.
        var row = rect.row + 1
        for (text, role) in lines {
            let rowsLeft = rect.bottom - row
            guard rowsLeft > 0 else { break }
            let wrapped = TextWidth.wrap(text, width: rect.width)
            for (index, part) in wrapped.prefix(rowsLeft).enumerated() {
                let cut = index == rowsLeft - 1 && wrapped.count > rowsLeft
                grid.put(cut ? TextWidth.truncate(part + " …", to: rect.width) : part, column: rect.column, row: row, role: role, maxWidth: rect.width)
                row += 1
            }
        }
    }
}
