import OnsiteCore

/// Something the loop must do outside the pure update: plain data, so tests compare it.
public enum Effect: Equatable, Sendable {
    /// Write a site's record to disk; the result comes back as `.saved` or `.saveFailed`.
    case saveSite(Site)
    /// Write a working day, then its site (whose index summarises the day).
    case saveDay(Site, WorkDay)
    /// Remember the user's place and unsaved drafts (written on exit).
    case quit
    /// Repaint the whole terminal.
    case redrawAll
    /// Remember the interface language in the user's config.
    case rememberLanguage(Language)
    /// Move a site's folder to the trash folder (never deleted); the result comes back through `AppUpdate.siteTrashed`.
    case trashSite(String)
    /// Write a site's HTML report (the daily report of `date`, or the dossier) to a new file; the result is the message line.
    case exportReport(siteID: String, date: LocalDate?, path: String, language: Language)
    /// Keep a trainee's quiz score in the training sandbox.
    case recordScore(QuizScore)
    /// Empty the training sandbox (its sites, quarantine, trash and session; the scores stay).
    case resetSandbox
    /// End this run and open the training sandbox instead (the welcome screen's Training entry).
    case openTraining
    /// Copy the file at `path` into the site's `files/` folder, then record it on its owner and save
    /// (`AttachActions.stored`); the result is the message line.
    case attachFile(siteID: String, owner: AttachmentOwner, path: String, note: String)
}
