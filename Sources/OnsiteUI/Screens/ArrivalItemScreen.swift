import OnsiteCore

/// One arrival item: its state, note and the records it keeps (rules, acknowledgments, areas, liaisons).
enum ArrivalItemScreen {
    enum Entry: Hashable {
        case status, note, files
        case rule(ClientRule), addRule, written
        case crew(CrewMember)
        case workArea, storageArea, custody(Custody), addCustody
        case liaison(Liaison), addLiaison
    }

    static func entries(_ site: Site, _ item: ChecklistItemDefinition) -> [Entry] {
        var entries: [Entry] = [.status, .note]
        if !(site.arrival.items[item.id]?.attachments ?? []).isEmpty { entries.append(.files) }
        switch item.kind {
        case .check: break
        case .clientRules: entries += [.written] + site.arrival.clientRules.map(Entry.rule) + [.addRule]
        case .relayToCrew: entries += site.profile.crew.map(Entry.crew)
        case .areas: entries += [.workArea, .storageArea] + site.arrival.custody.map(Entry.custody) + [.addCustody]
        case .liaisons: entries += site.profile.liaisons.map(Entry.liaison) + [.addLiaison]
        }
        return entries
    }

    /// Rows above the entry list: title, help, state and gaps.
    static let headerHeight = 6

    static func listHeight(_ state: AppState) -> Int { max(1, state.height - 3 - headerHeight) }

    static func handle(_ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .arrivalItem(let siteID, let itemID, var position) = state.screen,
              let site = state.site(siteID), let item = state.currentStandard.arrivalItem(itemID) else { return [] }
        let list = entries(site, item)
        let visible = listHeight(state)
        let selected = list[safe: position.selection] ?? .status
        var effects: [Effect] = []
        if AttachActions.handle(action, siteID, .arrivalItem(itemID), &state) { return [] }
        switch action {
        case .moveUp: position.move(by: -1, count: list.count, visible: visible)
        case .moveDown: position.move(by: 1, count: list.count, visible: visible)
        case .pageUp: position.move(by: -visible, count: list.count, visible: visible)
        case .pageDown: position.move(by: visible, count: list.count, visible: visible)
        case .first: position.move(by: -list.count, count: list.count, visible: visible)
        case .last: position.move(by: list.count, count: list.count, visible: visible)
        case .back:
            AppUpdate.pop(&state)
            return []
        case .siteRules:
            state.stack.append(.siteRules(siteID: siteID, ListPosition()))
            return []
        case .open: effects = activate(selected, item, siteID, &state, env)
        case .toggle:
            switch selected {
            case .crew, .written, .status: effects = activate(selected, item, siteID, &state, env)
            default: effects = ArrivalActions.toggle(item, siteID, &state, env)
            }
        case .notApplicable: ArrivalActions.askReason(item, siteID, &state)
        case .editNote: ArrivalActions.askNote(item, siteID, &state)
        case .toggleWritten where item.kind == .clientRules:
            effects = activate(.written, item, siteID, &state, env)
        case .add:
            switch item.kind {
            case .clientRules: effects = activate(.addRule, item, siteID, &state, env)
            case .areas: effects = activate(.addCustody, item, siteID, &state, env)
            case .liaisons: effects = activate(.addLiaison, item, siteID, &state, env)
            default: break
            }
        case .remove:
            switch selected {
            case .rule(let rule): state.confirm = .removeRule(id: rule.id)
            case .custody(let custody): state.confirm = .removeCustody(id: custody.id)
            case .liaison(let liaison): state.confirm = .removeLiaison(id: liaison.id)
            default: break
            }
        default: break
        }
        if case .arrivalItem(siteID, itemID, _) = state.screen {
            let count = state.site(siteID).map { entries($0, item).count } ?? list.count
            position.clamp(count: count, visible: visible)
            state.screen = .arrivalItem(siteID: siteID, itemID: itemID, position)
        }
        return effects
    }

    /// Enter on an entry: toggle it, or open the small form that edits it.
    static func activate(_ entry: Entry, _ item: ChecklistItemDefinition, _ siteID: String, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        func ask(_ purpose: PromptPurpose, _ values: [String]) {
            state.prompt = PromptState(purpose: purpose, fields: values.map { TextField($0) })
        }
        let site = state.site(siteID)
        switch entry {
        case .status: return ArrivalActions.toggle(item, siteID, &state, env)
        case .note: ArrivalActions.askNote(item, siteID, &state)
        case .files: state.stack.append(.attachments(siteID: siteID, owner: .arrivalItem(item.id), ListPosition()))
        case .written: return AppUpdate.change(siteID, &state) { $0.arrival.rulesInWriting.toggle() }
        case .rule(let rule): ask(.editRule(id: rule.id), [rule.text])
        case .addRule: ask(.addRule, [""])
        case .crew(let member):
            if site?.arrival.hasAcknowledgedCurrentRules(member.id) == true {
                return AppUpdate.change(siteID, &state) { $0.withdrawAcknowledgment(crewMemberID: member.id) }
            }
            return AppUpdate.change(siteID, &state) { try $0.acknowledgeRules(crewMemberID: member.id, at: env.now) }
        case .workArea: ask(.workArea, [site?.arrival.workArea ?? ""])
        case .storageArea: ask(.storageArea, [site?.arrival.storageArea ?? ""])
        case .custody(let custody): ask(.editCustody(id: custody.id), [custody.items, custody.responsible])
        case .addCustody: ask(.addCustody, ["", ""])
        case .liaison(let liaison): ask(.editLiaison(id: liaison.id), [liaison.name, liaison.role, liaison.phone])
        case .addLiaison: ask(.addLiaison, ["", "", ""])
        }
        return []
    }
}
