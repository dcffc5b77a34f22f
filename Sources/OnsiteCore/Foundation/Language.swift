/// The languages Onsite speaks.
public enum Language: String, Codable, CaseIterable, Sendable {
    case english = "en"
    case chinese = "zh"

    /// The language a locale string names (`zh_CN.UTF-8` → Chinese); English otherwise.
    public static func fromLocale(_ value: String?) -> Language? {
        guard let value, !value.isEmpty else { return nil }
        let lower = value.lowercased()
        if lower.hasPrefix("zh") { return .chinese }
        if lower == "c" || lower == "posix" || lower.hasPrefix("c.") { return nil }
        return .english
    }

    /// The other language (for the runtime switch).
    public var other: Language { self == .english ? .chinese : .english }
}
