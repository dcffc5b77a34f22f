import OnsiteCore

/// Key bindings of the day's log, the site's registers and the problem screen (part of the one key table, `KeyMap.bindings`).
enum RegisterKeys {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    static let bindings: [KeyBinding] = [
        // The day's log
        KeyBinding([.character("a")], "a", .add, t("Add progress of the work", "添加施工进展"), short: t("Progress", "进展"), on: [.log], bar: [.log]),
        KeyBinding([.character("s")], "s", .addSituation, t("Add a special situation", "添加特殊状况"), short: t("Situation", "特殊状况"), on: [.log], bar: [.log]),
        KeyBinding([.character("e"), .enter], "e", .edit, t("Edit the entry's text", "修改这条记录"), short: t("Edit", "修改"), on: [.log], bar: [.log]),
        KeyBinding([.character("x"), .delete], "x", .remove, t("Remove the entry (day open)", "删除记录(当天未关闭)"),
                   short: t("Remove", "删除"), on: [.log], bar: [.log]),
        // The registers
        KeyBinding([.character("a")], "a", .add, t("Add an entry", "添加一条"), short: t("Add", "添加"), on: [.register], bar: [.register]),
        KeyBinding([.enter], "Enter", .open, t("Open or act on the entry", "打开或处理选中的条目"),
                   short: t("Open", "打开"), on: [.register]),
        KeyBinding([.character("r")], "r", .returnItem, t("Borrowing: record its return", "借用物品:登记归还"), short: t("Return", "归还"), on: [.register]),
        KeyBinding([.character("s"), .character(" ")], "s/Space", .nextStatus, t("Material: next status", "欠料:下一状态"),
                   short: t("Status", "状态"), on: [.register]),
        KeyBinding([.character("x"), .delete], "x", .remove, t("Extra work: remove it", "追加工作:删除"),
                   short: t("Remove", "删除"), on: [.register]),
        // One problem
        KeyBinding([.enter], "Enter", .open, t("Change the selected line", "修改选中的一行"), short: t("Change", "修改"), on: [.problem], bar: [.problem]),
        KeyBinding([.character("r")], "r", .report, t("Record a report", "登记汇报"),
                   short: t("Report", "汇报"), on: [.problem], bar: [.problem]),
        KeyBinding([.character("s")], "s", .nextStatus, t("Solved, then client confirms", "已解决,再由客户确认"),
                   short: t("Status", "状态"), on: [.problem], bar: [.problem]),
        KeyBinding([.character("e")], "e", .edit, t("Edit what the problem says", "修改问题内容"), short: t("Edit", "修改"), on: [.problem]),
        KeyBinding([.character("d")], "d", .deadlines, t("Change the deadlines", "修改期限"), short: t("Deadlines", "期限"), on: [.problem], bar: [.problem]),
        KeyBinding([.character("o")], "o", .reopen, t("Reopen: the fix did not hold", "重新打开:问题复发"), short: t("Reopen", "重开"), on: [.problem]),
    ]

    /// The keys that matter on one register, as the register's own hint line shows them (from this table).
    static func hints(for kind: RegisterKind) -> [KeyBinding] {
        let actions: [Action] = switch kind {
        case .problems: [.open, .add]
        case .extraWork: [.add, .remove]
        case .borrowings: [.add, .returnItem]
        case .materials: [.add, .nextStatus]
        case .conduct: [.add]
        }
        return actions.compactMap { action in bindings.first { $0.action == action && $0.screens?.contains(.register) == true } }
    }
}
