import OnsiteCore

/// The rules a crew keeps on site: the client's own, then the standard's dress, behaviour and 5S.
enum SiteRulesScreen {
    static func lines(_ state: AppState, _ site: Site, width: Int) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)] = []
        let bullet = Symbols(unicode: state.unicodeLines).bullet
        func add(_ text: String, _ role: StyleRole, indent: String = "") {
            for (index, line) in TextWidth.wrap(text, width: width - TextWidth.cells(of: indent) - 2).enumerated() {
                lines.append(((index == 0 ? indent : String(repeating: " ", count: TextWidth.cells(of: indent))) + line, role))
            }
        }
        let search = state.rulesSearch
        let matches = { (texts: [String]) in search.isEmpty || texts.contains { $0.localizedCaseInsensitiveContains(search) } }
        let clientRules = site.arrival.clientRules.filter { matches([$0.text]) }
        if search.isEmpty || !clientRules.isEmpty { add(state.t("The client's rules", "客户的规定"), .heading) }
        if site.arrival.clientRules.isEmpty && search.isEmpty {
            add(state.t("None recorded yet: ask the client at arrival (arrival checklist).", "尚未记录:进场时请客户介绍(见进场检查表)。"), .muted, indent: "  ")
        }
        for rule in clientRules { add(TextSanitizer.singleLine(rule.text), .normal, indent: "  \(bullet) ") }
        for section in state.currentStandard.siteRules {
            let rules = section.rules.filter { matches([$0.en, $0.zh]) || matches([section.title.en, section.title.zh]) }
            guard !rules.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", .normal)) }
            add(section.title.text(in: state.language) + (section.optional ? state.t(" — optional", " — 可选") : ""), .heading)
            for rule in rules { add(rule.text(in: state.language), .normal, indent: "  \(bullet) ") }
        }
        if lines.isEmpty {
            add(state.t("No rule contains \"\(search)\". Esc clears the search.", "没有包含“\(search)”的规范。按 Esc 清除搜索。"), .muted)
        }
        return lines
    }

    static func handle(_ action: Action?, _ state: inout AppState) -> [Effect] {
        guard case .siteRules(let siteID, var position) = state.screen, let site = state.site(siteID) else { return [] }
        let visible = max(1, state.height - 4)
        let count = lines(state, site, width: state.width - 4).count
        let maxScroll = max(0, count - visible)
        if position.scrollText(action, visible: visible, bottom: maxScroll) {
            state.screen = .siteRules(siteID: siteID, position)
            return []
        }
        switch action {
        case .search:
            state.prompt = PromptState(purpose: .searchRules, fields: [TextField(state.rulesSearch)])
            return []
        case .back where !state.rulesSearch.isEmpty:
            state.rulesSearch = ""
            position = ListPosition()
        case .back, .siteRules:
            AppUpdate.pop(&state)
            return []
        case .arrival:
            state.stack.append(.arrival(siteID: siteID, ListPosition()))
            return []
        default: break
        }
        position.scroll = min(max(0, position.scroll), maxScroll)
        state.screen = .siteRules(siteID: siteID, position)
        return []
    }

    static func render(_ state: AppState, _ siteID: String, _ position: ListPosition, into grid: inout Grid, _ area: Rect) {
        guard let site = state.site(siteID) else { return }
        let used = grid.put(state.t("Site rules", "现场规范"), column: area.column + 2, row: area.row, role: .title)
        if !state.rulesSearch.isEmpty {
            grid.put(state.t("  search: ", "  搜索:") + state.rulesSearch + state.t("  (Esc clears)", "(Esc 清除)"), column: area.column + 2 + used, row: area.row,
                     role: .accent, maxWidth: area.width - 14 - used)
        }
        let all = lines(state, site, width: area.width - 4)
        let visible = area.height - 1
        for (index, line) in all.dropFirst(position.scroll).prefix(visible).enumerated() {
            grid.put(line.0, column: area.column + 2, row: area.row + 1 + index, role: line.1, maxWidth: area.width - 4)
        }
        if all.count > visible {
            let shown = min(all.count, position.scroll + visible)
            grid.put("\(shown)/\(all.count)", column: area.right - 10, row: area.row, role: .muted)
        }
    }
}
