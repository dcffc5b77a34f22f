import OnsiteCore

/// The arrival checklist: every item of the standard's arrival phase, by section.
enum ArrivalScreen {
    enum Row: Hashable {
        case heading(ChecklistSection)
        case item(ChecklistItemDefinition, index: Int)
    }

    static let footerHeight = 4

    static func rows(_ standard: ServiceStandard) -> [Row] {
        var rows: [Row] = []
        var index = 0
        for section in standard.arrival {
            rows.append(.heading(section))
            for item in section.items {
                rows.append(.item(item, index: index))
                index += 1
            }
        }
        return rows
    }

    /// Rows available to the list in a content area.
    static func listHeight(_ state: AppState) -> Int { max(1, state.height - 3 - 2 - footerHeight) }

    /// First content row of the list.
    static let listTop = 2

    /// Keeps the selected item (and its heading, when it opens a section) inside the window.
    static func scrolled(_ position: ListPosition, _ state: AppState) -> ListPosition {
        var result = position
        let all = rows(state.currentStandard)
        guard let rowIndex = all.firstIndex(where: { if case .item(_, let i) = $0 { i == position.selection } else { false } }) else { return result }
        let visible = listHeight(state)
        let wanted = rowIndex > 0 && { if case .heading = all[rowIndex - 1] { true } else { false } }() ? rowIndex - 1 : rowIndex
        if wanted < result.scroll { result.scroll = wanted }
        if rowIndex >= result.scroll + visible { result.scroll = rowIndex - visible + 1 }
        result.scroll = min(max(0, result.scroll), max(0, all.count - visible))
        return result
    }

    static func handle(_ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .arrival(let siteID, var position) = state.screen else { return [] }
        let items = state.currentStandard.arrivalItems
        let page = listHeight(state)
        var effects: [Effect] = []
        switch action {
        case .moveUp: position.selection -= 1
        case .moveDown: position.selection += 1
        case .pageUp: position.selection -= page
        case .pageDown: position.selection += page
        case .first: position.selection = 0
        case .last: position.selection = items.count - 1
        case .nextPane, .previousPane:
            position.selection = sectionStart(from: position.selection, forward: action == .nextPane, state.currentStandard)
        case .back:
            AppUpdate.pop(&state)
            return []
        case .siteRules:
            state.stack.append(.siteRules(siteID: siteID, ListPosition()))
            return []
        case .open:
            guard items.indices.contains(position.selection) else { return [] }
            state.stack.append(.arrivalItem(siteID: siteID, itemID: items[position.selection].id, ListPosition()))
            return []
        case .toggle:
            guard items.indices.contains(position.selection) else { return [] }
            effects = ArrivalActions.toggle(items[position.selection], siteID, &state, env)
        case .notApplicable:
            guard items.indices.contains(position.selection) else { return [] }
            ArrivalActions.askReason(items[position.selection], siteID, &state)
        case .editNote:
            guard items.indices.contains(position.selection) else { return [] }
            ArrivalActions.askNote(items[position.selection], siteID, &state)
        default: break
        }
        position.selection = min(max(0, position.selection), max(0, items.count - 1))
        state.screen = .arrival(siteID: siteID, scrolled(position, state))
        return effects
    }

    private static func sectionStart(from selection: Int, forward: Bool, _ standard: ServiceStandard) -> Int {
        var starts: [Int] = []
        var index = 0
        for section in standard.arrival {
            starts.append(index)
            index += section.items.count
        }
        if forward { return starts.first { $0 > selection } ?? starts.first ?? 0 }
        return starts.last { $0 < selection } ?? starts.last ?? 0
    }
}
