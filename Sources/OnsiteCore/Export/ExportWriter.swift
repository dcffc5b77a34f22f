import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why an export was not written.
public enum ExportError: Error, Equatable, Sendable {
    /// The path exists and replacing it was not asked for.
    case exists(String)
    /// A file was asked for where a folder is, or a folder where a file is.
    case wrongKind(String)
    /// Writing failed.
    case storage(StorageError)

    /// The message in both languages.
    public var message: LocalizedText {
        switch self {
        case .exists(let typed):
            let path = TextSanitizer.singleLine(typed)
            return LocalizedText(en: "\(path) already exists; nothing was overwritten", zh: "\(path) 已存在;未覆盖任何文件")
        case .wrongKind(let typed):
            let path = TextSanitizer.singleLine(typed)
            return LocalizedText(en: "\(path) is not the kind of path this export writes (a file, or a folder for CSV)",
                                 zh: "\(path) 类型不符(导出需要文件,CSV 需要文件夹)")
        case .storage(let error):
            return LocalizedText(en: "cannot write the export: \(error)", zh: "无法写入导出文件:\(error)")
        }
    }
}

/// Writes an export's files to the path the user named, never replacing anything unless told to.
/// Each file is written whole through `DurableFile` (a stick pulled out early leaves no half file).
public enum ExportWriter {
    /// One file at `path` (HTML, Markdown, JSON), or the files into the folder `path` (CSV; created if missing).
    /// Refused with `.exists` when the path exists and `force` is false.
    public static func write(_ files: [ExportFile], to path: URL, asFolder: Bool, force: Bool) throws(ExportError) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory)
        if exists, !force { throw .exists(path.path) }
        if exists, isDirectory.boolValue != asFolder { throw .wrongKind(path.path) }
        do throws(StorageError) {
            if asFolder {
                if !exists { try DurableFile.makeDirectory(path) }
                // Replacing a folder of tables: a table of the earlier export that this one does not write goes,
                // so the folder never mixes two exports (only the export's own file names are touched).
                let written = Set(files.map(\.name))
                for name in CSVExport.fileNames where exists && !written.contains(name) {
                    _ = unlink(path.appendingPathComponent(name).path)
                }
                for file in files { try DurableFile.replace(path.appendingPathComponent(file.name), with: file.data) }
            } else if let file = files.first {
                try DurableFile.replace(path, with: file.data)
            }
        } catch {
            throw .storage(error)
        }
    }
}
