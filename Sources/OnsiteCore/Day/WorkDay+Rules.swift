import Foundation

/// Checks shared by every working-day action.
extension WorkDay {
    /// Longest text a field accepts (a note of 10,000 characters fits).
    public static let maxTextLength = 20_000

    /// Refuses any change to a signed or closed day.
    func ensureOpen() throws(DayError) {
        if isClosed { throw .dayClosed(state) }
    }

    /// Refuses a time earlier than something already recorded on the day.
    func ensureClock(_ time: Timestamp) throws(DayError) {
        let latest = latestTime
        if time < latest { throw .clockWentBackwards(now: time, latest: latest) }
    }

    static func ensureCrew(_ crewMemberID: String, in site: Site) throws(DayError) {
        guard site.profile.crew.contains(where: { $0.id == crewMemberID }) else { throw .unknownCrewMember(crewMemberID) }
    }

    /// Sanitised, trimmed, non-empty text within the limit (newlines kept for notes).
    /// Trimmed before sanitising too, so a pasted line break at either end is dropped, not shown as a stand-in.
    static func validated(_ text: String, multiLine: Bool = false) throws(DayError) -> String {
        let clean = (multiLine ? TextSanitizer.multiLine(text.trimmed) : TextSanitizer.singleLine(text.trimmed)).trimmed
        guard !clean.isEmpty else { throw .emptyText }
        guard clean.count <= maxTextLength else { throw .textTooLong(limit: maxTextLength) }
        return clean
    }

    /// Like `validated`, but empty text is allowed.
    static func validatedOptional(_ text: String) throws(DayError) -> String {
        let clean = TextSanitizer.singleLine(text.trimmed).trimmed
        guard clean.count <= maxTextLength else { throw .textTooLong(limit: maxTextLength) }
        return clean
    }

    /// `H:MM` or `HH:MM` (also `HHMM`, full-width colon) as `HH:MM`, or nil.
    public static func clockTime(_ text: String) -> String? {
        let trimmed = text.trimmed.replacingOccurrences(of: "：", with: ":")
        let parts = trimmed.contains(":") ? trimmed.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            : (trimmed.count == 4 ? [String(trimmed.prefix(2)), String(trimmed.suffix(2))] : [])
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute), parts[1].count == 2
        else { return nil }
        return (hour < 10 ? "0" : "") + "\(hour):" + parts[1]
    }
}
