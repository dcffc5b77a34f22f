import OnsiteCore

/// The checklist actions both the list and the item screen offer.
enum ArrivalActions {
    /// Space: an open item is marked done (if what it needs is recorded); a resolved one is reopened.
    static func toggle(_ item: ChecklistItemDefinition, _ siteID: String, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard let site = state.site(siteID) else { return [] }
        if site.arrival.record(for: item.id).state == .open {
            return AppUpdate.change(siteID, &state) { try $0.markDone(item, at: env.now) }
        }
        return AppUpdate.change(siteID, &state) { $0.reopen(item) }
    }

    /// n: asks why the item does not apply.
    static func askReason(_ item: ChecklistItemDefinition, _ siteID: String, _ state: inout AppState) {
        let current = state.site(siteID)?.arrival.record(for: item.id).reason ?? ""
        state.prompt = PromptState(purpose: .notApplicable(itemID: item.id), fields: [TextField(current)])
    }

    /// e: edits the item's note.
    static func askNote(_ item: ChecklistItemDefinition, _ siteID: String, _ state: inout AppState) {
        let current = state.site(siteID)?.arrival.record(for: item.id).note ?? ""
        state.prompt = PromptState(purpose: .note(itemID: item.id), fields: [TextField(current, multiline: true)])
    }
}
