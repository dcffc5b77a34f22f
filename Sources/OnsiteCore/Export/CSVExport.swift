import Foundation

/// The site's tables as CSV files, one per table, for a spreadsheet: UTF-8 with a byte-order mark (so a spreadsheet
/// reads Chinese correctly), CRLF line ends, RFC 4180 quoting. Headers and words are in the report's language;
/// times are the site's local time, the offset named in the header.
///
/// Every table starts with a `demo` column ("DEMO" on demo or training data, empty otherwise): a note in a first
/// line would break the header row for spreadsheets and scripts, and a mark in the file name is lost when rows are
/// copied into another sheet, while a column travels with every row.
public enum CSVExport {
    /// The file names, in order.
    public static let tableNames = ["days", "problems", "extra-work", "borrowings", "materials", "conduct"]

    /// Every file name an export of tables may write (the attachments table only when there are files).
    public static let fileNames = tableNames.map { $0 + ".csv" } + ["attachments.csv"]

    /// The files (`<table>.csv`), limited to one day's rows when `only` is given.
    public static func files(_ export: SiteExport, only: LocalDate? = nil) -> [ExportFile] {
        let tables = [days(export, only), problems(export, only), extraWork(export, only), borrowings(export, only),
                      materials(export, only), conduct(export, only)]
        let files = attachments(export, only)
        // Written only when there are attachments, so exports of sites without any stay as they were.
        return zip(tableNames, tables).map { ExportFile(name: "\($0).csv", data: document($1)) }
            + (files.count > 1 ? [ExportFile(name: "attachments.csv", data: document(files))] : [])
    }

    /// Rows (the header first) as CSV bytes: BOM, fields escaped, CRLF after every row.
    public static func document(_ rows: [[String]]) -> Data {
        var text = "\u{FEFF}"
        for row in rows { text += row.map(ExportEscaping.csv).joined(separator: ",") + "\r\n" }
        return Data(text.utf8)
    }

    static func demo(_ export: SiteExport) -> String { export.site.isDemo ? "DEMO" : "" }

    static func zoned(_ words: ExportWords, _ label: String) -> String { "\(label) (\(ExportWords.zone(words.offsetSeconds)))" }

    private static func days(_ export: SiteExport, _ only: LocalDate?) -> [[String]] {
        let words = export.words
        var rows = [["demo", words.t("Date", "日期"), words.t("State", "状态"), zoned(words, words.t("Briefing held", "班前会时间")),
                     words.t("No briefing because", "未开班前会原因"), words.t("Present", "出勤"), words.t("Late", "迟到"), words.t("Absent", "缺勤"),
                     words.t("Log entries", "日志条数"), words.t("Problems found", "发现问题"), words.t("Extra work", "追加工作"),
                     words.t("Signed by", "签字人"), zoned(words, words.t("Signed at", "签字时间")), words.t("Record SHA-256", "记录 SHA-256"),
                     words.t("Seal hash", "封签哈希"), words.t("Chain sequence", "链序号"), words.t("Verification", "校验"),
                     words.t("Closed without signature; consent by", "未签字关闭;同意人"), words.t("Consent reason", "未签字原因"),
                     zoned(words, words.t("Crew left", "离场时间")), words.t("Amendments", "更正")]]
        for summary in export.site.days where SiteExport.within(summary.date, only) {
            guard let day = export.day(summary.date) else {
                let reason = export.unreadable[summary.date] ?? words.t("the file is missing", "文件缺失")
                rows.append([demo(export), summary.date.isoText, words.dayState(summary.state)] + Array(repeating: "", count: 13)
                            + [words.t("unreadable: ", "无法读取:") + reason, "", "", "", ""])
                continue
            }
            let count = { (status: AttendanceStatus) in String(day.briefing.attendance.filter { $0.status == status }.count) }
            let signOff = day.signOff
            rows.append([
                demo(export), day.date.isoText, words.dayState(day.state), day.briefing.heldAt.map(words.time) ?? "", day.noBriefingReason ?? "",
                count(.present), count(.late), count(.absent), String(day.log.count),
                String(export.site.registers.problems.filter { $0.day == day.date && $0.origin == nil }.count),
                String(export.site.registers.extraWork.filter { $0.day == day.date }.count),
                signOff?.clientName ?? "", signOff.map { words.time($0.signedAt) } ?? "", signOff?.recordHash ?? "", signOff?.seal?.hash ?? "",
                signOff?.seal.map { String($0.sequence) } ?? "", signOff.map { _ in words.verification(export.verification(of: day)) } ?? "",
                day.exception?.consentedBy ?? "", day.exception?.reason ?? "", day.departedAt.map(words.time) ?? "", String(day.amendments.count),
            ])
        }
        return rows
    }

