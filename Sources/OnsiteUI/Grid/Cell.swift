/// One cell of the screen grid. A wide character fills its cell and marks
/// the next one as its continuation (`isContinuation`), which draws nothing.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var role: StyleRole
    public var isContinuation: Bool

    public init(text: String = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
        self.text = text
        self.role = role
        self.isContinuation = isContinuation
    }

    /// An empty cell in the given role.
    public static func blank(_ role: StyleRole = .normal) -> Cell { Cell(text: " ", role: role) }
}
