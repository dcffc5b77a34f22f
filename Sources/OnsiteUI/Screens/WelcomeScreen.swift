import OnsiteCore

/// The first screen: the sites on this laptop, a new site, the demo site.
enum WelcomeScreen {
    enum Entry: Hashable {
        case site(String)
        case newSite
        case demo
        case quit
    }

    static func entries(_ state: AppState) -> [Entry] {
        var entries = state.sites.map { Entry.site($0.id) }
        entries.append(.newSite)
        if state.site(DemoSite.id) == nil { entries.append(.demo) }
        entries.append(.quit)
        return entries
    }

    /// First row of the list inside the content area.
    static let listTop = 6

    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .welcome(var position) = state.screen else { return [] }
        let list = entries(state)
        let visible = max(1, state.height - 3 - listTop)
        switch action {
        case .moveUp: position.move(by: -1, count: list.count, visible: visible)
        case .moveDown: position.move(by: 1, count: list.count, visible: visible)
        case .pageUp: position.move(by: -visible, count: list.count, visible: visible)
        case .pageDown: position.move(by: visible, count: list.count, visible: visible)
        case .first: position.move(by: -list.count, count: list.count, visible: visible)
        case .last: position.move(by: list.count, count: list.count, visible: visible)
        case .newSite:
            state.screen = .welcome(position)
            return open(.newSite, &state, env)
        case .demoSite:
            state.screen = .welcome(position)
            return open(.demo, &state, env)
        case .open:
            state.screen = .welcome(position)
            guard list.indices.contains(position.selection) else { return [] }
            return open(list[position.selection], &state, env)
        default: break
        }
        state.screen = .welcome(position)
        return []
    }

    static func open(_ entry: Entry, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        switch entry {
        case .site(let id):
            state.stack.append(.home(siteID: id, ListPosition()))
            return []
        case .newSite:
            let draft = state.drafts[AppState.newSiteKey] ?? SiteDraft()
            state.stack.append(.siteForm(SiteFormState(siteID: nil, draft: draft)))
            return []
        case .demo:
            return openDemo(&state, env)
        case .quit:
            return AppUpdate.requestQuit(&state)
        }
    }

    /// Opens the demo site, creating it (in the interface's language) if it is missing.
    static func openDemo(_ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        var effects: [Effect] = []
        if state.site(DemoSite.id) == nil {
            let (demo, days) = DemoSite.makeWithDays(standard: state.standard, clock: env.clock, ids: env.ids, language: state.language, signer: env.signer)
            state.store(demo)
            // Each day's save writes the site after it, so the site needs no save of its own.
            if days.isEmpty { effects.append(.saveSite(demo)) }
            for day in days {
                state.store(day)
                effects.append(.saveDay(demo, day))
            }
        }
        state.stack.append(.home(siteID: DemoSite.id, ListPosition()))
        return effects
    }

    static func render(_ state: AppState, _ position: ListPosition, into grid: inout Grid, _ area: Rect) {
        let x = area.column + 2
        let width = area.width - 4
        grid.put(state.t("Onsite — on-site service, step by step", "Onsite — 现场服务,一步一步来"), column: x, row: area.row + 1, role: .title)
        let intro = state.sites.isEmpty
            ? state.t("No site yet. Start a new site, or open the demo site to look around.", "还没有现场。新建一个现场,或打开示例现场看看。")
            : state.t("Choose a site, or start a new one.", "选择一个现场,或新建现场。")
        grid.paragraph(intro, in: Rect(column: x, row: area.row + 3, width: width, height: 2), role: .muted)
        let list = entries(state)
        let top = area.row + listTop
        let visible = max(1, area.bottom - top)
        let symbols = Symbols(unicode: state.unicodeLines)
        for (offset, entry) in list.enumerated().dropFirst(position.scroll).prefix(visible) {
            let row = top + offset - position.scroll
            let selected = offset == position.selection
            grid.listRow(label(entry, state, symbols, width: width), column: x, row: row, width: width, selected: selected, role: entry == .quit ? .muted : .normal)
        }
    }

    private static func label(_ entry: Entry, _ state: AppState, _ symbols: Symbols, width: Int) -> String {
        switch entry {
        case .site(let id):
            guard let site = state.site(id) else { return id }
            let progress = site.arrivalProgress(state.standard(for: site.id))
            let status = state.t("arrival \(progress.resolved)/\(progress.total)", "进场 \(progress.resolved)/\(progress.total)")
            let demo = site.isDemo ? " [DEMO]" : ""
            let name = TextSanitizer.singleLine(site.profile.name) + demo + " — " + TextSanitizer.singleLine(site.profile.client)
            let room = width - TextWidth.cells(of: status) - 4
            return " " + TextWidth.pad(name, to: room) + "  " + status
        case .newSite:
            return state.drafts[AppState.newSiteKey] == nil
                ? " + " + state.t("Start a new site", "新建现场")
                : " + " + state.t("Continue the new site you started", "继续填写未保存的新现场")
        case .demo:
            return " " + symbols.arrow + " " + state.t("Open the demo site (worked days, sign-offs, an overdue problem)", "打开示例现场(已有工作日、签字和逾期问题)")
        case .quit:
            return "   " + state.t("Quit", "退出")
        }
    }
}
