/// What a key asks for, independent of which key it is.
public enum Action: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case open, back, toggle, nextPane, previousPane
    case help, quit, redraw, switchLanguage
    case notApplicable, editNote, add, remove, edit, toggleWritten
    case newSite, demoSite, editSite, siteRules, arrival, save
    // Days and the day screen
    case today, days, search, amend
    // Briefing
    case markPresent, markLate, markAbsent, carryOver, addCaution, holdBriefing, skipBriefing, reopenBriefing
    // Log and registers
    case addSituation, nextStatus, reopen, report, deadlines, returnItem
    // End of day
    case clearPad, undoStroke, redoStroke, withoutSignature, preview
    // The site at a glance
    case dashboard
    // Exit, closing, the list of sites
    case exit, closeSite, sign, addDocument, countDone, handSurvey, comments, score(Int), archive, deleteSite
    // Export
    case exportReport
    // Training walkthrough
    case nextStep, previousStep, chapterMenu, resizeBox, resetSandbox, answer(Int), training
    // Attachments
    case attachFile, listFiles
}

/// Which screens a binding works on.
public enum ScreenKind: Hashable, Sendable, CaseIterable {
    case welcome, siteForm, home, arrival, arrivalItem, siteRules, prompt
    case days, day, briefing, log, register, problem, cleanup, review, signature
    case exit, exitStep, exitSignature
    case signPreview, dashboard
    case walkthrough, quiz, chapterMenu
    case attachments
}
