/// Which standard, in which version, a site follows.
public struct StandardReference: Codable, Hashable, Sendable {
    public var id: String
    public var version: Int

    public init(id: String, version: Int) {
        self.id = id
        self.version = version
    }
}
