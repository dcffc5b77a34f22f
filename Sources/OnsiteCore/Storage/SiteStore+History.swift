import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension SiteStore {
    /// Moves the settled entries of past months out of `site.json` into `history/<yyyy-mm>.json`
    /// (see `Site.takeSettledHistory`), so that start-up and every save cost what is live, not the
    /// site's age. Each month's file is written, merged with what it held, before the site is saved
    /// without those entries: after a crash in between they are in both places, and reading merges
    /// them by id. A month whose file exists but cannot be read is left alone, its entries stay in
    /// the site, and it is reported. Returns the problems found; the site is changed only when saved.
    @discardableResult
    public func archiveSettledHistory(of site: inout Site, today: LocalDate) throws(StorageError) -> [FileProblem] {
        var preview = site
        let candidates = preview.takeSettledHistory(today: today)
        guard !candidates.isEmpty else { return [] }
        var problems: [FileProblem] = []
        var existing: [String: RegisterHistory] = [:]
        var unreadable: Set<String> = []
        for month in candidates.keys {
            let file = directory.historyFile(site.id, month: month)
            func keepLive(_ message: String) {
                problems.append(FileProblem(path: file.path, cause: FileProblem.Cause(line: nil, column: nil, message: message),
                                            quarantinedTo: nil, restoredPrevious: false))
                unreadable.insert(month)
            }
            guard access(file.path, F_OK) == 0 else {
                // Noted as archived but gone: a new file would hide the loss, so this month's entries stay live.
                if let noted = site.archivedMonths.first(where: { $0.month == month }) {
                    keepLive("missing: the site moved \(noted.total) settled entries of \(month) here; newer ones stay in site.json")
                }
                continue
            }
            guard let data = FileManager.default.contents(atPath: file.path) else {
                keepLive("cannot be read; the settled entries of \(month) stay in site.json")
                continue
            }
            do throws(FileProblem.Cause) {
                existing[month] = try JSONFormat.decode(RegisterHistory.self, from: data)
            } catch {
                problems.append(FileProblem(path: file.path, cause: error, quarantinedTo: nil, restoredPrevious: false))
                unreadable.insert(month)
            }
        }
        var changed = site
        let months = changed.takeSettledHistory(today: today, keeping: unreadable)
        guard !months.isEmpty else { return problems }
        try DurableFile.makeDirectory(directory.historyFolder(site.id))
        for (month, entries) in months.sorted(by: { $0.key < $1.key }) {
            var history = existing[month] ?? RegisterHistory(siteID: site.id, month: month, registers: SiteRegisters())
            history.registers = history.registers.merged(with: entries)
            try DurableFile.replace(directory.historyFile(site.id, month: month), with: try JSONFormat.encode(history), keepPrevious: true)
            changed.noteArchived(history)
        }
        try save(changed)
        site = changed
        return problems
    }

    /// Reads the settled entries of every month a site archived, oldest first. A month whose file is
    /// missing, unreadable or holds fewer entries than the site noted is reported; for an unreadable
    /// one its previous save is read instead, when there is one. Nothing is moved or written.
    public func loadHistory(of site: Site) -> (registers: SiteRegisters, problems: [FileProblem]) {
        loadHistory(of: site, months: nil)
    }

    /// Reads the settled entries of some of the months a site archived (`yyyy-mm`; nil: every month), as `loadHistory(of:)` does.
    /// A day's counts need only its own month: reading that one keeps opening an old day as cheap as a new one.
    public func loadHistory(of site: Site, months wanted: Set<String>?) -> (registers: SiteRegisters, problems: [FileProblem]) {
        var registers = SiteRegisters()
        var problems: [FileProblem] = []
        for noted in site.archivedMonths where wanted?.contains(noted.month) ?? true {
            let file = directory.historyFile(site.id, month: noted.month)
            func problem(_ message: String, line: Int? = nil, column: Int? = nil, restored: Bool = false) -> FileProblem {
                FileProblem(path: file.path, cause: FileProblem.Cause(line: line, column: column, message: message), quarantinedTo: nil, restoredPrevious: restored)
            }
            var history: RegisterHistory?
            if let data = FileManager.default.contents(atPath: file.path) {
                do throws(FileProblem.Cause) {
                    history = try JSONFormat.decode(RegisterHistory.self, from: data)
                } catch {
                    let backup = FileManager.default.contents(atPath: file.path + ".bak").flatMap { try? JSONFormat.decode(RegisterHistory.self, from: $0) }
                    history = backup
                    problems.append(problem(error.message, line: error.line, column: error.column, restored: backup != nil))
                }
            } else {
                problems.append(problem("missing: the site moved \(noted.total) settled entries of \(noted.month) here"))
            }
            guard let history else { continue }
            let found = ArchivedMonth(month: noted.month, counting: history.registers)
            if found.total < noted.total {
                problems.append(problem("holds \(found.total) entries of \(noted.month); the site moved \(noted.total) here"))
            }
            registers = registers.merged(with: history.registers)
        }
        return (registers, problems)
    }
}
