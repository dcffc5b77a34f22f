extension ListPosition {
    /// Scrolls a text that is read, not selected from (the rules, the record before signing): arrows by a line,
    /// PgUp/PgDn by `visible` lines, Home/End to either end, kept within `0...bottom`. False for any other action.
    mutating func scrollText(_ action: Action?, visible: Int, bottom: Int) -> Bool {
        switch action {
        case .moveUp: scroll -= 1
        case .moveDown: scroll += 1
        case .pageUp: scroll -= visible
        case .pageDown: scroll += visible
        case .first: scroll = 0
        case .last: scroll = bottom
        default: return false
        }
        scroll = min(max(0, scroll), bottom)
        return true
    }
}
