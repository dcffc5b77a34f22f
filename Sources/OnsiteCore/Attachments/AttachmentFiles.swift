import Foundation

/// What an export knows of the stored copies: which are present, and the bytes of the images it embeds.
/// Read by the caller (`load`), so building a report stays free of I/O.
public struct AttachmentFiles: Sendable {
    /// Hashes whose copy is in the site's `files/` folder.
    public var present: Set<String>
    /// The bytes of present images (PNG, JPEG, GIF, WebP), by hash, checked against their hash.
    public var images: [String: Data]

    public init(present: Set<String> = [], images: [String: Data] = [:]) {
        self.present = present
        self.images = images
    }

    /// Looks for every copy the attachments name; reads only the images. A copy whose content no longer
    /// matches its hash counts as missing.
    public static func load(_ store: AttachmentStore, siteID: String, attachments: [Attachment]) -> AttachmentFiles {
        var files = AttachmentFiles()
        for attachment in attachments where !files.present.contains(attachment.sha256) {
            guard store.contains(siteID, attachment.sha256) else { continue }
            if attachment.isImage {
                guard let data = store.contents(siteID, attachment.sha256), StandardLoader.sha256(of: data) == attachment.sha256 else { continue }
                files.images[attachment.sha256] = data
            }
            files.present.insert(attachment.sha256)
        }
        return files
    }
}

extension Site {
    /// Every attachment of the site and of the given days: arrival items, problems, extra work, then the days'.
    public func allAttachments(days: [WorkDay]) -> [Attachment] {
        registerAttachments + days.flatMap(\.dayAttachments)
    }
}
