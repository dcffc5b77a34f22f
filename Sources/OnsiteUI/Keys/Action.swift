/// What a key asks for, independent of which key it is.
public enum Action: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case open, back, toggle, nextPane, previousPane
    case help, quit, redraw, switchLanguage
    case notApplicable, editNote, add, remove, edit, toggleWritten
    case newSite, demoSite, editSite, siteRules, arrival, save
}

/// Which screens a binding works on.
public enum ScreenKind: Hashable, Sendable, CaseIterable {
    case welcome, siteForm, home, arrival, arrivalItem, siteRules, prompt
}
