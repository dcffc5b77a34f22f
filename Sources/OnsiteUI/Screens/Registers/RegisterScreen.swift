import OnsiteCore

/// One of the site's registers (problems, extra work, borrowings, materials short, conduct), opened from a day:
/// every entry of the site, with counts; new entries belong to that day.
enum RegisterScreen {
    /// One line of a register.
    enum Entry: Hashable {
        case problem(Problem)
        case extraWork(ExtraWork)
        case borrowing(Borrowing)
        case shortage(MaterialShortage)
        case conduct(ConductEntry)

        var id: String {
            switch self {
            case .problem(let entry): entry.id
            case .extraWork(let entry): entry.id
            case .borrowing(let entry): entry.id
            case .shortage(let entry): entry.id
            case .conduct(let entry): entry.id
            }
        }
    }

    /// The entries of a register in the order the list shows them.
    static func entries(_ kind: RegisterKind, _ site: Site) -> [Entry] {
        let registers = site.registers
        switch kind {
        case .problems:
            let order = ProblemStatus.allCases
            return registers.problems.enumerated().sorted { a, b in
                let left = (order.firstIndex(of: a.element.status) ?? 0, a.element.day, a.offset)
                let right = (order.firstIndex(of: b.element.status) ?? 0, b.element.day, b.offset)
                return left < right
            }.map { .problem($0.element) }
        case .extraWork:
            return registers.extraWork.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map { .extraWork($0.element) }
        case .borrowings:
            return (registers.borrowings.filter { !$0.isReturned } + registers.borrowings.filter(\.isReturned)).map(Entry.borrowing)
        case .materials:
            let order = ShortageStatus.allCases
            let far = LocalDate(year: 2200, month: 12, day: 31)
            return registers.materials.enumerated().sorted { a, b in
                let left = (order.firstIndex(of: a.element.status) ?? 0, a.element.neededBy ?? far, a.offset)
                let right = (order.firstIndex(of: b.element.status) ?? 0, b.element.neededBy ?? far, b.offset)
                return left < right
            }.map { .shortage($0.element) }
        case .conduct:
            let crew = site.profile.crew.map(\.id)
            return registers.conduct.enumerated().sorted { a, b in
                let left = (crew.firstIndex(of: a.element.crewMemberID) ?? crew.count, a.offset)
                let right = (crew.firstIndex(of: b.element.crewMemberID) ?? crew.count, b.offset)
                return left < right
            }.map { .conduct($0.element) }
        }
    }

