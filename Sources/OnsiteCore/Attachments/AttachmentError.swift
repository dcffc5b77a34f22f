/// Why a file could not be attached. Nothing is stored and nothing is changed when one is thrown.
public enum AttachmentError: Error, Hashable, Sendable {
    /// Nothing is at the path.
    case missing(String)
    /// The file exists but cannot be read (permissions).
    case unreadable(String)
    /// The path is a folder.
    case directory(String)
    /// A FIFO, socket or device: never opened (reading a FIFO would wait forever).
    case special(String, kind: String)
    /// The file is larger than `AttachmentStore.sizeLimit`.
    case tooLarge(String, size: Int64, limit: Int64)
    /// A symbolic link that points nowhere, or into a loop.
    case brokenLink(String)
    /// The file changed while it was copied (it grew past the limit or was swapped).
    case changed(String)
    /// The copy could not be written into the site's folder.
    case storage(StorageError)

    /// The message in both languages, naming the path and, for a file too large, the limit.
    public var message: LocalizedText {
        switch self {
        case .missing(let path):
            let shown = TextSanitizer.singleLine(path)
            return LocalizedText(en: "There is no file at \(shown)", zh: "\(shown) 处没有文件")
        case .unreadable(let path):
            let shown = TextSanitizer.singleLine(path)
            return LocalizedText(en: "\(shown) cannot be read (permission denied)", zh: "无法读取 \(shown)(权限不足)")
        case .directory(let path):
            let shown = TextSanitizer.singleLine(path)
            return LocalizedText(en: "\(shown) is a folder; attach a file", zh: "\(shown) 是文件夹,请附加文件")
        case .special(let path, let kind):
            let shown = TextSanitizer.singleLine(path)
            return LocalizedText(en: "\(shown) is a \(kind), not a regular file; it was not opened",
                                 zh: "\(shown) 是\(AttachmentError.kindZh(kind)),不是普通文件;未打开")
        case .tooLarge(let path, let size, let limit):
            let shown = TextSanitizer.singleLine(path)
            let sizeText = Attachment.sizeText(size), limitText = Attachment.sizeText(limit)
            return LocalizedText(en: "\(shown) is \(sizeText), over the \(limitText) limit for an attachment",
                                 zh: "\(shown) 大小为 \(sizeText),超过附件上限 \(limitText)")
        case .brokenLink(let path):
            let shown = TextSanitizer.singleLine(path)
            return LocalizedText(en: "\(shown) is a symbolic link that points nowhere (or into a loop)",
                                 zh: "\(shown) 是无效的符号链接(目标不存在或循环)")
        case .changed(let path):
            let shown = TextSanitizer.singleLine(path)
            return LocalizedText(en: "\(shown) changed while it was copied; try again", zh: "\(shown) 在复制时发生变化,请重试")
        case .storage(let error):
            return LocalizedText(en: "the copy could not be saved: \(error)", zh: "无法保存副本:\(error)")
        }
    }

    private static func kindZh(_ kind: String) -> String {
        switch kind {
        case "FIFO": "命名管道(FIFO)"
        case "socket": "套接字"
        default: "设备文件"
        }
    }
}
