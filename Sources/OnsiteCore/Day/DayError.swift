/// Why a working-day action was refused. Nothing is changed when one is thrown.
public enum DayError: Error, Hashable, Sendable {
    case emptyText
    case textTooLong(limit: Int)
    case unknownCrewMember(String)
    case unknownRecord(String)
    /// The day was signed or closed: only an amendment can change it.
    case dayClosed(DayState)
    /// The roll call has nobody present.
    case nobodyPresent
    /// Nobody was called yet.
    case rollCallEmpty
    /// A late arrival needs its time, `HH:MM`.
    case badClockTime(String)
    /// The briefing was already held (or skipped) today.
    case briefingAlreadySettled
    /// The sign-off needs these first.
    case notReadyToSign([SignOffGap])
    case emptyName
    case emptySignature
    case alreadySigned
    /// The device key could not seal the sign-off.
    case sealFailed
    /// Leaving needs the client's signature or a recorded exception first.
    case departureBeforeSignOff
    case alreadyDeparted
    /// The clock reads earlier than something already recorded on this day.
    case clockWentBackwards(now: Timestamp, latest: Timestamp)
    /// A day cannot be opened for a date before a day that already exists.
    case dayBeforeLatest(LocalDate)
    /// The day already has its record.
    case dayAlreadyStarted(LocalDate)
    /// The day is not closed: change it directly instead of amending it.
    case notClosed
    case badDate(String)
    case badNumber(String)
    case statusOrder(from: String, to: String)
    /// The site is closed or archived: it can be read, not changed.
    case siteReadOnly
}

/// What still stands between a day and the client's signature.
public enum SignOffGap: Hashable, Sendable {
    /// No briefing held and no reason given.
    case briefing
    /// 5S cleanup items not inspected yet (their ids).
    case cleanup([String])
}