    private static func problems(_ export: SiteExport, _ only: LocalDate?) -> [[String]] {
        let words = export.words
        var rows = [["demo", "id", words.t("Day found", "发现日期"), zoned(words, words.t("Found at", "发现时间")), words.t("Where", "场合"),
                     words.t("Severity", "严重程度"), words.t("Problem", "问题"), words.t("Proposed solution", "解决方案"), words.t("Owner", "负责人"),
                     words.t("Status", "状态"), words.t("Reported to", "已报告"), zoned(words, words.t("Solved at", "解决时间")),
                     zoned(words, words.t("Confirmed at", "确认时间")), words.t("Confirmed by", "确认人"),
                     words.t("Follow-up due", "跟进期限"), words.t("Solution due", "解决期限")]]
        for problem in export.site.registers.problems where SiteExport.within(problem.day, only) {
            let reports = problem.reports.map { "\(words.time($0.at)) \(words.recipient($0.to)) \($0.who) (\(words.channel($0.channel)))" }
            rows.append([
                demo(export), problem.id, problem.day.isoText, words.time(problem.openedAt),
                problem.origin == .preAcceptance ? words.t("pre-acceptance", "预验收") : words.t("working day", "工作日"),
                words.severity(problem.severity), problem.description, problem.proposedSolution, problem.owner, words.problemStatus(problem.status),
                reports.joined(separator: "\n"), problem.solvedAt.map(words.time) ?? "", problem.confirmedAt.map(words.time) ?? "",
                problem.confirmedBy ?? "", problem.followUpDue.isoText, problem.solveDue.isoText,
            ])
        }
        return rows
    }

    private static func extraWork(_ export: SiteExport, _ only: LocalDate?) -> [[String]] {
        let words = export.words
        var rows = [["demo", "id", words.t("Day", "日期"), words.t("Work", "工作内容"), words.t("Quantity", "数量"),
                     words.t("Requested by", "要求人"), zoned(words, words.t("Requested at", "要求时间"))]]
        for item in export.site.registers.extraWork where SiteExport.within(item.day, only) {
            rows.append([demo(export), item.id, item.day.isoText, item.description, item.quantity, item.requestedBy, words.time(item.requestedAt)])
        }
        return rows
    }

    private static func borrowings(_ export: SiteExport, _ only: LocalDate?) -> [[String]] {
        let words = export.words
        var rows = [["demo", "id", words.t("Item", "物品"), words.t("Lent by", "出借人"), zoned(words, words.t("Borrowed", "借用时间")),
                     words.t("Condition", "状况"), zoned(words, words.t("Returned", "归还时间")), words.t("Condition on return", "归还时状况")]]
        for item in export.site.registers.borrowings where SiteExport.within(item.borrowedAt.localDate, only) {
            rows.append([demo(export), item.id, item.item, item.lender, words.time(item.borrowedAt), item.condition,
                         item.returnedAt.map(words.time) ?? "", item.returnCondition ?? ""])
        }
        return rows
    }

    private static func materials(_ export: SiteExport, _ only: LocalDate?) -> [[String]] {
        let words = export.words
        var rows = [["demo", "id", words.t("Material", "材料"), words.t("Quantity", "数量"), words.t("Needed by", "需要日期"),
                     words.t("Status", "状态"), zoned(words, words.t("Recorded", "登记时间"))]]
        for item in export.site.registers.materials where SiteExport.within(item.recordedAt.localDate, only) {
            rows.append([demo(export), item.id, item.item, item.quantity, item.neededBy?.isoText ?? "", words.shortage(item.status), words.time(item.recordedAt)])
        }
        return rows
    }

    private static func conduct(_ export: SiteExport, _ only: LocalDate?) -> [[String]] {
        let words = export.words
        var rows = [["demo", "id", words.t("Day", "日期"), words.t("Crew member", "成员"), words.t("Kind", "类别"),
                     words.t("Rule or quality", "规定或品质"), words.t("Note", "备注"), zoned(words, words.t("Recorded", "登记时间"))]]
        for entry in export.site.registers.conduct where SiteExport.within(entry.day, only) {
            rows.append([demo(export), entry.id, entry.day.isoText, export.crewName(entry.crewMemberID), words.conduct(entry.kind),
                         entry.reference, entry.note, words.time(entry.at)])
        }
        return rows
    }
}
