import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Working days: one file per day beside the site, so a save or an opening never touches the past.
extension SiteStore {
    /// Writes a day, then the site whose index summarises it. The day goes first: after a crash
    /// between the two, `reconcileDays` finds the newer day file and brings the index up to date.
    public func save(_ day: WorkDay, of site: Site, standard: StandardDocument? = nil) throws(StorageError) {
        try save([day], of: site, standard: standard)
    }

    /// Writes several days of a site (oldest first), then the site once, each of its two files only when it
    /// differs from `written`, what the caller knows they already hold: an action that changes only the day
    /// (a tick, a roll call) then writes the day alone, and one that changes its line in the index (a log entry)
    /// the day and `days.txt`, whatever the site's age.
    public func save(_ days: [WorkDay], of site: Site, standard: StandardDocument? = nil, unlessUnchangedFrom written: Site? = nil) throws(StorageError) {
        guard !days.isEmpty else { return try save(site, standard: standard, unlessUnchangedFrom: written) }
        let folder = directory.daysFolder(site.id)
        if access(folder.path, F_OK) != 0 {
            if access(directory.siteFolder(site.id).path, F_OK) != 0 {
                try DurableFile.makeDirectory(directory.siteFolder(site.id))
                try DurableFile.syncDirectory(directory.sitesURL.path)
            }
            try DurableFile.makeDirectory(folder)
            try DurableFile.syncDirectory(directory.siteFolder(site.id).path)
        }
        try saveStandardCopy(of: site, standard)
        let dayFiles = try days.map { day throws(StorageError) in (url: directory.dayFile(site.id, day.date), data: try JSONFormat.encode(day)) }
        // The day files first, their folder synced, then the index and the registers (see `replaceInOrder`).
        try DurableFile.replaceInOrder([dayFiles, try siteFiles(site, unlessUnchangedFrom: written)], keepPrevious: true)
    }

    /// What reading one day found.
    public enum DayLoad: Sendable {
        case loaded(WorkDay)
        /// No file for that date.
        case missing
        /// Written by a newer Onsite: not damaged, left where it is and reported.
        case newer(FileProblem)
        /// The file could not be read; when `problem.restoredPrevious`, the day is the previous good save.
        case damaged(FileProblem, WorkDay?)
    }

    /// Reads one day. A damaged file is quarantined and its previous save used, like a site file.
    public func loadDay(siteID: String, date: LocalDate) -> DayLoad {
        let file = directory.dayFile(siteID, date)
        guard let data = FileManager.default.contents(atPath: file.path) else { return .missing }
        // A newer program's file is not damaged: left where it is and reported (its schema is read
        // on its own only when the day does not read, so a good day is parsed once).
        func newer(_ schema: Int) -> DayLoad {
            let cause = FileProblem.Cause(line: nil, column: nil, message: "written by a newer Onsite (schema \(schema)); this one reads schema \(WorkDay.currentSchema)")
            return .newer(FileProblem(path: file.path, cause: cause, quarantinedTo: nil, restoredPrevious: false))
        }
        do throws(FileProblem.Cause) {
            let day = try decodeDay(data, siteID: siteID, date: date)
            return day.schema > WorkDay.currentSchema ? newer(day.schema) : .loaded(day)
        } catch {
            if let schema = try? JSONFormat.decode(SchemaProbe.self, from: data).schema, schema > WorkDay.currentSchema { return newer(schema) }
            let backup = URL(fileURLWithPath: file.path + ".bak")
            let quarantined = quarantine(file, label: "\(siteID)-\(date.isoText).json")
            var previous: WorkDay?
            if quarantined != nil, let old = FileManager.default.contents(atPath: backup.path),
               let day = try? decodeDay(old, siteID: siteID, date: date),
               (try? DurableFile.replace(file, with: old)) != nil {
                previous = day
            }
            let problem = FileProblem(path: file.path, cause: error, quarantinedTo: quarantined, restoredPrevious: previous != nil)
            return .damaged(problem, previous)
        }
    }

