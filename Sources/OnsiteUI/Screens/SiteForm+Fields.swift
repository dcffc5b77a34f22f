import OnsiteCore

/// The rows of the site form and how each field reads and writes the draft.
enum SiteFormRow: Hashable {
    /// Which standard a new site follows (shown when there is a choice).
    case standard
    case heading(LocalizedText)
    case field(SiteField)
    case addCrew
    case addLiaison
    case save

    var isFocusable: Bool {
        if case .heading = self { return false }
        return true
    }

    static func rows(_ draft: SiteDraft, choosingStandard: Bool = false) -> [SiteFormRow] {
        var rows: [SiteFormRow] = choosingStandard ? [.standard] : []
        rows += [.field(.name), .field(.address), .field(.client), .field(.projectManager),
                                   .field(.engineeringHead), .field(.plannedStart), .field(.plannedEnd)]
        rows.append(.heading(LocalizedText(en: "Crew (the first person is the crew leader)", zh: "安装小组(第一位为组长)")))
        for index in draft.crew.indices { rows += [.field(.crewName(index)), .field(.crewRole(index))] }
        rows.append(.addCrew)
        rows.append(.heading(LocalizedText(en: "Client's liaison people", zh: "客户配合人员")))
        for index in draft.liaisons.indices { rows += [.field(.liaisonName(index)), .field(.liaisonRole(index)), .field(.liaisonPhone(index))] }
        rows.append(.addLiaison)
        rows.append(.save)
        return rows
    }
}

extension SiteField {
    /// The label shown before the field.
    func label(_ state: AppState) -> String {
        switch self {
        case .name: state.t("Site name *", "现场名称 *")
        case .address: state.t("Address *", "地址 *")
        case .client: state.t("Client (company) *", "客户(公司)*")
        case .projectManager: state.t("Project manager *", "项目经理 *")
        case .engineeringHead: state.t("Engineering head *", "工程部部长 *")
        case .plannedStart: state.t("Planned start *", "计划开始 *")
        case .plannedEnd: state.t("Planned end *", "计划结束 *")
        case .crewName(let index): index == 0 ? state.t("Crew leader *", "组长 *") : state.t("Member \(index + 1)", "组员 \(index + 1)")
        case .crewRole: state.t("  role", "  岗位")
        case .liaisonName(let index): state.t("Person \(index + 1)", "配合人员 \(index + 1)")
        case .liaisonRole: state.t("  role, duties", "  职务、职责")
        case .liaisonPhone: state.t("  phone", "  电话")
        }
    }

    /// A hint shown in an empty field.
    func placeholder(_ state: AppState) -> String {
        switch self {
        case .plannedStart, .plannedEnd: state.t("YYYY-MM-DD", "年-月-日,如 2026-11-23")
        case .liaisonPhone: "+86 138 1234 5678"
        default: ""
        }
    }
}

extension SiteDraft {
    /// The typed text of a field.
    func text(_ field: SiteField) -> String {
        switch field {
        case .name: name
        case .address: address
        case .client: client
        case .projectManager: projectManager
        case .engineeringHead: engineeringHead
        case .plannedStart: plannedStart
        case .plannedEnd: plannedEnd
        case .crewName(let i): crew.indices.contains(i) ? crew[i].name : ""
        case .crewRole(let i): crew.indices.contains(i) ? crew[i].role : ""
        case .liaisonName(let i): liaisons.indices.contains(i) ? liaisons[i].name : ""
        case .liaisonRole(let i): liaisons.indices.contains(i) ? liaisons[i].role : ""
        case .liaisonPhone(let i): liaisons.indices.contains(i) ? liaisons[i].phone : ""
        }
    }

    /// Replaces the typed text of a field.
    mutating func setText(_ text: String, for field: SiteField) {
        switch field {
        case .name: name = text
        case .address: address = text
        case .client: client = text
        case .projectManager: projectManager = text
        case .engineeringHead: engineeringHead = text
        case .plannedStart: plannedStart = text
        case .plannedEnd: plannedEnd = text
        case .crewName(let i): if crew.indices.contains(i) { crew[i].name = text }
        case .crewRole(let i): if crew.indices.contains(i) { crew[i].role = text }
        case .liaisonName(let i): if liaisons.indices.contains(i) { liaisons[i].name = text }
        case .liaisonRole(let i): if liaisons.indices.contains(i) { liaisons[i].role = text }
        case .liaisonPhone(let i): if liaisons.indices.contains(i) { liaisons[i].phone = text }
        }
    }

    /// Whether nothing was typed at all.
    var isEmpty: Bool { self == SiteDraft() }
}
