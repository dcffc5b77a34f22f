/// A company's on-site service standard: the checklists and rules a site follows.
public struct ServiceStandard: Hashable, Sendable {
    public var id: String
    public var version: Int
    public var name: LocalizedText
    public var arrival: [ChecklistSection]
    public var siteRules: [RuleSection]
    /// SHA-256 of the exact TOML text (hex), set when the standard is read from text.
    public var sha256: String

    public init(id: String, version: Int, name: LocalizedText, arrival: [ChecklistSection], siteRules: [RuleSection], sha256: String = "") {
        self.sha256 = sha256
        self.id = id
        self.version = version
        self.name = name
        self.arrival = arrival
        self.siteRules = siteRules
    }

    /// The reference a site stores to say which standard it follows.
    public var reference: StandardReference { StandardReference(id: id, version: version, sha256: sha256) }

    /// Every arrival item in order.
    public var arrivalItems: [ChecklistItemDefinition] { arrival.flatMap(\.items) }

    /// An arrival item by id.
    public func arrivalItem(_ id: String) -> ChecklistItemDefinition? {
        arrivalItems.first { $0.id == id }
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
