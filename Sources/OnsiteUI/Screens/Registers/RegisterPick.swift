import OnsiteCore

/// A list to pick from, shown over a register screen: which step, where the highlight stands, and the filter typed.
public struct RegisterPick: Codable, Hashable, Sendable {
    /// What is being picked; earlier picks ride along.
    public enum Step: Codable, Hashable, Sendable {
        /// A conduct entry: whom it is about.
        case crewMember(date: LocalDate)
        /// A conduct entry: incident or commendation.
        case conductKind(crewMemberID: String, date: LocalDate)
        /// A conduct entry: the rule broken, or the quality shown.
        case conductReference(crewMemberID: String, kind: ConductKind, date: LocalDate)
        /// A problem's report: to whom.
        case reportRecipient(problemID: String)
        /// A problem's report: how.
        case reportChannel(problemID: String, to: ReportRecipient)
    }

    public var step: Step
    public var position: ListPosition
    /// Typed text that narrows the list (printable keys go here, never to commands).
    public var filter: TextField

    public init(_ step: Step) {
        self.step = step
        position = ListPosition()
        filter = TextField()
    }
}

/// One line of a picker.
struct PickOption: Hashable {
    /// What choosing the line does.
    enum Value: Hashable {
        case crewMember(String)
        case conductKind(ConductKind)
        /// A reference as the standard or the site words it.
        case reference(String)
        /// Nothing in the list fits: type it.
        case other
        case recipient(ReportRecipient)
        case channel(ReportChannel)
    }

    var text: String
    /// Where the line comes from ("Loses trust", a rule section, "Client's rule"), if it matters.
    var group: String
    var value: Value
}

extension RegisterPick {
    /// The lines of the current step that match the filter ("type it" always stays last).
    func options(_ state: AppState) -> [PickOption] {
        let all = allOptions(state)
        let typed = filter.text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !typed.isEmpty else { return all }
        return all.filter { $0.value == .other || $0.text.lowercased().contains(typed) || $0.group.lowercased().contains(typed) }
    }

    private func allOptions(_ state: AppState) -> [PickOption] {
        let site = state.screen.siteID.flatMap { state.site($0) }
        let standard = state.currentStandard
        let language = state.language
        let clean = RegisterWords.oneLine
        switch step {
        case .crewMember:
            return (site?.profile.crew ?? []).map { PickOption(text: clean($0.name), group: clean($0.role), value: .crewMember($0.id)) }
        case .conductKind:
            return [
                PickOption(text: RegisterWords.conduct(.incident).text(in: language), group: state.t("a rule broken", "违反规定"), value: .conductKind(.incident)),
                PickOption(text: RegisterWords.conduct(.commendation).text(in: language), group: state.t("trust won", "赢得信任"), value: .conductKind(.commendation)),
            ]
        case .conductReference(_, let kind, _):
            var options: [PickOption] = []
            if kind == .incident {
                options += standard.trustLost.map { PickOption(text: clean($0.text(in: language)), group: state.t("Loses trust", "失去信任"), value: .reference($0.text(in: language))) }
                for section in standard.siteRules {
                    let group = clean(section.title.text(in: language))
                    options += section.rules.map { PickOption(text: clean($0.text(in: language)), group: group, value: .reference($0.text(in: language))) }
                }
                options += (site?.arrival.clientRules ?? []).map { PickOption(text: clean($0.text), group: state.t("Client's rule", "客户规定"), value: .reference($0.text)) }
            } else {
                options += standard.trustWon.map { PickOption(text: clean($0.text(in: language)), group: state.t("Wins trust", "赢得信任"), value: .reference($0.text(in: language))) }
            }
            return options + [PickOption(text: state.t("Something else: type it", "其他:自己填写"), group: "", value: .other)]
        case .reportRecipient:
            return ReportRecipient.allCases.map { PickOption(text: RegisterWords.recipient($0).text(in: language), group: "", value: .recipient($0)) }
        case .reportChannel:
            return ReportChannel.allCases.map { PickOption(text: RegisterWords.channel($0).text(in: language), group: "", value: .channel($0)) }
        }
    }
}
