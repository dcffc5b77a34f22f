import OnsiteCore

/// The attachments' words in both languages.
enum AttachWords {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    static let noPath = t("Type the path of the file to attach (Tab completes it).", "请输入要附加的文件路径(Tab 自动补全)。")
    static let badPath = t("The path holds control characters; type it again.", "路径含有控制字符,请重新输入。")

    /// What the files belong to, as a title says it.
    static func owner(_ owner: AttachmentOwner, _ state: AppState) -> String {
        switch owner {
        case .arrivalItem(let itemID):
            let title = state.standard(for: state.screen.siteID ?? "").arrivalItem(itemID)?.title.text(in: state.language) ?? itemID
            return state.t("the item “", "检查项“") + TextSanitizer.singleLine(title) + "”"
        case .problem(let problemID):
            let text = state.siteWithHistory(state.screen.siteID ?? "")?.registers.problems.first { $0.id == problemID }?.description ?? problemID
            return state.t("the problem “", "问题“") + short(text) + "”"
        case .extraWork(let entryID):
            let text = state.siteWithHistory(state.screen.siteID ?? "")?.registers.extraWork.first { $0.id == entryID }?.description ?? entryID
            return state.t("the extra work “", "追加工作“") + short(text) + "”"
        case .day(let date):
            return state.t("the day ", "工作日 ") + date.isoText
        }
    }

    private static func short(_ text: String) -> String {
        let line = TextSanitizer.singleLine(text)
        return line.count > 30 ? String(line.prefix(29)) + "…" : line
    }

    /// One attachment on one line: name, size, short hash.
    static func line(_ attachment: Attachment) -> String {
        "\(attachment.name)  \(Attachment.sizeText(attachment.size))  \(attachment.shortHash)"
    }

    /// "Files: 2 — photo.jpg, plan.pdf", for an owner's screen.
    static func summary(_ attachments: [Attachment], _ state: AppState) -> String {
        let names = attachments.map(\.name).joined(separator: ", ")
        return state.t("Files: \(attachments.count) — \(names) (F lists them)", "附件:\(attachments.count) 个 — \(names)(按 F 查看)")
    }

    static func attached(_ attachment: Attachment) -> LocalizedText {
        let size = Attachment.sizeText(attachment.size)
        return t("Attached \(attachment.name) (\(size), SHA-256 \(attachment.shortHash)…).",
                 "已附加 \(attachment.name)(\(size),SHA-256 \(attachment.shortHash)…)。")
    }

    static func alreadyAttached(_ attachment: Attachment) -> LocalizedText {
        t("\(attachment.name) is attached here already (same content); nothing changed.", "\(attachment.name) 已附加在此(内容相同),未作更改。")
    }

    static func notAttached(_ reason: LocalizedText) -> LocalizedText {
        t("Not attached: \(reason.en).", "未附加:\(reason.zh)。")
    }

    static let nothing = t("No files attached yet. f attaches one (a photo or any file, by its path).",
                           "尚无附件。按 f 附加文件(照片或任何文件,输入路径)。")
    static let limit = t("Up to \(Attachment.sizeText(AttachmentStore.sizeLimit)) · Tab completes · ~ is your home folder",
                         "上限 \(Attachment.sizeText(AttachmentStore.sizeLimit)) · Tab 补全 · ~ 表示主目录")
}
