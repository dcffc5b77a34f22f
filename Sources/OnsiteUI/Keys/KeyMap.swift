import OnsiteCore

/// The one key table: dispatch, the bottom bar and the help screen all read it.
public enum KeyMap {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }


    /// Every binding: each screen family's own first (scoped to its screens), then the common ones.
    public static let bindings: [KeyBinding] = TrainingKeys.bindings + DayKeys.bindings + BriefingKeys.bindings + RegisterKeys.bindings + EndOfDayKeys.bindings + ExitKeys.bindings + GlanceKeys.bindings + AttachKeys.bindings + common

    /// Screens that show a list (Home/End and the "Move" hint work there).
    static let listScreens: Set<ScreenKind> = [.welcome, .home, .arrival, .arrivalItem, .siteRules, .days, .day, .briefing, .log, .register, .problem, .cleanup, .review, .exit, .exitStep, .signPreview, .dashboard, .attachments]

    private static let common: [KeyBinding] = [
        KeyBinding([], "↑↓", .moveUp, t("Move", "移动"), bar: listScreens.union([.siteForm])),
        KeyBinding([.up, .character("k")], "↑/k", .moveUp, t("Move up", "上移")),
        KeyBinding([.down, .character("j")], "↓/j", .moveDown, t("Move down", "下移")),
        KeyBinding([.pageUp], "PgUp", .pageUp, t("Page up", "上一页")),
        KeyBinding([.pageDown], "PgDn", .pageDown, t("Page down", "下一页")),
        KeyBinding([.home, .character("g")], "Home", .first, t("First item", "第一项"), on: listScreens),
        KeyBinding([.end, .character("G")], "End", .last, t("Last item", "最后一项"), on: listScreens),
        KeyBinding([.enter], "Enter", .open, t("Open / edit / confirm", "打开 / 编辑 / 确认"), short: t("Open", "打开"), bar: [.welcome, .home, .arrival, .arrivalItem]),
        KeyBinding([.character(" ")], "Space", .toggle, t("Tick or untick the item", "勾选或取消勾选"), short: t("Done", "完成"), on: [.arrival, .arrivalItem], bar: [.arrival, .arrivalItem]),
        KeyBinding([.character("n")], "n", .notApplicable, t("Not applicable (with a reason)", "不适用(需说明原因)"), short: t("N/A", "不适用"), on: [.arrival, .arrivalItem], bar: [.arrival]),
        KeyBinding([.character("e")], "e", .editNote, t("Edit the item's note", "编辑备注"), on: [.arrival, .arrivalItem]),
        KeyBinding([.character("a")], "a", .add, t("Add an entry", "添加一条"), short: t("Add", "添加"), on: [.arrivalItem], bar: [.arrivalItem]),
        KeyBinding([.character("x"), .delete], "x/Del", .remove, t("Remove the entry", "删除这一条"), on: [.arrivalItem]),
        KeyBinding([.character("w")], "w", .toggleWritten, t("Rules given in writing (yes/no)", "是否有书面规定"), on: [.arrivalItem]),
        KeyBinding([.tab], "Tab", .nextPane, t("Next field or section", "下一栏")),
        KeyBinding([.backTab], "S-Tab", .previousPane, t("Previous field or section", "上一栏")),
        KeyBinding([.character("N")], "N", .newSite, t("Start a new site", "新建现场"), short: t("New site", "新建"), on: [.welcome], bar: [.welcome]),
        KeyBinding([.character("D")], "D", .demoSite, t("Open the demo site", "打开示例现场"), short: t("Demo", "示例"), on: [.welcome], bar: [.welcome]),
        KeyBinding([.character("A")], "A", .arrival, t("Arrival checklist", "进场检查表"), short: t("Arrival", "进场"), on: [.home, .siteRules]),
        KeyBinding([.character("R")], "R", .siteRules, t("Site rules (from any site screen)", "现场规范(任何现场界面)"), short: t("Rules", "规范"),
                   on: [.home, .arrival, .arrivalItem, .days, .day, .briefing, .log, .register, .problem, .cleanup, .review, .exit, .exitStep, .signPreview, .dashboard], bar: [.home, .arrival]),
        KeyBinding([.character("E")], "E", .editSite, t("Edit the site's details", "编辑现场信息"), short: t("Edit site", "编辑现场"), on: [.home]),
        KeyBinding([.control("s")], "Ctrl-S", .save, t("Save the form", "保存表单"), short: t("Save", "保存"), on: [.siteForm, .prompt], bar: [.siteForm]),
        KeyBinding([.control("d")], "Ctrl-D", .remove, t("Remove this row", "删除此行"), on: [.siteForm]),
        KeyBinding([.escape], "Esc", .back, t("Back (a form keeps what you typed)", "返回(表单内容会保留)"), short: t("Back", "返回"), bar: [.siteForm, .home, .arrival, .arrivalItem, .siteRules, .prompt, .days, .day, .briefing, .log, .register, .problem, .cleanup, .review, .signature, .exit, .exitStep, .exitSignature, .signPreview, .dashboard, .attachments]),
        KeyBinding([.character("L"), .function(2)], "L/F2", .switchLanguage, t("中文 / English", "English / 中文")),
        KeyBinding([.character("?"), .function(1)], "?", .help, t("All keys", "全部按键"), short: t("Help", "帮助"), bar: listScreens),
        KeyBinding([.control("l")], "Ctrl-L", .redraw, t("Redraw the screen", "重绘屏幕")),
        KeyBinding([.character("q")], "q", .quit, t("Quit (everything is already saved)", "退出(所有内容已保存)"), short: t("Quit", "退出"), bar: [.welcome, .home]),
        KeyBinding([.control("q")], "Ctrl-Q", .quit, t("Quit from anywhere", "在任何界面退出")),
    ]

    /// The action for a key on a screen, honouring text-field focus.
    public static func action(for key: Key, on screen: ScreenKind, typing: Bool) -> Action? {
        // While a text field has the focus, printable keys are text, never commands.
        if typing, case .character = key { return nil }
        for binding in bindings where binding.keys.contains(key) {
            if let screens = binding.screens, !screens.contains(screen) { continue }
            return binding.action
        }
        return nil
    }

    /// The bindings a screen's bottom bar shows, in table order.
    public static func bar(for screen: ScreenKind) -> [KeyBinding] {
        bindings.filter { $0.barScreens.contains(screen) }
    }

    /// The bindings that work on a screen (for the help screen).
    public static func help(for screen: ScreenKind) -> [KeyBinding] {
        bindings.filter { !$0.keys.isEmpty && ($0.screens?.contains(screen) ?? true) }
    }
}
