import Foundation

/// The formats of `onsite export`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case html
    case markdown = "md"
    case csv
    case json

    /// Whether the export is a folder of files (CSV) rather than one file.
    public var isFolder: Bool { self == .csv }

    /// The file extension (none for a folder).
    public var fileExtension: String { isFolder ? "" : rawValue }
}

/// One file of an export: its name (inside the folder, for CSV) and its bytes.
public struct ExportFile: Hashable, Sendable {
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// The bytes as UTF-8 text.
    public var text: String { String(decoding: data, as: UTF8.self) }
}

/// Turns a site into the files of an export: the daily report when a day is given, the site dossier otherwise.
public enum SiteExporter {
    /// The files of an export (one for HTML, Markdown and JSON; one per table for CSV).
    public static func files(_ export: SiteExport, format: ExportFormat, day: LocalDate? = nil) -> [ExportFile] {
        let name = suggestedName(export.site, format: format, day: day)
        switch format {
        case .html:
            return [ExportFile(name: name, data: Data(HTMLRenderer.render(report(export, day: day)).utf8))]
        case .markdown:
            return [ExportFile(name: name, data: Data(MarkdownRenderer.render(report(export, day: day)).utf8))]
        case .csv:
            return CSVExport.files(export, only: day)
        case .json:
            return [ExportFile(name: name, data: JSONExport(export, only: day).data())]
        }
    }

    /// The daily report or the dossier.
    public static func report(_ export: SiteExport, day: LocalDate?) -> Report {
        day.map { ReportBuilder.daily(export, date: $0) } ?? ReportBuilder.dossier(export)
    }

    /// A file name for the export: `<site>-<date>.html` or `<site>-dossier.md`, `DEMO-` first on demo data.
    public static func suggestedName(_ site: Site, format: ExportFormat, day: LocalDate?) -> String {
        let safeID = String(site.id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
        let base = (site.isDemo && !safeID.lowercased().hasPrefix("demo") ? "DEMO-" : "") + safeID + "-" + (day?.isoText ?? "dossier")
        return format.isFolder ? base + "-csv" : base + "." + format.fileExtension
    }
}
