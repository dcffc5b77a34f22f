import OnsiteCore

/// Key bindings of the end-of-day screens: 5S cleanup, review with the client, signature (part of `KeyMap.bindings`).
enum EndOfDayKeys {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    static let bindings: [KeyBinding] = [
        // 5S cleanup
        KeyBinding([.character(" ")], "Space", .toggle, t("Mark the item inspected (again: open)", "标记为已检查(再按一次:恢复未检查)"),
                   short: t("Inspected", "已检查"), on: [.cleanup], bar: [.cleanup]),
        KeyBinding([.character("n")], "n", .notApplicable, t("Not applicable today (with a reason)", "今天不适用(需说明原因)"),
                   short: t("N/A", "不适用"), on: [.cleanup], bar: [.cleanup]),
        // Review with the client
        KeyBinding([.character("a")], "a", .add, t("Add a schedule change", "添加工期变更"), short: t("Schedule change", "工期变更"),
                   on: [.review], bar: [.review]),
        KeyBinding([.character("x"), .delete], "x/Del", .remove, t("Remove the selected schedule change", "删除选中的工期变更"),
                   short: t("Remove", "删除"), on: [.review], bar: [.review]),
        // Signature
        KeyBinding([.enter], "Enter", .open, t("The client signs: type the full name", "客户签字:输入全名"), short: t("Sign", "签字"),
                   on: [.signature, .exitSignature], bar: [.signature, .exitSignature]),
        KeyBinding([.character("c")], "c", .clearPad, t("Clear the pad", "清空签名板"), short: t("Clear", "清空"), on: [.signature, .exitSignature], bar: [.signature, .exitSignature]),
        KeyBinding([.character("u")], "u", .undoStroke, t("Undo the last stroke", "撤销上一笔"), short: t("Undo", "撤销"), on: [.signature, .exitSignature], bar: [.signature, .exitSignature]),
        KeyBinding([.character("r")], "r", .redoStroke, t("Redo the stroke taken back", "恢复撤销的一笔"), short: t("Redo", "恢复"),
                   on: [.signature, .exitSignature], bar: [.signature, .exitSignature]),
        KeyBinding([.character("x")], "x", .withoutSignature,
                   t("The client cannot sign: record who consented, how, when and why", "客户无法签字:记录同意人、方式、时间和原因"),
                   short: t("Cannot sign", "无法签字"), on: [.signature], bar: [.signature]),
    ]
}
