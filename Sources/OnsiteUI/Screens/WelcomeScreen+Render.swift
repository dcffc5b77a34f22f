import OnsiteCore

extension WelcomeScreen {
    static func render(_ state: AppState, _ position: ListPosition, into grid: inout Grid, _ area: Rect) {
        let x = area.column + 2
        let width = area.width - 4
        let many = state.sites.count > 1
        grid.put(many ? state.t("Sites", "现场列表") : state.t("Onsite — on-site service, step by step", "Onsite — 现场服务,一步一步来"),
                 column: x, row: area.row + 1, role: .title, maxWidth: width)
        let intro = state.sites.isEmpty
            ? state.t("No site yet. Start a new site, or open the demo sites to look around.", "还没有现场。新建一个现场,或打开示例现场看看。")
            : state.t("Choose a site, or start a new one. a archives or restores, x deletes (to the trash folder).",
                      "选择一个现场,或新建现场。按 a 归档或恢复,按 x 删除(移入回收站)。")
        grid.paragraph(intro, in: Rect(column: x, row: area.row + 2, width: width, height: 2), role: .muted)
        let columns = Columns(width: width)
        if !state.sites.isEmpty {
            grid.put(columns.line(name: state.t("Site — client", "现场 — 客户"), phase: state.t("Phase", "阶段"), days: state.t("Days", "天数"),
                                  unsigned: state.t("Unsigned", "未签"), problems: state.t("Problems", "问题")),
                     column: x, row: area.row + listTop - 1, role: .heading, maxWidth: width)
        }
        let list = entries(state)
        let top = area.row + listTop
        let visible = max(1, area.bottom - top)
        let symbols = Symbols(unicode: state.unicodeLines)
        for (offset, entry) in list.enumerated().dropFirst(position.scroll).prefix(visible) {
            let row = top + offset - position.scroll
            let selected = offset == position.selection
            let (text, role) = label(entry, state, symbols, columns)
            grid.listRow(text, column: x, row: row, width: width, selected: selected, role: role)
        }
    }

    /// The widths of the list's columns: the name takes what the numbers leave.
    struct Columns {
        var width: Int
        static let phase = 10, days = 5, unsigned = 9, problems = 15

        func line(name: String, phase: String, days: String, unsigned: String, problems: String) -> String {
            let nameWidth = max(8, width - 2 - Columns.phase - Columns.days - Columns.unsigned - Columns.problems)
            return " " + TextWidth.pad(TextWidth.truncate(name, to: nameWidth - 1), to: nameWidth) + TextWidth.pad(phase, to: Columns.phase)
                + TextWidth.pad(days, to: Columns.days) + TextWidth.pad(unsigned, to: Columns.unsigned) + problems
        }
    }

    private static func label(_ entry: Entry, _ state: AppState, _ symbols: Symbols, _ columns: Columns) -> (String, StyleRole) {
        switch entry {
        case .site(let id):
            guard let site = state.site(id) else { return (id, .normal) }
            var name = TextSanitizer.singleLine(site.profile.name) + (site.isDemo ? " [DEMO]" : "") + " — " + TextSanitizer.singleLine(site.profile.client)
            if site.archivedAt != nil { name = state.t("[archive] ", "[归档] ") + name }
            let phase: String
            if site.phase == .arrival {
                let progress = site.arrivalProgress(state.standard(for: site.id))
                phase = state.t("arrival \(progress.resolved)/\(progress.total)", "进场\(progress.resolved)/\(progress.total)")
            } else {
                phase = ExitWords.phase(site.phase).text(in: state.language)
            }
            let unsigned = site.days.filter { $0.state != .signed && $0.date < state.today }.count
            let open = site.registers.openProblems.count
            let overdue = site.registers.overdueProblems(on: state.today).count
            let problems = overdue > 0 ? state.t("\(open) open, \(overdue) late", "\(open)未决 \(overdue)逾期") : state.t("\(open) open", "\(open)未决")
            let line = columns.line(name: name, phase: phase, days: "\(site.days.count)", unsigned: "\(unsigned)", problems: problems)
            let role: StyleRole = site.archivedAt != nil ? .muted : (overdue > 0 || unsigned > 0 ? .warning : .normal)
            return (line, role)
        case .newSite:
            return (state.drafts[AppState.newSiteKey] == nil
                    ? " + " + state.t("Start a new site", "新建现场")
                    : " + " + state.t("Continue the new site you started", "继续填写未保存的新现场"), .normal)
        case .demo:
            return (" " + symbols.arrow + " " + state.t("Open the demo sites (one in full swing, one closed properly)", "打开示例现场(一个施工中,一个已规范关闭)"), .normal)
        case .quit:
            return ("   " + state.t("Quit", "退出"), .muted)
        }
    }
}
