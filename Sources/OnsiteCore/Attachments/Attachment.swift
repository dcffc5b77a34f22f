/// A file attached to a record: stored once in the site's `files/` folder under the SHA-256 of its content.
public struct Attachment: Codable, Hashable, Sendable, Identifiable {
    /// SHA-256 of the content, lowercase hex: the name of the stored copy.
    public var sha256: String
    /// The original file name, made safe to show (no control or invisible characters, one line).
    public var name: String
    /// Size in bytes.
    public var size: Int64
    /// The media type: from the content's first bytes for images, else from the name's extension.
    public var mediaType: String
    public var attachedAt: Timestamp
    /// A few words about the file, if any.
    public var note: String?

    public var id: String { sha256 }

    public init(sha256: String, name: String, size: Int64, mediaType: String, attachedAt: Timestamp, note: String? = nil) {
        self.sha256 = sha256
        self.name = Attachment.displayName(name)
        self.size = size
        self.mediaType = mediaType
        self.attachedAt = attachedAt
        self.note = note
    }

    /// Whether the file is an image a report can show (PNG, JPEG, GIF, WebP).
    public var isImage: Bool { MediaType.images.contains(mediaType) }

    /// The first 12 characters of the hash, as lists show it.
    public var shortHash: String { String(sha256.prefix(12)) }

    /// A file name made safe to show: one line, no control characters, at most 120 characters.
    public static func displayName(_ name: String) -> String {
        let clean = TextSanitizer.singleLine(name).trimmingCharacters(in: .whitespaces)
        let short = clean.count > 120 ? String(clean.prefix(119)) + "…" : clean
        return short.isEmpty ? "file" : short
    }

    /// A size as people read it: bytes, KB, MB (powers of 1024, one decimal).
    public static func sizeText(_ bytes: Int64) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let kilobytes = Double(bytes) / 1024
        if kilobytes < 1024 { return oneDecimal(kilobytes) + " KB" }
        let megabytes = kilobytes / 1024
        if megabytes < 1024 { return oneDecimal(megabytes) + " MB" }
        return oneDecimal(megabytes / 1024) + " GB"
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// The record an attachment belongs to.
public enum AttachmentOwner: Codable, Hashable, Sendable {
    /// An item of the arrival checklist, by its id in the standard.
    case arrivalItem(String)
    /// A problem of the register, by id.
    case problem(String)
    /// An extra-work entry, by id.
    case extraWork(String)
    /// A working day.
    case day(LocalDate)
}

/// Guessing a file's media type.
public enum MediaType {
    /// The image types a report embeds.
    public static let images: Set<String> = ["image/png", "image/jpeg", "image/gif", "image/webp"]

    /// The type from the content's first bytes (PNG, JPEG, GIF, WebP), else from the name's extension.
    public static func guess(head: [UInt8], name: String) -> String {
        if let image = image(head) { return image }
        let ext = name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]).lowercased() } ?? ""
        return byExtension[ext] ?? "application/octet-stream"
    }

    /// An image type recognised by its magic bytes, or nil.
    public static func image(_ head: [UInt8]) -> String? {
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if head.starts(with: Array("GIF87a".utf8)) || head.starts(with: Array("GIF89a".utf8)) { return "image/gif" }
        if head.count >= 12, head.starts(with: Array("RIFF".utf8)), Array(head[8..<12]) == Array("WEBP".utf8) { return "image/webp" }
        return nil
    }

    /// Types by extension for files that are not recognised images (an image extension alone is not trusted).
    static let byExtension: [String: String] = [
        "pdf": "application/pdf", "txt": "text/plain", "csv": "text/csv", "json": "application/json",
        "xml": "application/xml", "zip": "application/zip", "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "mp4": "video/mp4", "mov": "video/quicktime", "mp3": "audio/mpeg", "heic": "image/heic", "svg": "image/svg+xml",
    ]
}