    /// Keys on a register: move, add, and the register's own action on the selected entry.
    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .register(let siteID, let kind, let date, var position) = state.screen, let site = state.siteWithHistory(siteID) else { return [] }
        let list = entries(kind, site)
        let visible = RegisterLayout.listHeight(state)
        // The list may have changed since the last key (an entry removed, a status moved): keep the highlight on it.
        position.clamp(count: list.count, visible: visible)
        if RegisterLayout.move(action, &position, count: list.count, visible: visible) {
            state.screen = .register(siteID: siteID, kind: kind, date: date, position)
            return []
        }
        let selected = list[safe: position.selection]
        if action == .attachFile || action == .listFiles {
            state.screen = .register(siteID: siteID, kind: kind, date: date, position)
            switch selected {
            case .extraWork(let work): _ = AttachActions.handle(action, siteID, .extraWork(work.id), &state)
            case .problem(let problem): _ = AttachActions.handle(action, siteID, .problem(problem.id), &state)
            default:
                state.message = StatusMessage(LocalizedText(en: "Files attach to a problem or to extra work: select one first.",
                                                            zh: "附件可附加到问题或追加工作:请先选中一条。"), .info)
            }
            return []
        }
        switch action {
        case .back:
            AppUpdate.pop(&state)
            return []
        case .add:
            add(kind, site, date, &state, env)
            return []
        case .open:
            switch selected {
            case .problem(let problem):
                state.stack.append(.problem(siteID: siteID, problemID: problem.id, date: date, ListPosition()))
                return []
            case .borrowing(let borrowing): askReturn(borrowing, &state)
            case .shortage(let shortage): return state.refuseArchived(shortage.id, siteID: siteID) ? [] : nextStatus(shortage, siteID, &state, env)
            default: break
            }
        case .returnItem:
            if case .borrowing(let borrowing) = selected { askReturn(borrowing, &state) }
        case .nextStatus:
            if case .shortage(let shortage) = selected, !state.refuseArchived(shortage.id, siteID: siteID) { return nextStatus(shortage, siteID, &state, env) }
        case .remove:
            switch selected {
            case .extraWork(let work):
                if let summary = site.daySummary(work.day), summary.state.isClosed {
                    state.message = StatusMessage(DayWords.error(.dayClosed(summary.state), state), .error)
                } else {
                    state.prompt = PromptState(purpose: .register(.removeExtraWork(id: work.id)), fields: [])
                }
            case .some:
                state.message = StatusMessage(LocalizedText(en: "Entries of this register are kept as a record; only extra work entered by mistake can be removed.",
                                                            zh: "此登记的条目作为记录保留;只有误录的追加工作可以删除。"), .info)
            case nil: break
            }
        default: break
        }
        return []
    }

    /// Opens the form (or the picker) that adds an entry to the register.
    private static func add(_ kind: RegisterKind, _ site: Site, _ date: LocalDate, _ state: inout AppState, _ env: AppEnvironment) {
        func ask(_ prompt: RegisterPrompt, _ values: [String]) {
            state.prompt = PromptState(purpose: .register(prompt), fields: values.map { TextField($0) })
        }
        if kind == .problems || kind == .extraWork, let summary = site.daySummary(date), summary.state.isClosed {
            state.message = StatusMessage(DayWords.error(.dayClosed(summary.state), state), .error)
            return
        }
        switch kind {
        case .problems: ask(.addProblem(date: date), ["", RegisterWords.severity(.medium).text(in: state.language), "", ""])
        case .extraWork:
            ask(.addExtraWork(date: date), ["", "", "", env.now.clockTime])
        case .borrowings: ask(.borrow, ["", "", ""])
        case .materials: ask(.addShortage, ["", "", ""])
        case .conduct:
            guard !site.profile.crew.isEmpty else {
                state.message = StatusMessage(LocalizedText(en: "The site has no crew yet: add the crew in the site's details (E on the site's home screen).",
                                                            zh: "现场还没有组员:请在现场信息中添加(现场主页按 E)。"), .error)
                return
            }
            RegisterPicker.open(.crewMember(date: date), &state)
        }
    }

    /// Asks in what condition a borrowed item came back (or says when it already did).
    private static func askReturn(_ borrowing: Borrowing, _ state: inout AppState) {
        if let back = borrowing.returnedAt {
            state.message = StatusMessage(LocalizedText(en: "Already returned on \(back.shortText).", zh: "已于 \(back.shortText) 归还。"), .info)
            return
        }
        state.prompt = PromptState(purpose: .register(.returnBorrowing(id: borrowing.id)), fields: [TextField()])
    }

    /// Moves a shortage on: open → ordered → arrived → open; the highlight stays on it.
    private static func nextStatus(_ shortage: MaterialShortage, _ siteID: String, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        let order = ShortageStatus.allCases
        let next = order[((order.firstIndex(of: shortage.status) ?? 0) + 1) % order.count]
        let now = Timestamp(clock: env.clock)
        let effects = AppUpdate.change(siteID, &state) { try $0.setShortageStatus(shortage.id, next, at: now) }
        if !effects.isEmpty {
            select(shortage.id, &state)
            let name = RegisterWords.oneLine(shortage.item)
            state.message = StatusMessage(LocalizedText(en: "\(name): \(RegisterWords.shortage(next).en).", zh: "\(name):\(RegisterWords.shortage(next).zh)。"), .success)
        }
        return effects
    }

    /// Puts the highlight on an entry (after it was added or moved in the order).
    static func select(_ id: String, _ state: inout AppState) {
        guard case .register(let siteID, let kind, let date, var position) = state.screen, let site = state.siteWithHistory(siteID) else { return }
        let list = entries(kind, site)
        guard let index = list.firstIndex(where: { $0.id == id }) else { return }
        position.selection = index
        position.clamp(count: list.count, visible: RegisterLayout.listHeight(state))
        state.screen = .register(siteID: siteID, kind: kind, date: date, position)
    }
}
