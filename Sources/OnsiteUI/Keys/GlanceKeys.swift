import OnsiteCore

/// Key bindings of the dashboard (the site at a glance) and of the record to sign (part of `KeyMap.bindings`).
enum GlanceKeys {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    static let bindings: [KeyBinding] = [
        KeyBinding([.character("O")], "O", .dashboard, t("The site at a glance: days, problems, satisfaction", "现场概览:工作日、问题、满意度"),
                   short: t("Glance", "概览"), on: [.home]),
        KeyBinding([.character("p")], "p", .preview, t("What the client signs: the record and its SHA-256", "客户签字的内容:记录及其 SHA-256"),
                   short: t("Record", "签字内容"), on: [.review, .signature], bar: [.review, .signature]),
        KeyBinding([.enter], "Enter", .open, t("The client has read it: on to the signature pad", "客户已阅读:进入签名板"),
                   short: t("To the pad", "去签字"), on: [.signPreview], bar: [.signPreview]),
        KeyBinding([], "PgUp/PgDn", .pageDown, t("Page", "翻页"), bar: [.signPreview, .dashboard]),
    ]
}
