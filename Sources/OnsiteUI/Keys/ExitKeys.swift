import OnsiteCore

/// Key bindings of the exit screens and of the list of sites (part of `KeyMap.bindings`).
enum ExitKeys {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    static let bindings: [KeyBinding] = [
        KeyBinding([.character("X")], "X", .exit, t("Exit: acceptance, handover, closing", "撤离:验收、移交、关闭现场"), short: t("Exit", "撤离"),
                   on: [.home], bar: [.home]),
        // The list of sites
        KeyBinding([.character("a")], "a", .archive, t("Archive or restore the site", "归档或恢复现场"),
                   short: t("Archive", "归档"), on: [.welcome], bar: [.welcome]),
        KeyBinding([.character("x"), .delete], "x/Del", .deleteSite, t("Delete it (to the trash)", "删除(移入回收站)"),
                   on: [.welcome]),
        // The exit hub
        KeyBinding([.enter], "Enter", .open, t("Open the step", "打开该步骤"), short: t("Open", "打开"), on: [.exit], bar: [.exit]),
        KeyBinding([.character("C")], "C", .closeSite, t("Close the site (when nothing is missing)", "关闭现场(无缺项时)"), short: t("Close site", "关闭现场"),
                   on: [.exit], bar: [.exit]),
        // One step
        KeyBinding([.character("e")], "e", .edit, t("Record or change it", "记录或修改"), short: t("Record", "记录"), on: [.exitStep]),
        KeyBinding([.character("a")], "a", .add, t("Add a line", "添加一行"), short: t("Add", "添加"), on: [.exitStep]),
        KeyBinding([.character("d")], "d", .addDocument, t("Add a technical document", "添加技术资料"), short: t("Document", "资料"), on: [.exitStep]),
        KeyBinding([.character("x"), .delete], "x", .remove, t("Remove the line (before it is signed)", "删除该行(签字前)"), short: t("Remove", "删除"), on: [.exitStep]),
        KeyBinding([.character(" ")], "Space", .toggle, t("Taken back to the warehouse (yes/no)", "已带回仓库(是/否)"), short: t("Taken back", "已带回"), on: [.exitStep]),
        KeyBinding([.character("c")], "c", .countDone, t("The count is finished (yes/no)", "清点完毕(是/否)"), short: t("Counted", "清点完毕"), on: [.exitStep]),
        KeyBinding([.character("s")], "s", .sign, t("The client signs", "客户签字"), short: t("Sign", "签字"), on: [.exitStep]),
        KeyBinding([.character("h")], "h", .handSurvey, t("Survey handed to…", "调查表交给……"), short: t("Handed", "已交"), on: [.exitStep]),
        KeyBinding([.character("m")], "m", .comments, t("The client's comments", "客户意见"), short: t("Comments", "意见"), on: [.exitStep]),
        KeyBinding([.enter], "Enter", .open, t("Open the finding", "打开该问题"), short: t("Open", "打开"), on: [.exitStep]),
    ] + (1...5).map { score in
        KeyBinding([.character(Character(String(score)))], "1–5", .score(score), t("Score \(score) (survey)", "评 \(score) 分(调查)"),
                   short: t("Score", "评分"), on: [.exitStep])
    }

    /// The keys that matter on one step, as its hint line shows them (from this table).
    static func hints(for step: ExitStep) -> [KeyBinding] {
        let actions: [Action] = switch step {
        case .preAcceptance: [.edit, .add, .open]
        case .formalAcceptance: [.edit]
        case .delivery: [.add, .addDocument, .remove, .sign]
        case .leftovers: [.add, .toggle, .countDone, .remove]
        case .restoration: [.edit, .sign]
        case .survey: [.handSurvey, .score(1), .comments]
        case .borrowings, .thanks: []
        }
        return actions.compactMap { action in bindings.first { $0.action == action && $0.screens?.contains(.exitStep) == true } }
    }
}
