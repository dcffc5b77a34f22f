import OnsiteCore

/// One working day: its parts in the standard's order, each with where it stands, and the next step.
enum DayScreen {
    enum Entry: CaseIterable {
        case briefing, log, problems, extraWork, borrowings, materials, conduct, cleanup, review, signOff, departure
    }

    /// Rows above the list: date and state, next step, warnings.
    static let listTop = 4

    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .day(let siteID, let date, var position) = state.screen else { return [] }
        let count = Entry.allCases.count
        let visible = max(1, state.height - 3 - listTop)
        if position.apply(action, count: count, visible: visible) {
            state.screen = .day(siteID: siteID, date: date, position)
            return []
        }
        if action == .attachFile || action == .listFiles {
            state.screen = .day(siteID: siteID, date: date, position)
            guard state.day(siteID, date) != nil else {
                state.message = StatusMessage(LocalizedText(en: "Start the day first (Enter); then files can be attached to it.",
                                                            zh: "请先开始当天工作(回车),然后才能附加文件。"), .info)
                return []
            }
            _ = AttachActions.handle(action, siteID, .day(date), &state)
            return []
        }
        switch action {
        case .back:
            AppUpdate.pop(&state)
            return []
        case .exportReport:
            ExportPrompts.open(siteID: siteID, date: date, &state)
            return []
        case .amend:
            state.screen = .day(siteID: siteID, date: date, position)
            guard let day = state.day(siteID, date), day.isClosed else {
                state.message = StatusMessage(DayWords.error(.notClosed, state), .info)
                return []
            }
            state.prompt = PromptState(purpose: .day(.amend(date: date)), fields: [TextField("", multiline: false), TextField("")])
            return []
        case .open:
            state.screen = .day(siteID: siteID, date: date, position)
            if state.day(siteID, date) == nil {
                guard state.site(siteID)?.daySummary(date) == nil else {
                    state.message = StatusMessage(LocalizedText(en: "This day's file could not be read; see the message shown at start.",
                                                                zh: "无法读取这一天的文件,见启动时的提示。"), .error)
                    return []
                }
                guard date == state.today else {
                    state.message = StatusMessage(LocalizedText(en: "Only today can be started (\(state.today.isoText)); \(date.isoText) was not worked.",
                                                                zh: "只能开始今天(\(state.today.isoText))的工作;\(date.isoText) 没有工作记录。"), .error)
                    return []
                }
                return startDay(siteID, date, &state, env)
            }
            guard let entry = Entry.allCases[safe: position.selection] else { return [] }
            return open(entry, siteID, date, &state, env)
        default: break
        }
        state.screen = .day(siteID: siteID, date: date, position)
        return []
    }

    /// Creates the day's record (refused if the clock reads before the latest day).
    static func startDay(_ siteID: String, _ date: LocalDate, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard var site = state.site(siteID) else { return [] }
        do {
            let day = try site.openDay(date, at: env.now)
            state.store(site)
            state.store(day)
            state.message = StatusMessage(LocalizedText(en: "Day \(date.isoText) started.", zh: "\(date.isoText) 的工作已开始。"), .success)
            return [.saveDay(site, day)]
        } catch {
            state.message = StatusMessage(Messages.describe(error, state), .error)
            return []
        }
    }

    static func open(_ entry: Entry, _ siteID: String, _ date: LocalDate, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        switch entry {
        case .briefing: state.stack.append(.briefing(siteID: siteID, date: date, ListPosition()))
        case .log: state.stack.append(.log(siteID: siteID, date: date, ListPosition()))
        case .problems: state.stack.append(.register(siteID: siteID, kind: .problems, date: date, ListPosition()))
        case .extraWork: state.stack.append(.register(siteID: siteID, kind: .extraWork, date: date, ListPosition()))
        case .borrowings: state.stack.append(.register(siteID: siteID, kind: .borrowings, date: date, ListPosition()))
        case .materials: state.stack.append(.register(siteID: siteID, kind: .materials, date: date, ListPosition()))
        case .conduct: state.stack.append(.register(siteID: siteID, kind: .conduct, date: date, ListPosition()))
        case .cleanup: state.stack.append(.cleanup(siteID: siteID, date: date, ListPosition()))
        case .review: state.stack.append(.review(siteID: siteID, date: date, ListPosition()))
        case .signOff:
            // Before the pad, the client reads the record they sign; a signed day or one not ready goes to the signature screen.
            if let day = state.day(siteID, date), SignatureScreen.mode(day, state) == .pad {
                SignPreviewScreen.open(siteID, date, &state)
            } else {
                state.stack.append(.signature(siteID: siteID, date: date, SignaturePadState()))
            }
        case .departure:
            let effects = AppUpdate.changeDay(siteID, date, &state) { day, _ in try day.depart(at: env.now) }
            if !effects.isEmpty, let left = state.day(siteID, date)?.departedAt {
                state.message = StatusMessage(LocalizedText(en: "Departure recorded at \(left.clockTime).", zh: "已记录离开时间 \(left.clockTime)。"), .success)
            }
            return effects
        }
        return []
    }
}
