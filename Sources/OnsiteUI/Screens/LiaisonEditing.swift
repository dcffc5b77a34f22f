import Foundation
import OnsiteCore

/// Adding and changing the client's liaison people from the arrival checklist, with the site form's rules.
enum LiaisonEditing {
    /// Saves the prompt's name, duties and phone; returns why it was refused, if it was.
    static func save(
        _ purpose: PromptPurpose, _ values: [String], _ siteID: String,
        _ state: inout AppState, _ env: AppEnvironment, _ effects: inout [Effect]
    ) -> LocalizedText? {
        guard var site = state.site(siteID) else { return nil }
        var draft = SiteDraft(profile: site.profile)
        draft.liaisons.removeAll { $0.id == nil && $0.name.isEmpty && $0.role.isEmpty && $0.phone.isEmpty }
        let row = SiteDraft.LiaisonRow(name: values[safe: 0] ?? "", role: values[safe: 1] ?? "", phone: values[safe: 2] ?? "")
        let index: Int
        if case .editLiaison(let id) = purpose, let existing = draft.liaisons.firstIndex(where: { $0.id == id }) {
            draft.liaisons[existing].name = row.name
            draft.liaisons[existing].role = row.role
            draft.liaisons[existing].phone = row.phone
            index = existing
        } else {
            draft.liaisons.append(row)
            index = draft.liaisons.count - 1
        }
        if row.name.trimmingCharacters(in: .whitespaces).isEmpty {
            return Messages.field(.required).prefixed(LocalizedText(en: "Name: ", zh: "姓名:"))
        }
        switch draft.validate(ids: env.ids) {
        case .failure(let errors):
            let mine: [(SiteField, LocalizedText)] = [(.liaisonName(index), LocalizedText(en: "Name: ", zh: "姓名:")),
                                                      (.liaisonRole(index), LocalizedText(en: "Duties: ", zh: "职责:")),
                                                      (.liaisonPhone(index), LocalizedText(en: "Phone: ", zh: "电话:"))]
            for (field, label) in mine { if let problem = errors.problems[field] { return Messages.field(problem).prefixed(label) } }
            return LocalizedText(en: "The site's details need correcting first (E on the home screen).", zh: "请先更正现场信息(在主页按 E)。")
        case .success(let profile):
            site.profile = profile
            state.store(site)
            effects = [.saveSite(site)]
            return nil
        }
    }
}

extension LocalizedText {
    /// This text with a label before it, in both languages.
    func prefixed(_ label: LocalizedText) -> LocalizedText {
        LocalizedText(en: label.en + en, zh: label.zh + zh)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
