import OnsiteCore

/// Key bindings of the register screens (part of the one key table, `KeyMap.bindings`).
enum RegisterKeys {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    static let bindings: [KeyBinding] = []
}
