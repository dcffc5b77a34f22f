/// What `site.json` remembers of a month whose settled register entries were moved to
/// `history/<yyyy-mm>.json`: the month and how many entries of each register are kept there.
public struct ArchivedMonth: Codable, Hashable, Sendable {
    /// The month, `yyyy-mm`.
    public var month: String
    public var problems: Int
    public var extraWork: Int
    public var borrowings: Int
    public var materials: Int
    public var conduct: Int

    public init(month: String, counting registers: SiteRegisters) {
        self.month = month
        problems = registers.problems.count
        extraWork = registers.extraWork.count
        borrowings = registers.borrowings.count
        materials = registers.materials.count
        conduct = registers.conduct.count
    }

    /// Entries of every register together.
    public var total: Int { problems + extraWork + borrowings + materials + conduct }
}
