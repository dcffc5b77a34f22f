/// The next thing to do on a working day, in the standard's order.
public enum DayStep: Hashable, Sendable {
    /// No record for the day yet.
    case startDay
    case briefing
    /// Work is under way; before leaving, the cleanup items still open.
    case cleanup(open: Int)
    case signOff
    case departure
    case done

    /// Where a day stands, given the ids of the standard's cleanup items (nil day: not started).
    public static func next(for day: WorkDay?, cleanupItems: [String]) -> DayStep {
        guard let day else { return .startDay }
        if !day.briefingSettled && !day.isClosed { return .briefing }
        if !day.isClosed {
            let open = cleanupItems.filter { day.cleanupRecord($0).state == .open }.count
            return open > 0 ? .cleanup(open: open) : .signOff
        }
        return day.departedAt == nil ? .departure : .done
    }
}
