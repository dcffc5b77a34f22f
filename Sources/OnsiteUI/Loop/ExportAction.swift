import Foundation
import OnsiteCore

/// Performs `Effect.exportReport` for the runner: reads every day of the site, verifies the chain,
/// renders the HTML report and writes it, refusing to replace an existing file.
enum ExportAction {
    @MainActor
    static func perform(siteID: String, date: LocalDate?, path: String, language: Language,
                        state: inout AppState, store: SiteStore, clock: any Clock) {
        guard let live = state.site(siteID) else { return }
        // The whole life of the site: the settled entries kept in history/ beside the live ones.
        let history = store.loadHistory(of: live)
        state.loadProblems += history.problems
        let site = live.withHistory(history.registers)
        let read = store.readAllDays(siteID: siteID)
        var export = SiteExport(site: site, days: read.days, unreadable: read.unreadable, standard: state.standard(for: siteID),
                                language: language, generatedAt: Timestamp(clock: clock))
        export.files = AttachmentFiles.load(AttachmentStore(directory: store.directory), siteID: siteID,
                                            attachments: site.allAttachments(days: read.days))
        let url = ExportPrompts.resolve(path, home: ProcessInfo.processInfo.environment["HOME"],
                                        currentFolder: FileManager.default.currentDirectoryPath)
        do throws(ExportError) {
            try ExportWriter.write(SiteExporter.files(export, format: .html, day: date), to: url, asFolder: false, force: false)
            state.message = ExportWords.written(url.path, date: date, verified: export.chain)
        } catch {
            state.message = ExportWords.failed(error)
        }
    }
}
