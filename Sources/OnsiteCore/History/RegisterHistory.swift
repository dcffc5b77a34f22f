/// One month of settled register entries, as `sites/<id>/history/<yyyy-mm>.json` holds it.
/// Written when the month is over and its entries are settled; read only by what shows the
/// whole history (the registers' lists, a past day's counts, exports), never at start-up.
public struct RegisterHistory: Codable, Hashable, Sendable {
    /// The version of the file format this type writes.
    public static let currentSchema = 1

    public var schema: Int
    public var siteID: String
    /// The month, `yyyy-mm`.
    public var month: String
    public var registers: SiteRegisters

    public init(siteID: String, month: String, registers: SiteRegisters) {
        schema = RegisterHistory.currentSchema
        self.siteID = siteID
        self.month = month
        self.registers = registers
    }

    /// The month an entry dated on a day belongs to, `yyyy-mm`.
    public static func month(of date: LocalDate) -> String {
        String(date.isoText.prefix(7))
    }
}
