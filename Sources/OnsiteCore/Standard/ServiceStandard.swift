/// A company's on-site service standard: the checklists and rules a site follows.
public struct ServiceStandard: Hashable, Sendable {
    public var id: String
    public var version: Int
    public var name: LocalizedText
    public var arrival: [ChecklistSection]
    public var siteRules: [RuleSection]
    /// The end-of-day 5S cleanup the crew leader inspects, item by item, before the crew leaves.
    public var cleanup: [ChecklistItemDefinition]
    /// Safety points suggested as cautions at the morning briefing.
    public var safetyPoints: [LocalizedText]
    /// The personal protective equipment checked on every crew member at the briefing.
    public var ppe: [LocalizedText]
    /// What loses a client's trust: the rules an incident in the conduct log can name.
    public var trustLost: [LocalizedText]
    /// What wins a client's trust: the qualities a commendation in the conduct log can name.
    public var trustWon: [LocalizedText]
    /// The service levels ★ to ★★★★★ (five), the overall level of the satisfaction survey.
    public var serviceLevels: [LocalizedText] = []
    /// The key factors of a client's satisfaction, each scored in the survey.
    public var satisfactionFactors: [LocalizedText] = []
    /// SHA-256 of the exact TOML text (hex), set when the standard is read from text.
    public var sha256: String

    public init(
        id: String, version: Int, name: LocalizedText, arrival: [ChecklistSection], siteRules: [RuleSection],
        cleanup: [ChecklistItemDefinition] = [], safetyPoints: [LocalizedText] = [], ppe: [LocalizedText] = [],
        trustLost: [LocalizedText] = [], trustWon: [LocalizedText] = [], sha256: String = ""
    ) {
        self.sha256 = sha256
        self.id = id
        self.version = version
        self.name = name
        self.arrival = arrival
        self.siteRules = siteRules
        self.cleanup = cleanup
        self.safetyPoints = safetyPoints
        self.ppe = ppe
        self.trustLost = trustLost
        self.trustWon = trustWon
    }

    /// The reference a site stores to say which standard it follows.
    public var reference: StandardReference { StandardReference(id: id, version: version, sha256: sha256) }

    /// Every arrival item in order.
    public var arrivalItems: [ChecklistItemDefinition] { arrival.flatMap(\.items) }

    /// An arrival item by id.
    public func arrivalItem(_ id: String) -> ChecklistItemDefinition? {
        arrivalItems.first { $0.id == id }
    }

    /// A cleanup item by id.
    public func cleanupItem(_ id: String) -> ChecklistItemDefinition? {
        cleanup.first { $0.id == id }
    }

    /// This standard with each daily or exit list it leaves out (cleanup, safety points, PPE, trust lost and won, levels, factors)
    /// taken from `fallback`. A standard written before the daily part existed stays valid this way.
    /// The id, version and SHA-256 stay this standard's own: a site still names the text it started with.
    public func completed(with fallback: ServiceStandard) -> ServiceStandard {
        var standard = self
        if standard.cleanup.isEmpty { standard.cleanup = fallback.cleanup }
        if standard.safetyPoints.isEmpty { standard.safetyPoints = fallback.safetyPoints }
        if standard.ppe.isEmpty { standard.ppe = fallback.ppe }
        if standard.trustLost.isEmpty { standard.trustLost = fallback.trustLost }
        if standard.trustWon.isEmpty { standard.trustWon = fallback.trustWon }
        if standard.serviceLevels.isEmpty { standard.serviceLevels = fallback.serviceLevels }
        if standard.satisfactionFactors.isEmpty { standard.satisfactionFactors = fallback.satisfactionFactors }
        return standard
    }
}

/// A group of checklist items under one heading.
public struct ChecklistSection: Codable, Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    public var items: [ChecklistItemDefinition]
}

/// One item of a checklist, as the standard words it.
public struct ChecklistItemDefinition: Codable, Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    /// What doing it well looks like; shown on the item's screen.
    public var help: LocalizedText?
    public var required: Bool
    public var kind: ChecklistItemKind
}

/// A group of site rules (dress, behaviour, 5S).
public struct RuleSection: Codable, Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    public var rules: [LocalizedText]
    /// A section a company may leave out (shown as optional).
    public var optional: Bool

    public init(id: String, title: LocalizedText, rules: [LocalizedText], optional: Bool = false) {
        self.id = id
        self.title = title
        self.rules = rules
        self.optional = optional
    }
}
