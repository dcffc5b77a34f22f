import OnsiteCore

/// Key bindings of the briefing screens (part of the one key table, `KeyMap.bindings`).
///
/// Every key here is scoped to the briefing screen and listed before the common keys, so it wins there;
/// none of them is a movement, help, language, rules or quit key (j k g G L R ? q stay what they are).
enum BriefingKeys {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    static let bindings: [KeyBinding] = [
        // Roll call: the member of the selected row (roll call, tasks or PPE).
        KeyBinding([.character("p")], "p", .markPresent, t("Roll call: present", "点名:出席"), short: t("Present", "出席"), on: [.briefing], bar: [.briefing]),
        KeyBinding([.character("l")], "l", .markLate, t("Roll call: late, asks time", "点名:迟到(填到达时间)"), short: t("Late", "迟到"),
                   on: [.briefing], bar: [.briefing]),
        KeyBinding([.character("a")], "a", .markAbsent, t("Roll call: absent", "点名:缺席"), short: t("Absent", "缺席"), on: [.briefing], bar: [.briefing]),
        // Tasks
        KeyBinding([.character("t")], "t", .add, t("Give the member a task", "给所选组员分配任务"), short: t("Task", "任务"), on: [.briefing], bar: [.briefing]),
        KeyBinding([.character("e")], "e", .edit, t("Reword the task", "修改任务"), on: [.briefing]),
        KeyBinding([.character(" ")], "Space", .toggle, t("Tick or untick the line", "勾选或取消所选行"),
                   on: [.briefing]),
        KeyBinding([.character("x"), .delete], "x/Del", .remove, t("Remove a task or caution", "删除任务或注意事项"), on: [.briefing]),
        KeyBinding([.character("o")], "o", .carryOver, t("Carry all unfinished over", "转入全部未完成任务"), on: [.briefing]),
        // Cautions
        KeyBinding([.character("c")], "c", .addCaution, t("Add a caution (own words)", "添加注意事项(自填)"), on: [.briefing]),
        // Held, or why not
        KeyBinding([.character("h")], "h", .holdBriefing, t("Briefing held now", "记录班前会已召开"), short: t("Held now", "已召开"),
                   on: [.briefing], bar: [.briefing]),
        KeyBinding([.character("n")], "n", .skipBriefing, t("Not held today (reason)", "今天未开(说明原因)"), on: [.briefing]),
        KeyBinding([.character("u")], "u", .reopenBriefing, t("Reopen it to correct it", "重新打开以更正"), on: [.briefing]),
    ]
}
