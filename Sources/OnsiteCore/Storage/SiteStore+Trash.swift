import Foundation

extension SiteStore {
    /// Moves a whole site folder (site, days, standard, backups) into `trash/` under a timestamped name.
    /// Nothing is ever deleted: signed records stay on disk and can be moved back by hand.
    @discardableResult
    public func moveToTrash(siteID: String) throws(StorageError) -> URL {
        try moveAside(directory.siteFolder(siteID), into: directory.trashURL, label: siteID)
    }
}
