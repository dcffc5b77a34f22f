/// A text in both languages.
public struct LocalizedText: Codable, Hashable, Sendable {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The text in a language.
    public func text(in language: Language) -> String {
        language == .english ? en : zh
    }
}
