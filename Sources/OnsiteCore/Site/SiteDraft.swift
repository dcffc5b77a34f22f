import Foundation

/// The site form as typed: raw text, kept whole whatever validation says.
public struct SiteDraft: Codable, Hashable, Sendable {
    /// A row of the liaison list as typed.
    public struct LiaisonRow: Codable, Hashable, Sendable {
        public var id: String?
        public var name = ""
        public var role = ""
        public var phone = ""
        public init(id: String? = nil, name: String = "", role: String = "", phone: String = "") {
            self.id = id; self.name = name; self.role = role; self.phone = phone
        }
        var isBlank: Bool { [name, role, phone].allSatisfy { $0.trimmed.isEmpty } }
    }

    /// A row of the crew list as typed.
    public struct CrewRow: Codable, Hashable, Sendable {
        public var id: String?
        public var name = ""
        public var role = ""
        public init(id: String? = nil, name: String = "", role: String = "") {
            self.id = id; self.name = name; self.role = role
        }
        var isBlank: Bool { name.trimmed.isEmpty && role.trimmed.isEmpty }
    }

    public var name = ""
    public var address = ""
    public var client = ""
    public var projectManager = ""
    public var engineeringHead = ""
    public var plannedStart = ""
    public var plannedEnd = ""
    public var liaisons: [LiaisonRow] = [LiaisonRow()]
    public var crew: [CrewRow] = [CrewRow()]

    public init() {}

    /// A draft holding what a site has now (to edit it).
    public init(profile: SiteProfile) {
        name = profile.name
        address = profile.address
        client = profile.client
        projectManager = profile.projectManager
        engineeringHead = profile.engineeringHead
        plannedStart = profile.plannedStart.isoText
        plannedEnd = profile.plannedEnd.isoText
        liaisons = profile.liaisons.map { LiaisonRow(id: $0.id, name: $0.name, role: $0.role, phone: $0.phone) }
        crew = profile.crew.map { CrewRow(id: $0.id, name: $0.name, role: $0.role) }
        if liaisons.isEmpty { liaisons = [LiaisonRow()] }
        if crew.isEmpty { crew = [CrewRow()] }
    }

    /// A site name as compared for sameness: case folded, runs of spaces as one.
    public static func nameKey(_ name: String) -> String {
        TextSanitizer.singleLine(name).lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Longest single field accepted.
    public static let maxFieldLength = 200

    /// Checks every field; returns the profile, or every problem by field. A name already used by another
    /// site (`takenNames`, compared without case and extra spaces) is refused: two sites must not be confused.
    public func validate(ids: any IdSource, takenNames: [String] = []) -> Result<SiteProfile, SiteDraftErrors> {
        var problems: [SiteField: FieldProblem] = [:]
        func required(_ text: String, _ field: SiteField) -> String {
            let clean = TextSanitizer.singleLine(text.trimmed).trimmed
            if clean.isEmpty { problems[field] = .required }
            else if clean.count > SiteDraft.maxFieldLength { problems[field] = .tooLong(limit: SiteDraft.maxFieldLength) }
            return clean
        }
        func optional(_ text: String, _ field: SiteField) -> String {
            let clean = TextSanitizer.singleLine(text.trimmed).trimmed
            if clean.count > SiteDraft.maxFieldLength { problems[field] = .tooLong(limit: SiteDraft.maxFieldLength) }
            return clean
        }
        func date(_ text: String, _ field: SiteField) -> LocalDate? {
            if text.trimmed.isEmpty { problems[field] = .required; return nil }
            guard let value = LocalDate(text: text) else {
                problems[field] = LocalDate.looksLikeDate(text) ? .noSuchDate : .invalidDate
                return nil
            }
            return value
        }
        let name = required(self.name, .name)
        if !name.isEmpty, takenNames.contains(where: { SiteDraft.nameKey($0) == SiteDraft.nameKey(name) }) { problems[.name] = .nameTaken }
        let address = required(self.address, .address)
        let client = required(self.client, .client)
        let manager = required(projectManager, .projectManager)
        let head = required(engineeringHead, .engineeringHead)
        let start = date(plannedStart, .plannedStart)
        let end = date(plannedEnd, .plannedEnd)
        if let start, let end, end < start { problems[.plannedEnd] = .endBeforeStart }

        var liaisonList: [Liaison] = []
        for (index, row) in liaisons.enumerated() where !row.isBlank {
            let liaisonName = required(row.name, .liaisonName(index))
            let role = optional(row.role, .liaisonRole(index))
            let phone = optional(row.phone, .liaisonPhone(index))
            if !phone.isEmpty, !SiteDraft.isPlausiblePhone(phone) { problems[.liaisonPhone(index)] = .invalidPhone }
            liaisonList.append(Liaison(id: row.id ?? ids.makeID(), name: liaisonName, role: role, phone: phone))
        }
        var crewList: [CrewMember] = []
        for (index, row) in crew.enumerated() where !row.isBlank || index == 0 {
            let memberName = required(row.name, .crewName(index))
            let role = optional(row.role, .crewRole(index))
            crewList.append(CrewMember(id: row.id ?? ids.makeID(), name: memberName, role: role))
        }
        guard problems.isEmpty, let start, let end else { return .failure(SiteDraftErrors(problems: problems)) }
        return .success(SiteProfile(
            name: name, address: address, client: client, liaisons: liaisonList, crew: crewList,
            projectManager: manager, engineeringHead: head, plannedStart: start, plannedEnd: end))
    }

    /// Digits with the usual separators: 5 to 20 digits, optional leading +, spaces, dashes, dots, brackets.
    public static func isPlausiblePhone(_ text: String) -> Bool {
        let allowed = Set("0123456789+-(). ")
        guard text.allSatisfy({ allowed.contains($0) }) else { return false }
        guard !text.dropFirst().contains("+") else { return false }
        let digits = text.filter(\.isNumber).count
        return (5...20).contains(digits)
    }
}

/// A field of the site form.
public enum SiteField: Hashable, Sendable {
    case name, address, client, projectManager, engineeringHead, plannedStart, plannedEnd
    case liaisonName(Int), liaisonRole(Int), liaisonPhone(Int)
    case crewName(Int), crewRole(Int)
}

/// What is wrong with a field's text.
public enum FieldProblem: Hashable, Sendable {
    case required
    case tooLong(limit: Int)
    case invalidDate
    /// Written like a date, but the day does not exist (2026-02-30).
    case noSuchDate
    case endBeforeStart
    case invalidPhone
    /// Another site on this laptop already has this name.
    case nameTaken
}

/// Every problem of a draft, by field.
public struct SiteDraftErrors: Error, Hashable, Sendable {
    public var problems: [SiteField: FieldProblem]
}
