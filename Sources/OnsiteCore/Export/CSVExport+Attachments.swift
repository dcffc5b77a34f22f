/// The attachments table of the CSV export: one row per attached file, with its owner, size and SHA-256.
extension CSVExport {
    static func attachments(_ export: SiteExport, _ only: LocalDate?) -> [[String]] {
        let words = export.words
        var rows = [["demo", words.t("Attached to", "附加于"), words.t("Owner id", "所属编号"), words.t("Day", "日期"), words.t("File", "文件"),
                     words.t("Bytes", "字节"), words.t("Media type", "类型"), "SHA-256", zoned(words, words.t("Attached at", "附加时间")),
                     words.t("Note", "备注"), words.t("Stored copy", "存储副本")]]
        func add(_ owner: String, _ id: String, _ day: LocalDate?, _ files: [Attachment]?) {
            if let only, day != only { return }
            for file in files ?? [] {
                rows.append([demo(export), owner, id, day?.isoText ?? "", file.name, String(file.size), file.mediaType, file.sha256,
                             words.time(file.attachedAt), file.note ?? "", export.files.present.contains(file.sha256) ? words.yes : words.no])
            }
        }
        for (itemID, record) in export.site.arrival.items.sorted(by: { $0.key < $1.key }) { add("arrival-item", itemID, nil, record.attachments) }
        for problem in export.site.registers.problems { add("problem", problem.id, problem.day, problem.attachments) }
        for entry in export.site.registers.extraWork { add("extra-work", entry.id, entry.day, entry.attachments) }
        for day in export.days { add("day", day.date.isoText, day.date, day.attachments) }
        return rows
    }
}
