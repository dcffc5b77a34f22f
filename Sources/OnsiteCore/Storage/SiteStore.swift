import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes the sites of a data directory.
public struct SiteStore: Sendable {
    public let directory: DataDirectory
    private let clock: any Clock
    /// `site.json` as the last save encoded it, problem by problem.
    private let siteEncoder = SiteEncoder()

    public init(directory: DataDirectory, clock: any Clock) {
        self.directory = directory
        self.clock = clock
    }

    /// What loading found: the sites that could be read, and what went wrong with the others.
    public struct LoadResult: Sendable {
        public var sites: [Site]
        public var problems: [FileProblem]
        /// Each site's own copy of its standard, by the SHA-256 the site recorded.
        public var standards: [String: StandardDocument] = [:]
        /// Each site's latest day (the one its home shows first), being read on a thread of its own.
        public var latestDays: [PendingDayRead] = []
    }

    /// Loads every site. A file that cannot be read is moved to `quarantine/` and its
    /// previous good save is loaded instead, if there is one; nothing is ever silently dropped.
    /// With `repair: false` (a reader without the lock) nothing is moved or written. The latest day of each site in
    /// `latestDayOf` (the sites the first screen shows) is read on a thread of its own (`LoadResult.latestDays`).
    public func loadAll(repair: Bool = true, latestDayOf: Set<String> = []) -> LoadResult {
        var result = LoadResult(sites: [], problems: [])
        var stale: [String: [LocalDate]] = [:]
        let names = FolderListing.names(in: directory.sitesURL.path)
        for name in names.sorted() where !name.hasPrefix(".") {
            if !repair {
                let file = directory.siteFile(name)
                guard let data = FileManager.default.contents(atPath: file.path) else { continue }
                do throws(FileProblem.Cause) {
                    var site = try JSONFormat.decode(Site.self, from: data)
                    site.id = name
                    if let problem = applyDaysIndex(readDaysIndexFile(siteID: name, startUp: false), into: &site, repair: false) {
                        result.problems.append(problem)
                    }
                    result.sites.append(site)
                } catch {
                    result.problems.append(FileProblem(path: file.path, cause: error, quarantinedTo: nil, restoredPrevious: false))
                }
                continue
            }
            removeStrayTemporaries(in: directory.siteFolder(name))
            // The index of days, which day files it leaves out and the latest day are read beside the site's own file.
            let store = self
            let readLatest = latestDayOf.contains(name)
            let index = BackgroundResult { store.readDaysIndexFile(siteID: name, startUp: true, readLatest: readLatest) }
            var loaded: Site?
            switch load(siteID: name) {
            case .success(let site): loaded = site
            case .failure(let problem):
                result.problems.append(problem)
                if problem.restoredPrevious, case .success(let site) = load(siteID: name) { loaded = site }
            case .none: _ = index.value; continue
            }
            let read = index.value
            if var site = loaded {
                if let problem = applyDaysIndex(read, into: &site, repair: true) { result.problems.append(problem) }
                result.sites.append(site)
                // Worked out for the index the site now holds; a site whose days come from site.json has none.
                if case .success? = read.days { stale[name] = read.stale }
                if let latest = read.latest { result.latestDays.append(latest) }
            }
        }
        result.sites.sort { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        if repair {
            for index in result.sites.indices {
                let (changed, problems) = reconcileDays(of: &result.sites[index], stale: stale[result.sites[index].id])
                result.problems += problems
                if changed { try? save(result.sites[index]) }
                // Settled entries of past months leave site.json (this saves the site when some do).
                if let archived = try? archiveSettledHistory(of: &result.sites[index], today: Timestamp(clock: clock).localDate) {
                    result.problems += archived
                }
            }
        }
        for site in result.sites where result.standards[site.standard.sha256] == nil {
            switch loadStandard(of: site) {
            case .success(let document): result.standards[site.standard.sha256] = document
            case .failure(let problem): result.problems.append(problem)
            }
        }
        return result
    }

    /// Writes a site durably (see `DurableFile.replace`): its days index (`days.txt`), then `site.json` — each
    /// only when it differs from `written`, what the caller knows the files hold (a log entry changes only its day's
    /// line). The first save also keeps a copy of the site's standard beside it, so later changes to the standard
    /// never change the site.
    public func save(_ site: Site, standard: StandardDocument? = nil, unlessUnchangedFrom written: Site? = nil) throws(StorageError) {
        let folder = directory.siteFolder(site.id)
        if access(folder.path, F_OK) != 0 {
            try DurableFile.makeDirectory(folder)
            try DurableFile.syncDirectory(directory.sitesURL.path)
        }
        try saveStandardCopy(of: site, standard)
        try DurableFile.replaceInOrder([try siteFiles(site, unlessUnchangedFrom: written)], keepPrevious: true)
    }

    /// Writes the site's copy of its standard when it has none yet.
    func saveStandardCopy(of site: Site, _ standard: StandardDocument?) throws(StorageError) {
        let standardFile = directory.standardFile(site.id)
        if let standard, access(standardFile.path, F_OK) != 0 {
            try DurableFile.replace(standardFile, with: Data(standard.text.utf8))
        }
    }

    /// The site's files that differ from what `written` holds: `days.txt` when the days changed, `site.json`
    /// when anything else did. One folder sync covers the two; a crash before it leaves the previous index,
    /// older than the day files written before it, and start-up brings it up to date.
    func siteFiles(_ site: Site, unlessUnchangedFrom written: Site?) throws(StorageError) -> [(url: URL, data: Data)] {
        var files: [(url: URL, data: Data)] = []
        if written?.days != site.days { files.append((directory.daysIndexFile(site.id), DaysIndex.data(of: site.days))) }
        if written.map({ !site.equalsApartFromDays($0) }) ?? true {
            files.append((directory.siteFile(site.id), try siteEncoder.encode(site)))
        }
        return files
    }

    /// What a site's `days.txt` held, read on its own (beside the site's `site.json`).
    struct DaysIndexRead: Sendable {
        let path: String
        /// nil when there is no `days.txt` (schema 4 and older keep their days in `site.json`).
        let days: Result<[DaySummary], FileProblem.Cause>?
        /// The day files `reconcileDays` has to read for this index (`staleDayFiles`), when asked for and read.
        var stale: [LocalDate]? = nil
        /// The latest day the index lists, being read and its seal checked, when asked for.
        var latest: PendingDayRead? = nil
    }

    /// Reads and parses a site's `days.txt`; at start-up (`startUp`) also which day files it does not account
    /// for, and with `readLatest` starts reading its latest day.
    func readDaysIndexFile(siteID: String, startUp: Bool, readLatest: Bool = false) -> DaysIndexRead {
        let path = directory.daysIndexFile(siteID).path
        let written = startUp ? SiteStore.modificationTime(path) : 0
        guard let data = FileManager.default.contents(atPath: path) else { return DaysIndexRead(path: path, days: nil) }
        do throws(FileProblem.Cause) {
            let days = try DaysIndex.days(from: data)
            var read = DaysIndexRead(path: path, days: .success(days))
            if startUp {
                if readLatest, let date = days.last?.date {
                    let store = self
                    read.latest = PendingDayRead(path: directory.dayFilePath(siteID, date),
                                                 read: BackgroundResult { store.readDayAhead(siteID: siteID, date: date) })
                }
                if written != 0 { read.stale = staleDayFiles(siteID: siteID, known: days.map(\.date).sorted(), indexWritten: written) }
            }
            return read
        } catch {
            return DaysIndexRead(path: path, days: .failure(error))
        }
    }

    /// Puts the days of `days.txt` into a site read from `site.json`. Without the file the site keeps the days its
    /// `site.json` held (schema 4 and older). An unreadable index is reported (and, with `repair`, moved to
    /// quarantine); the site then has no days listed, so `reconcileDays` rebuilds the index from the day files.
    func applyDaysIndex(_ read: DaysIndexRead, into site: inout Site, repair: Bool) -> FileProblem? {
        switch read.days {
        case nil:
            return nil
        case .success(let days):
            site.days = days
            return nil
        case .failure(var cause):
            site.days = []
            cause.message += repair ? "; the index is rebuilt from the day files" : ""
            let quarantined = repair ? quarantine(URL(fileURLWithPath: read.path), label: "\(site.id)-days.txt") : nil
            return FileProblem(path: read.path, cause: cause, quarantinedTo: quarantined, restoredPrevious: false)
        }
    }

    /// The site's own copy of its standard; the built-in one when the site follows it and has no copy.
    private func loadStandard(of site: Site) -> Result<StandardDocument, FileProblem> {
        let file = directory.standardFile(site.id)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            if site.standard.sha256 == StandardLoader.defaultDocument.standard.sha256 { return .success(StandardLoader.defaultDocument) }
            let cause = FileProblem.Cause(line: nil, column: nil, message: "the copy of the standard this site started with is missing; the built-in standard is shown instead")
            return .failure(FileProblem(path: file.path, cause: cause, quarantinedTo: nil, restoredPrevious: false))
        }
        // Most sites follow the built-in standard: recognise its exact text instead of parsing (or hashing) it again.
        if site.standard.sha256 == StandardLoader.defaultDocument.standard.sha256, data == StandardLoader.defaultBytes {
            return .success(StandardLoader.defaultDocument)
        }
        do throws(StandardErrors) {
            let document = try StandardLoader.document(toml: String(decoding: data, as: UTF8.self))
            if document.standard.sha256 != site.standard.sha256 {
                let cause = FileProblem.Cause(line: nil, column: nil, message: "this copy of the standard was changed after the site started (its SHA-256 differs from the one the site recorded)")
                return .failure(FileProblem(path: file.path, cause: cause, quarantinedTo: nil, restoredPrevious: false))
            }
            return .success(document)
        } catch {
            let first = error.errors.first
            let cause = FileProblem.Cause(line: first?.line, column: first?.column, message: first?.message ?? "unreadable standard")
            return .failure(FileProblem(path: file.path, cause: cause, quarantinedTo: nil, restoredPrevious: false))
        }
    }

