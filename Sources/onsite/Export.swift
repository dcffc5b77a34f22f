import ArgumentParser
import Foundation
import OnsiteCore

extension ExportFormat: ExpressibleByArgument {}

/// Writes a site's daily report or dossier (HTML, Markdown), its tables (CSV) or all of it (JSON).
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a site: the daily report (--day) or the whole dossier, as HTML for printing, Markdown, CSV tables or JSON.",
        discussion: """
        HTML and Markdown write one file; CSV writes a folder with one file per table (days, problems, extra-work, \
        borrowings, materials, conduct); JSON writes the whole site with its schema version. Nothing is overwritten \
        without --force. Signed records are verified as `onsite verify` does, and each shows its hash and status.
        """)

    @OptionGroup var common: CommonOptions

    @Argument(help: "The site's id (the folder name under sites/, as `onsite list --json` shows it).")
    var siteID: String

    @Option(help: "html, md, csv or json.")
    var format: ExportFormat = .html

    @Option(help: "One day, YYYY-MM-DD: the daily report (CSV and JSON: that day's rows). Without it: the whole site.")
    var day: String?

    @Option(name: .shortAndLong, help: "The file to write (a folder for CSV).")
    var output: String

    @Flag(help: "Replace the file or folder if it exists.")
    var force = false

    func run() throws {
        var date: LocalDate?
        if let day {
            guard let parsed = LocalDate(text: day) else { throw failure("not a date: \(day) (use YYYY-MM-DD)", code: 64) }
            date = parsed
        }
        let clock = SystemClock()
        let store = SiteStore(directory: common.directory(), clock: clock)
        // Reading only: no lock is needed, and nothing is moved or repaired.
        let result = store.loadAll(repair: false)
        guard let live = result.sites.first(where: { $0.id == siteID }) else {
            if let problem = result.problems.first(where: { $0.path == store.directory.siteFile(siteID).path }) {
                throw failure("\(siteID) site.json: unreadable — \(problem.cause.message)")
            }
            throw failure("no site \"\(siteID)\" in \(store.directory.root.path)", code: 2)
        }
        // The whole life of the site: the settled entries kept in history/ beside the live ones.
        let history = store.loadHistory(of: live)
        for problem in history.problems {
            FileHandle.standardError.write(Data("warning: \(problem.path): \(problem.cause.message)\n".utf8))
        }
        let site = live.withHistory(history.registers)
        if let date, site.daySummary(date) == nil {
            throw failure("site \"\(siteID)\" has no day \(date.isoText)", code: 2)
        }
        let read = store.readAllDays(siteID: site.id)
        let standard = (result.standards[site.standard.sha256]?.standard).map { $0.completed(with: StandardLoader.defaultStandard()) }
            ?? StandardLoader.defaultStandard()
        var export = SiteExport(site: site, days: read.days, unreadable: read.unreadable, standard: standard,
                                language: language(), generatedAt: Timestamp(clock: clock))
        export.files = AttachmentFiles.load(AttachmentStore(directory: store.directory), siteID: site.id,
                                            attachments: site.allAttachments(days: read.days))
        let files = SiteExporter.files(export, format: format, day: date)
        let url = URL(fileURLWithPath: output)
        do throws(ExportError) {
            try ExportWriter.write(files, to: url, asFolder: format.isFolder, force: force)
        } catch {
            if case .exists = error { throw failure("\(output) exists; use --force to replace it") }
            throw failure(error.message.en, code: 2)
        }
        let what = date.map { "daily report \($0.isoText)" } ?? (format == .csv ? "tables" : format == .json ? "site" : "dossier")
        let verified: String
        switch export.chain {
        case .success(let report): verified = "\(report.signedRecords) signed record\(report.signedRecords == 1 ? "" : "s") verified"
        case .failure(let failure): verified = "VERIFICATION FAILED: \(failure.description)"
        }
        print("wrote \(output) (\(site.isDemo ? "DEMO " : "")\(what), \(format.rawValue); \(verified))")
    }

    /// `--lang`, then the config file, then the locale, as the program itself chooses.
    private func language() -> Language {
        if let language = common.language { return language }
        let environment = ProcessInfo.processInfo.environment
        if case .success(let config) = UserConfig.load(from: ConfigDirectory.resolve(environment: environment).configFile),
           let language = config.language {
            return language
        }
        return MainActor.assumeIsolated { Launcher.localeLanguage(environment) }
    }

    private func failure(_ text: String, code: Int32 = 1) -> ExitCode {
        FileHandle.standardError.write(Data("onsite export: \(text)\n".utf8))
        return ExitCode(code)
    }
}
