import OnsiteCore

/// The form that sets up a new site or edits one. Typed text is never thrown away.
enum SiteFormScreen {
    static let labelWidth = 22

    /// The form's rows; a new site gets a standard chooser when the company has its own standards.
    static func rows(_ form: SiteFormState, _ state: AppState) -> [SiteFormRow] {
        SiteFormRow.rows(form.draft, choosingStandard: form.siteID == nil && state.choices.count > 1)
    }

    /// The standard a new site will follow.
    static func chosenStandard(_ form: SiteFormState, _ state: AppState) -> StandardDocument {
        form.standardChoice.flatMap { state.library[$0] } ?? state.choices.first.flatMap { state.library[$0] } ?? StandardLoader.defaultDocument
    }

    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .siteForm(var form) = state.screen else { return [] }
        let focusable = rows(form, state).filter(\.isFocusable)
        form.focus = min(max(0, form.focus), focusable.count - 1)
        let current = focusable[form.focus]
        var effects: [Effect] = []
        switch action {
        case .moveUp, .previousPane: focus(&form, form.focus - 1, focusable)
        case .moveDown, .nextPane: focus(&form, form.focus + 1, focusable)
        case .pageUp: focus(&form, form.focus - 8, focusable)
        case .pageDown: focus(&form, form.focus + 8, focusable)
        case .save:
            effects = save(&form, &state, env)
            return effects
        case .back:
            let key = form.siteID ?? AppState.newSiteKey
            let original = form.siteID.flatMap { state.site($0) }.map { SiteDraft(profile: $0.profile) } ?? SiteDraft()
            if form.draft == original {
                state.drafts.removeValue(forKey: key)
            } else {
                state.drafts[key] = form.draft
                state.message = StatusMessage(LocalizedText(en: "Your typing is kept; open the form again to continue.", zh: "已保留填写内容,再次打开表单即可继续。"))
            }
            AppUpdate.pop(&state)
            return []
        case .remove:
            removeRow(of: current, &form, state)
        case .open:
            switch current {
            case .addCrew:
                form.draft.crew.append(SiteDraft.CrewRow())
                focusField(.crewName(form.draft.crew.count - 1), &form, state)
            case .addLiaison:
                form.draft.liaisons.append(SiteDraft.LiaisonRow())
                focusField(.liaisonName(form.draft.liaisons.count - 1), &form, state)
            case .save:
                return save(&form, &state, env)
            case .standard:
                cycleStandard(&form, state, by: 1)
            default:
                focus(&form, form.focus + 1, focusable)
            }
        default:
            if current == .standard {
                if key == .left { cycleStandard(&form, state, by: -1) }
                if key == .right || key == .character(" ") { cycleStandard(&form, state, by: 1) }
            }
            if case .field(let field) = current {
                _ = edit(field, in: &form) { $0.handle(key) }
            }
        }
        state.screen = .siteForm(form)
        return effects
    }

    /// Inserts pasted text into the focused field; false when some of it was cut.
    static func insert(_ text: String, into form: inout SiteFormState, _ state: AppState) -> Bool {
        let focusable = rows(form, state).filter(\.isFocusable)
        guard focusable.indices.contains(form.focus), case .field(let field) = focusable[form.focus] else { return true }
        return edit(field, in: &form) { $0.insert(text) }
    }

    /// Edits one field of the draft as a text field at the form's cursor; returns what the edit returned.
    private static func edit(_ field: SiteField, in form: inout SiteFormState, _ change: (inout TextField) -> Bool) -> Bool {
        var input = TextField(form.draft.text(field))
        input.cursor = min(form.cursor, input.text.count)
        let result = change(&input)
        form.draft.setText(input.text, for: field)
        form.cursor = input.cursor
        return result
    }

    private static func cycleStandard(_ form: inout SiteFormState, _ state: AppState, by step: Int) {
        guard !state.choices.isEmpty else { return }
        let current = state.choices.firstIndex(of: chosenStandard(form, state).standard.sha256) ?? 0
        form.standardChoice = state.choices[(current + step + state.choices.count) % state.choices.count]
    }

    private static func focus(_ form: inout SiteFormState, _ index: Int, _ focusable: [SiteFormRow]) {
        form.focus = min(max(0, index), focusable.count - 1)
        if case .field(let field) = focusable[form.focus] { form.cursor = form.draft.text(field).count }
    }

    private static func focusField(_ field: SiteField, _ form: inout SiteFormState, _ state: AppState) {
        let focusable = rows(form, state).filter(\.isFocusable)
        if let index = focusable.firstIndex(of: .field(field)) { focus(&form, index, focusable) }
    }

    private static func removeRow(of row: SiteFormRow, _ form: inout SiteFormState, _ state: AppState) {
        guard case .field(let field) = row else { return }
        switch field {
        case .crewName(let i), .crewRole(let i):
            guard i > 0, form.draft.crew.indices.contains(i) else { return }
            form.draft.crew.remove(at: i)
        case .liaisonName(let i), .liaisonRole(let i), .liaisonPhone(let i):
            guard form.draft.liaisons.indices.contains(i) else { return }
            form.draft.liaisons.remove(at: i)
            if form.draft.liaisons.isEmpty { form.draft.liaisons = [SiteDraft.LiaisonRow()] }
        default: return
        }
        let focusable = rows(form, state).filter(\.isFocusable)
        focus(&form, form.focus, focusable)
    }

    /// The names of the other sites on this laptop (a site may keep its own name).
    static func takenNames(_ form: SiteFormState, _ state: AppState) -> [String] {
        state.sites.filter { $0.id != form.siteID }.map(\.profile.name)
    }

    private static func save(_ form: inout SiteFormState, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        switch form.draft.validate(ids: env.ids, takenNames: takenNames(form, state)) {
        case .failure(let errors):
            form.attemptedSave = true
            let focusable = rows(form, state).filter(\.isFocusable)
            if let first = focusable.firstIndex(where: { if case .field(let f) = $0 { errors.problems[f] != nil } else { false } }) {
                focus(&form, first, focusable)
            }
            state.screen = .siteForm(form)
            let count = errors.problems.count
            state.message = StatusMessage(LocalizedText(
                en: "Not saved yet: \(count) field\(count == 1 ? "" : "s") to correct (marked !). Nothing you typed is lost.",
                zh: "尚未保存:有\(count)处需要更正(标有 !)。已填写的内容不会丢失。"), .error)
            return []
        case .success(let profile):
            var site: Site
            if let id = form.siteID, let existing = state.site(id) {
                site = existing
                site.profile = profile
            } else {
                site = Site(id: env.ids.makeID(), isDemo: false, createdAt: env.now, standard: chosenStandard(form, state).standard.reference, profile: profile)
            }
            state.store(site)
            state.drafts.removeValue(forKey: form.siteID ?? AppState.newSiteKey)
            AppUpdate.pop(&state)
            if form.siteID == nil { state.stack.append(.home(siteID: site.id, ListPosition())) }
            state.message = StatusMessage(LocalizedText(en: "Site saved.", zh: "现场已保存。"), .success)
            return [.saveSite(site)]
        }
    }
}
