import OnsiteCore

/// The site form being filled in: the draft as typed, the focused row, the cursor.
public struct SiteFormState: Codable, Hashable, Sendable {
    /// The site being edited, or nil for a new site.
    public var siteID: String?
    public var draft: SiteDraft
    public var focus: Int
    public var cursor: Int
    public var scroll: Int
    /// Whether a save was tried, so that empty required fields are flagged too.
    public var attemptedSave: Bool
    /// For a new site: which offered standard (SHA-256) it will follow.
    public var standardChoice: String?

    public init(siteID: String?, draft: SiteDraft) {
        self.siteID = siteID
        self.draft = draft
        focus = 0
        cursor = draft.name.count
        scroll = 0
        attemptedSave = false
    }
}
