import OnsiteCore

/// Where the dashboard stands: how far back in time its weeks are scrolled, and the site summed up when it opened.
public struct DashboardPosition: Codable, Hashable, Sendable {
    /// Weeks scrolled back from the latest (0: the latest weeks are shown).
    public var weeksBack: Int
    /// The site summed up once, so a frame only draws; not kept in the session (rebuilt when missing or a day old).
    public var glance: SiteGlance?

    public init(weeksBack: Int = 0, glance: SiteGlance? = nil) {
        self.weeksBack = weeksBack
        self.glance = glance
    }

    private enum CodingKeys: String, CodingKey { case weeksBack }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        weeksBack = try container.decodeIfPresent(Int.self, forKey: .weeksBack) ?? 0
        glance = nil
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(weeksBack, forKey: .weeksBack)
    }
}
