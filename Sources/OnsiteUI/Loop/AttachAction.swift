import Foundation
import OnsiteCore

/// Performs `Effect.attachFile` for the runner: checks and copies the file into the site's `files/` folder,
/// then records it on its owner (`AttachActions.stored`) and returns the save to perform.
enum AttachAction {
    @MainActor
    static func perform(siteID: String, owner: AttachmentOwner, path: String, note: String,
                        state: inout AppState, store: SiteStore, clock: any Clock) -> [Effect] {
        let url = ExportPrompts.resolve(path, home: ProcessInfo.processInfo.environment["HOME"],
                                        currentFolder: FileManager.default.currentDirectoryPath)
        let files = AttachmentStore(directory: store.directory)
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        let result: Result<Attachment, AttachmentError>
        do throws(AttachmentError) {
            result = .success(try files.store(url.path, siteID: siteID, at: Timestamp(clock: clock), note: trimmed.isEmpty ? nil : trimmed))
        } catch {
            result = .failure(error)
        }
        return AttachActions.stored(&state, siteID: siteID, owner: owner, result)
    }
}
