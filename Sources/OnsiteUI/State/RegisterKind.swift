/// The site's registers that a day screen opens.
public enum RegisterKind: String, Codable, Hashable, Sendable, CaseIterable {
    case problems
    case extraWork = "extra-work"
    case borrowings
    case materials
    case conduct
}