    /// Just the version of a file, read before the rest.
    struct SchemaProbe: Decodable { var schema: Int }

    private enum Loaded {
        case success(Site)
        case failure(FileProblem)
        case none
    }

    private func load(siteID: String) -> Loaded {
        let file = directory.siteFile(siteID)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return restoreFromBackup(siteID: siteID, cause: nil)
        }
        do throws(FileProblem.Cause) {
            var site = try JSONFormat.decode(Site.self, from: data)
            site.id = siteID
            return .success(site)
        } catch {
            // Parsed a second time only when the first reading failed: a newer program's file is not damaged, leave it where it is.
            if let schema = try? JSONFormat.decode(SchemaProbe.self, from: data).schema, schema > Site.currentSchema {
                let cause = FileProblem.Cause(line: nil, column: nil, message: "written by a newer Onsite (schema \(schema)); this one reads schema \(Site.currentSchema)")
                return .failure(FileProblem(path: file.path, cause: cause, quarantinedTo: nil, restoredPrevious: false))
            }
            return restoreFromBackup(siteID: siteID, cause: error)
        }
    }

    /// Moves a bad file to quarantine and puts the last good save back, if there is one.
    private func restoreFromBackup(siteID: String, cause: FileProblem.Cause?) -> Loaded {
        let file = directory.siteFile(siteID)
        let backup = URL(fileURLWithPath: file.path + ".bak")
        let quarantined = cause == nil ? nil : quarantine(file, label: "\(siteID)-site.json")
        var restored = false
        // Never put the backup over a damaged file that could not be moved aside.
        let placeIsFree = cause == nil || quarantined != nil
        if placeIsFree, let data = FileManager.default.contents(atPath: backup.path),
           (try? JSONFormat.decode(Site.self, from: data)) != nil {
            restored = (try? DurableFile.replace(file, with: data)) != nil
        }
        guard let cause else {
            return restored ? load(siteID: siteID) : .none
        }
        return .failure(FileProblem(path: file.path, cause: cause, quarantinedTo: quarantined, restoredPrevious: restored))
    }

    /// Moves a file into `quarantine/` under a timestamped name; returns the new path.
    func quarantine(_ file: URL, label: String) -> String? {
        guard let target = try? moveAside(file, into: directory.quarantineURL, label: label) else { return nil }
        return target.path
    }

    /// Renames a file or folder into `folder` as `<label>.<time>` (`.2`, `.3` … when taken), syncing both folders.
    func moveAside(_ item: URL, into folder: URL, label: String) throws(StorageError) -> URL {
        try DurableFile.makeDirectory(folder)
        let stamp = Timestamp(clock: clock).isoText.replacingOccurrences(of: ":", with: "")
        var target = folder.appendingPathComponent("\(label).\(stamp)")
        var attempt = 1
        while access(target.path, F_OK) == 0 {
            attempt += 1
            target = folder.appendingPathComponent("\(label).\(stamp).\(attempt)")
        }
        guard rename(item.path, target.path) == 0 else { throw StorageError.fromErrno(errno, path: item.path, operation: "move") }
        try? DurableFile.syncDirectory(folder.path)
        try? DurableFile.syncDirectory(item.deletingLastPathComponent().path)
        return target
    }

    private func removeStrayTemporaries(in folder: URL) {
        for name in FolderListing.names(in: folder.path) where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            _ = unlink(folder.appendingPathComponent(name).path)
        }
    }
}
