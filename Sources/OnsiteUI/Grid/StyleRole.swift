/// What a piece of text means on screen; a theme decides how each role looks.
public enum StyleRole: String, CaseIterable, Hashable, Sendable, Codable {
    case normal
    case title
    case heading
    case muted
    case selected
    case accent
    case success
    case warning
    case error
    case statusBar
    case statusKey
    case input
    case inputFocused
    case border
    case progressDone
    case progressTodo
}
