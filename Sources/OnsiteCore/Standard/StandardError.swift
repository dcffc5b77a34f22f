/// A problem found in a standard file: where, and what.
public struct StandardError: Error, Hashable, Sendable {
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(line: Int? = nil, column: Int? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}
