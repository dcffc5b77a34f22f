import OnsiteCore

/// The marks screens use, in Unicode or in ASCII for the Linux console.
struct Symbols {
    let unicode: Bool

    /// The mark of a checklist item's state.
    func mark(_ state: ItemState, resolved: Bool) -> String {
        switch state {
        case .open: return "[ ]"
        case .done: return resolved ? (unicode ? "[✓]" : "[x]") : "[!]"
        case .notApplicable: return unicode ? "[–]" : "[-]"
        }
    }

    var noteMark: String { unicode ? "✎" : "*" }
    var bullet: String { unicode ? "•" : "*" }
    var arrow: String { unicode ? "›" : ">" }
    var separator: String { unicode ? "─" : "-" }
}
