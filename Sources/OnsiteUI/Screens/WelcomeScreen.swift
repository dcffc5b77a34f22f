import Foundation
import OnsiteCore

/// The first screen: the list of sites on this laptop (client, phase, days, unsigned days, problems),
/// the archive under the open ones, a new site, the demo sites.
enum WelcomeScreen {
    enum Entry: Hashable {
        case site(String)
        case newSite
        case demo
        case quit
    }

    /// Open sites first (newest first), then the archive.
    static func orderedSites(_ state: AppState) -> [Site] {
        let open = state.sites.filter { $0.archivedAt == nil }.sorted { $0.createdAt > $1.createdAt }
        let archived = state.sites.filter { $0.archivedAt != nil }.sorted { ($0.archivedAt ?? $0.createdAt) > ($1.archivedAt ?? $1.createdAt) }
        return open + archived
    }

    static func entries(_ state: AppState) -> [Entry] {
        var entries = orderedSites(state).map { Entry.site($0.id) }
        entries.append(.newSite)
        if state.site(DemoSite.id) == nil || state.site(DemoSite.closedID) == nil { entries.append(.demo) }
        entries.append(.quit)
        return entries
    }

    /// First row of the list inside the content area (the column heads are on the row above).
    static let listTop = 6

    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .welcome(var position) = state.screen else { return [] }
        let list = entries(state)
        let visible = max(1, state.height - 3 - listTop)
        if position.apply(action, count: list.count, visible: visible) {
            state.screen = .welcome(position)
            return []
        }
        let selected = list[safe: position.selection]
        switch action {
        case .newSite: return open(.newSite, &state, env)
        case .demoSite: return open(.demo, &state, env)
        case .open:
            guard let selected else { return [] }
            return open(selected, &state, env)
        case .archive:
            guard case .site(let id)? = selected, let site = state.site(id) else { return [] }
            return toggleArchive(site, &state, env)
        case .deleteSite:
            guard case .site(let id)? = selected, let site = state.site(id) else { return [] }
            ExitPrompts.open(.deleteSite(id: id), site, &state, env)
        default: break
        }
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

    /// Archives an open site, or brings an archived one back to the list (a closed site stays read-only).
    private static func toggleArchive(_ site: Site, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        let name = TextSanitizer.singleLine(site.profile.name)
        if site.archivedAt == nil {
            let effects = AppUpdate.change(site.id, &state) { $0.archive(at: env.now) }
            state.message = StatusMessage(LocalizedText(en: "\(name) moved to the archive: read-only; a restores it.",
                                                        zh: "\(name) 已归档:只读;按 a 可恢复。"), .success)
            return effects
        }
        let effects = AppUpdate.change(site.id, &state) { try $0.restoreFromArchive() }
        if !effects.isEmpty {
            state.message = StatusMessage(site.closedAt == nil
                ? LocalizedText(en: "\(name) is back in the list and can be changed again.", zh: "\(name) 已恢复,可以再次修改。")
                : LocalizedText(en: "\(name) is back in the list; it stays closed and read-only.", zh: "\(name) 已恢复到列表;现场已关闭,仍为只读。"), .success)
        }
        return effects
    }

    /// Submit of the delete form: the typed name must match; the site's folder then goes to the trash folder.
    static func delete(_ id: String, typed: String, _ state: inout AppState) -> PromptOutcome {
        guard let site = state.site(id) else { return .done([]) }
        let name = TextSanitizer.singleLine(site.profile.name).trimmingCharacters(in: .whitespaces)
        guard TextSanitizer.singleLine(typed).trimmingCharacters(in: .whitespaces) == name else {
            return .refused(LocalizedText(en: "The name does not match. Type \"\(name)\" exactly to delete it.", zh: "名称不一致。请准确输入“\(name)”以删除。"))
        }
        return .done([.trashSite(id)])
    }

    /// Opens the demo site, creating it and the closed demo site (in the interface's language) when missing.
    static func openDemo(_ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        var effects: [Effect] = []
        if state.site(DemoSite.id) == nil {
            let (demo, days) = DemoSite.makeWithDays(standard: state.standard, clock: env.clock, ids: env.ids, language: state.language, signer: env.signer)
            effects += store(demo, days, &state)
        }
        if state.site(DemoSite.closedID) == nil {
            let (closed, days) = DemoSite.makeClosed(standard: state.standard, clock: env.clock, ids: env.ids, language: state.language, signer: env.signer)
            effects += store(closed, days, &state)
        }
        state.stack.append(.home(siteID: DemoSite.id, ListPosition()))
        return effects
    }

    /// Puts a new site and its days in place; each day's save writes the site after it.
    private static func store(_ site: Site, _ days: [WorkDay], _ state: inout AppState) -> [Effect] {
        state.store(site)
        if days.isEmpty { return [.saveSite(site)] }
        return days.map { day in
            state.store(day)
            return .saveDay(site, day)
        }
    }
}
