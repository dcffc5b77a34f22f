import Foundation
import OnsiteCore

/// The entry form of the export action: where to write the HTML report.
public enum ExportPrompt: Codable, Hashable, Sendable {
    /// The daily report of a day, or the dossier of the whole site when `date` is nil.
    case report(siteID: String, date: LocalDate?)
}

/// Opening, wording and submitting the export form. The file itself is written by the runner (`Effect.exportReport`).
enum ExportPrompts {
    /// Opens the form with a suggested file name (in the folder Onsite was started from).
    static func open(siteID: String, date: LocalDate?, _ state: inout AppState) {
        guard let site = state.site(siteID) else { return }
        if let date, site.daySummary(date) == nil {
            state.message = StatusMessage(ExportWords.nothingOnDay(date), .info)
            return
        }
        let name = SiteExporter.suggestedName(site, format: .html, day: date)
        state.prompt = PromptState(purpose: .export(.report(siteID: siteID, date: date)), fields: [TextField(name)])
    }

    static func title(_ prompt: ExportPrompt, _ state: AppState) -> String {
        switch prompt {
        case .report(_, let date?):
            state.t("Export the daily report \(date.isoText) as HTML, ready to print", "导出 \(date.isoText) 日报(HTML,可直接打印)")
        case .report(_, nil):
            state.t("Export the site dossier as HTML, ready to print", "导出现场档案(HTML,可直接打印)")
        }
    }

    static func labels(_ prompt: ExportPrompt, _ state: AppState) -> [String] {
        [state.t("File (a new name; ~ is your home folder)", "文件(新文件名;~ 表示主目录)")]
    }

    static func submit(_ prompt: ExportPrompt, _ values: [String], _ state: inout AppState) -> PromptOutcome {
        let path = (values.first ?? "").trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else { return .refused(ExportWords.noPath) }
        guard !path.unicodeScalars.contains(where: TextSanitizer.isUnsafe) else { return .refused(ExportWords.badPath) }
        switch prompt {
        case .report(let siteID, let date):
            return .done([.exportReport(siteID: siteID, date: date, path: path, language: state.language)])
        }
    }

    /// Where a typed path points: `~` is the home folder, a relative path is taken from the current folder.
    static func resolve(_ path: String, home: String?, currentFolder: String) -> URL {
        if path == "~" || path.hasPrefix("~/"), let home {
            return URL(fileURLWithPath: home + path.dropFirst())
        }
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: currentFolder).appendingPathComponent(path)
    }
}

/// The export's messages in both languages.
enum ExportWords {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    static let noPath = t("Type the name of the file to write.", "请输入要写入的文件名。")
    static let badPath = t("The name holds control characters; type it again.", "文件名含有控制字符,请重新输入。")

    static func nothingOnDay(_ date: LocalDate) -> LocalizedText {
        t("Nothing was recorded on \(date.isoText) yet: there is no daily report to export.", "\(date.isoText) 尚无记录,没有可导出的日报。")
    }

    static func written(_ path: String, date: LocalDate?, verified: Result<ChainVerifier.Report, ChainVerifier.Failure>) -> StatusMessage {
        let shown = TextSanitizer.singleLine(path)
        let what = date.map { t("daily report \($0.isoText)", "\($0.isoText) 日报") } ?? t("site dossier", "现场档案")
        switch verified {
        case .success(let report):
            return StatusMessage(t("Exported the \(what.en) to \(shown) (\(report.signedRecords) signed records verified).",
                                   "已导出\(what.zh)到 \(shown)(\(report.signedRecords) 份已签记录校验通过)。"), .success)
        case .failure(let failure):
            let reason = TextSanitizer.singleLine(failure.description)
            return StatusMessage(t("Exported the \(what.en) to \(shown), but VERIFICATION FAILED: \(reason)",
                                   "已导出\(what.zh)到 \(shown),但校验失败:\(reason)"), .error)
        }
    }

    static func failed(_ error: ExportError) -> StatusMessage {
        StatusMessage(t("Not exported: \(error.message.en). Press P again to choose another name.",
                        "未导出:\(error.message.zh)。请再按 P 换一个文件名。"), .error)
    }
}
