import OnsiteCore

/// Key bindings of the training walkthrough (part of `KeyMap.bindings`). Presentation clickers send PgDn/PgUp
/// (or →/←) and F5: while a step is shown these go to the walkthrough, never to the screen under it.
enum TrainingKeys {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    static let bindings: [KeyBinding] = [
        KeyBinding([.pageDown, .right], "PgDn/→", .nextStep, t("Next step (a step not done yet: says what is missing; again: skips it)", "下一步(未完成时提示缺少什么;再按一次跳过)"),
                   short: t("Next", "下一步"), on: [.walkthrough, .quiz, .chapterMenu], bar: [.walkthrough, .quiz]),
        KeyBinding([.pageUp, .left], "PgUp/←", .previousStep, t("The step before", "上一步"), short: t("Back", "上一步"),
                   on: [.walkthrough, .chapterMenu], bar: [.walkthrough]),
        KeyBinding([.function(5)], "F5", .chapterMenu, t("The chapters (jump anywhere, reset the sandbox, leave)", "章节菜单(跳转、重置沙盒、退出)"),
                   short: t("Chapters", "章节"), on: [.walkthrough, .quiz, .chapterMenu], bar: [.walkthrough, .quiz, .chapterMenu]),
        KeyBinding([.function(6)], "F6", .resizeBox, t("Step box: small, whole screen, hidden", "步骤框:小、全屏、隐藏"),
                   short: t("Box", "步骤框"), on: [.walkthrough], bar: [.walkthrough]),
        KeyBinding([.character("1"), .character("2"), .character("3"), .character("4"), .character("5")], "1–5", .answer(0),
                   t("Answer with that choice", "选择对应答案"), short: t("Answer", "作答"), on: [.quiz], bar: [.quiz]),
        KeyBinding([.enter], "Enter", .open, t("Choose / go on", "选择 / 继续"), short: t("Choose", "选择"), on: [.quiz, .chapterMenu], bar: [.chapterMenu]),
        KeyBinding([.character("r")], "r", .resetSandbox, t("Reset the sandbox (asks first; scores are kept)", "重置沙盒(会先确认;成绩保留)"),
                   short: t("Reset", "重置"), on: [.chapterMenu], bar: [.chapterMenu]),
        KeyBinding([.escape], "Esc", .back, t("Close the menu / the quiz", "关闭菜单 / 测验"), short: t("Close", "关闭"), on: [.quiz, .chapterMenu], bar: [.chapterMenu]),
    ]

    /// The action of a key on a training panel: the digit keys answer with their number.
    static func answerNumber(_ key: Key) -> Int? {
        guard case .character(let character) = key, let number = character.wholeNumberValue, (1...5).contains(number) else { return nil }
        return number
    }
}
