/// Why an exit or closing action was refused. Nothing is changed when one is thrown.
public enum ExitError: Error, Hashable, Sendable {
    /// A field's text is empty or too long.
    case text(DayError)
    /// The site is closed or archived: it can be read, not changed.
    case siteReadOnly
    case missingParticipant(ParticipantRole)
    case badClockTime(String)
    case badDate(String)
    /// A due date before the day it is set.
    case dueInThePast(LocalDate)
    case noPreAcceptance
    /// The delivery report can only be signed after a formal acceptance that accepted the work.
    case notAccepted
    case reservationsMissing
    /// A quantity that is not a number above zero (whole for handed-over items).
    case badQuantity(String)
    case scoreOutOfRange(Int)
    case nothingHandedOver
    case noRestorationRequest
    case surveyNotHanded
    case emptyName
    case emptySignature
    case alreadySigned
    case sealFailed
    case unknownRecord(String)
    /// The closing gate: what is still missing.
    case cannotClose([ClosingGap])
    case alreadyClosed
    case notArchived
}

/// One thing that keeps a site from closing.
public enum ClosingGap: Hashable, Sendable {
    /// Days without the client's signature (open, or closed without it).
    case daysUnsigned([LocalDate])
    /// Problems the client has not confirmed solved (their descriptions).
    case problemsOpen([String])
    /// Items borrowed from the client and not returned (their names).
    case borrowingsOpen([String])
    case noPreAcceptance
    /// No formal acceptance, or the last one did not accept the work.
    case notAccepted
    case deliveryUnsigned
    case leftoversNotCounted
    /// Leftovers counted but not taken back (their names).
    case leftoversNotReturned([String])
    case restorationUnsigned
    case surveyNotHanded
    case noThanks
}
