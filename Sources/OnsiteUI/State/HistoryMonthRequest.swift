/// One archived month of a site that a screen needs read (`history/<yyyy-mm>.json`).
public struct HistoryMonthRequest: Hashable, Sendable {
    public var siteID: String
    /// The month, `yyyy-mm`.
    public var month: String
}
