import OnsiteCore

/// Key bindings of attachments (part of `KeyMap.bindings`): attach a file on every screen of a record that takes one,
/// and list its files. The bars of those screens are full at 80 columns, so the keys are in `?` help.
enum AttachKeys {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    static let bindings: [KeyBinding] = [
        KeyBinding([.character("f")], "f", .attachFile, t("Attach a photo or any file (by path, Tab completes)", "附加照片或任何文件(输入路径,Tab 补全)"),
                   short: t("Attach", "附加"), on: [.arrivalItem, .problem, .register, .day, .attachments], bar: [.attachments]),
        KeyBinding([.character("F")], "F", .listFiles, t("The files attached here", "查看此处的附件"),
                   short: t("Files", "附件"), on: [.arrivalItem, .problem, .register, .day]),
    ]
}
