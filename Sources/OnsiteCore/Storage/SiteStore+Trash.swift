import Foundation

extension SiteStore {
    /// Moves a whole site folder (site, days, standard, backups) into `trash/` under a timestamped name.
    /// Nothing is ever deleted: signed records stay on disk and can be moved back by hand.
    @discardableResult
    public func moveToTrash(siteID: String) throws(StorageError) -> URL {
        let trash = directory.trashURL
        try DurableFile.makeDirectory(trash)
        let stamp = Timestamp(clock: clock).isoText.replacingOccurrences(of: ":", with: "")
        var target = trash.appendingPathComponent("\(siteID).\(stamp)")
        var attempt = 1
        while access(target.path, F_OK) == 0 {
            attempt += 1
            target = trash.appendingPathComponent("\(siteID).\(stamp).\(attempt)")
        }
        let folder = directory.siteFolder(siteID)
        guard rename(folder.path, target.path) == 0 else { throw StorageError.fromErrno(errno, path: folder.path, operation: "move to trash") }
        try DurableFile.syncDirectory(trash.path)
        try DurableFile.syncDirectory(directory.sitesURL.path)
        return target
    }
}
