/// Which standard, in which version, a site follows.
public struct StandardReference: Codable, Hashable, Sendable {
    public var id: String
    public var version: Int
    /// SHA-256 of the standard's TOML text: which exact words the site followed.
    public var sha256: String

    public init(id: String, version: Int, sha256: String) {
        self.id = id
        self.version = version
        self.sha256 = sha256
    }
}
