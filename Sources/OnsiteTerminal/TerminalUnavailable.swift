/// Why Onsite cannot take over this terminal; `description` is a message for the user.
public struct TerminalUnavailable: Error, CustomStringConvertible, Equatable, Sendable {
    /// A complete English sentence saying what is wrong and what to try.
    public let message: String

    /// Wraps a message for the user.
    public init(_ message: String) {
        self.message = message
    }

    /// The message, so `print(error)` shows it as it is.
    public var description: String { message }
}
