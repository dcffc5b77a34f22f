import OnsiteCore

/// Key bindings of the days list, the day screen and site-wide day keys (part of `KeyMap.bindings`).
enum DayKeys {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    static let bindings: [KeyBinding] = [
        KeyBinding([.character("T")], "T", .today, t("Today's work", "今天的工作"), short: t("Today", "今天"), on: [.home, .days], bar: [.home]),
        KeyBinding([.character("D")], "D", .days, t("All days of the site", "现场所有工作日"), short: t("Days", "工作日"), on: [.home], bar: [.home]),
        KeyBinding([.enter], "Enter", .open, t("Open", "打开"), on: [.days, .day], bar: [.days, .day]),
        KeyBinding([.character("P")], "P", .exportReport, t("Export the HTML report to print (the day's, or the site dossier)", "导出可打印的 HTML 报告(当日日报或现场档案)"),
                   short: t("Report", "报告"), on: [.home, .day]),
        KeyBinding([.character("m")], "m", .amend, t("Amend a closed day (with a reason)", "更正已关闭的一天(需说明原因)"), short: t("Amend", "更正"), on: [.day], bar: [.day]),
        KeyBinding([.character("/")], "/", .search, t("Search the rules", "搜索规范"), short: t("Search", "搜索"), on: [.siteRules], bar: [.siteRules]),
    ]
}
