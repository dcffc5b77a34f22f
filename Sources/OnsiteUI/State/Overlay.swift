import OnsiteCore

/// What a small entry form on top of a screen is for.
public enum PromptPurpose: Codable, Hashable, Sendable {
    case note(itemID: String)
    case notApplicable(itemID: String)
    case addRule
    case editRule(id: String)
    case workArea
    case storageArea
    case addCustody
    case editCustody(id: String)
    case addLiaison
    case editLiaison(id: String)
    /// Text to look for in the site rules.
    case searchRules
    case day(DayPrompt)
    case briefing(BriefingPrompt)
    case register(RegisterPrompt)
    case endOfDay(EndOfDayPrompt)
    case exit(ExitPrompt)
    /// Where to write an exported report (allowed on read-only sites: it changes nothing).
    case export(ExportPrompt)
    /// A file to attach to a record (its path, Tab-completed, and a note).
    case attach(AttachPrompt)
}

/// A small entry form on top of a screen. What was typed stays until it is saved or dismissed.
public struct PromptState: Codable, Hashable, Sendable {
    public var purpose: PromptPurpose
    public var fields: [TextField]
    public var focus: Int
    /// Why the last submit was refused, in both languages.
    public var problem: LocalizedText?

    public init(purpose: PromptPurpose, fields: [TextField]) {
        self.purpose = purpose
        self.fields = fields
        focus = 0
        problem = nil
    }
}

/// A yes/no question on top of a screen.
public enum ConfirmPurpose: Codable, Hashable, Sendable {
    case removeRule(id: String)
    case removeCustody(id: String)
    case removeLiaison(id: String)
    /// A task of the morning briefing.
    case removeTask(id: String)
    /// A caution of the morning briefing.
    case removeCaution(id: String)
    case quitUnsaved
    /// Close the site through the closing gate (it becomes read-only).
    case closeSite(id: String)
}

/// A line of feedback under the screen.
public struct StatusMessage: Hashable, Sendable {
    /// How the message should look.
    public enum Kind: Hashable, Sendable { case info, success, error }

    public var text: LocalizedText
    public var kind: Kind

    public init(_ text: LocalizedText, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}