    /// Reads a day without repairing anything and checks its seal: nil when the file is missing, damaged or
    /// written by a newer Onsite (`loadDay` deals with those when the day is opened).
    public func readDayAhead(siteID: String, date: LocalDate) -> DayRead? {
        let path = directory.dayFilePath(siteID, date)
        guard let (data, identity) = FileIdentity.readWhole(path),
              let day = try? decodeDay(data, siteID: siteID, date: date), day.schema <= WorkDay.currentSchema else { return nil }
        return DayRead(path: path, identity: identity, day: day, tampered: day.sealCheck.isTampered)
    }

    func decodeDay(_ data: Data, siteID: String, date: LocalDate) throws(FileProblem.Cause) -> WorkDay {
        var day = try JSONFormat.decode(WorkDay.self, from: data)
        guard day.date == date else {
            throw FileProblem.Cause(line: nil, column: nil, message: "the file is named \(date.isoText) but holds the day \(day.date.isoText)")
        }
        day.siteID = siteID
        return day
    }

    /// Brings a site's index of days in line with the day files. A day file is read only when it has no
    /// entry in the index or was written after the index (a crash between the two writes); every other
    /// day costs one `stat`, so start-up does not read the site's history. `stale`, when given, is what
    /// `staleDayFiles` found for the index the site holds (worked out while its `site.json` was read).
    /// Returns whether the index changed, and what could not be read.
    public func reconcileDays(of site: inout Site, stale: [LocalDate]? = nil) -> (changed: Bool, problems: [FileProblem]) {
        let indexWritten = SiteStore.modificationTime(directory.daysIndexFile(site.id).path)
        let toRead = stale ?? staleDayFiles(siteID: site.id, known: site.days.map(\.date).sorted(), indexWritten: indexWritten)
        var changed = false
        var problems: [FileProblem] = []
        let toReadSet = Set(toRead)
        for date in toReadSet {
            switch loadDay(siteID: site.id, date: date) {
            case .loaded(let day):
                let before = site.daySummary(date)
                site.noteChanged(day)
                if before != site.daySummary(date) { changed = true }
            case .damaged(let problem, let day):
                problems.append(problem)
                if let day { site.noteChanged(day); changed = true }
            case .newer(let problem):
                problems.append(problem)
            case .missing:
                continue
            }
        }
        // Days written in the index's own tick were read and the index found right: its time is moved to now, so
        // the next start does not read them again (a demo site's days, or today's after a quick save). Only the
        // time changes; a day written later, even within this tick, is still read (`>=`).
        if !toReadSet.isEmpty, !changed, problems.isEmpty, indexWritten != 0 {
            _ = utimensat(AT_FDCWD, directory.daysIndexFile(site.id).path, nil, 0)
        }
        return (changed, problems)
    }

    /// The day files to read for an index listing `known` (sorted) and written at `indexWritten` (nanoseconds;
    /// 0 when there is no `days.txt`, and `site.json`'s time counts): those it does not list, and those written
    /// in or after its tick.
    func staleDayFiles(siteID: String, known: [LocalDate], indexWritten: Int) -> [LocalDate] {
        let folderPath = directory.daysFolder(siteID).path
        let names = SiteStore.dayFileNames(in: folderPath)
        // The index is written after the days it lists: days.txt since schema 5, site.json before.
        let siteWritten = indexWritten != 0 ? indexWritten : SiteStore.modificationTime(directory.siteFile(siteID).path)
        // Each day's time is read relative to the open folder (`fstatat`): no path to build or to resolve per day.
        let folderDescriptor = open(folderPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folderDescriptor >= 0 { close(folderDescriptor) } }
        return names.compactMap { name -> LocalDate? in
            guard name.hasSuffix(".json"), !name.hasPrefix("."), let date = LocalDate(text: String(name.dropLast(5))) else { return nil }
            if !known.sortedContains(date) { return date }
            // `>=`: file times are coarse (a few ms), so a day written in the same tick as the site is read too.
            var info = stat()
            guard folderDescriptor >= 0, fstatat(folderDescriptor, name, &info, 0) == 0 else { return date }
            let written = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
            return written >= siteWritten ? date : nil
        }
    }

    /// The names ending in `.json` in a folder (not hidden).
    static func dayFileNames(in path: String) -> [String] {
        FolderListing.names(in: path).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
    }

    /// A file's modification time in nanoseconds (0 when it cannot be read).
    static func modificationTime(_ path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
    }
}
