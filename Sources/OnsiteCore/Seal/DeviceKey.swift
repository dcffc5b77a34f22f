import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// This device's Ed25519 signing key: it seals every client sign-off made here.
/// Kept in the data directory as `device-key` (JSON, 0600); created on first run.
public struct DeviceKey: Sendable, Hashable {
    /// The private key's 32 raw bytes (kept as bytes so the value stays plain and sendable).
    private let secret: Data
    /// The public key's 32 raw bytes.
    public let publicKey: Data

    /// A key from its 32 raw private bytes; nil when they are not a key.
    public init?(rawRepresentation: Data) {
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: rawRepresentation) else { return nil }
        secret = key.rawRepresentation
        publicKey = key.publicKey.rawRepresentation
    }

    /// A new random key.
    public static func generate() -> DeviceKey {
        // A fresh key's own bytes are always a key.
        DeviceKey(rawRepresentation: Curve25519.Signing.PrivateKey().rawRepresentation)!
    }

    /// The key's short name: the first 16 hex characters of the SHA-256 of the public key.
    public var keyID: String { DeviceKey.keyID(of: publicKey) }

    /// The short name of any public key.
    public static func keyID(of publicKey: Data) -> String { String(StandardLoader.sha256(of: publicKey).prefix(16)) }

    /// The Ed25519 signature of some bytes.
    public func sign(_ data: Data) throws -> Data {
        try Curve25519.Signing.PrivateKey(rawRepresentation: secret).signature(for: data)
    }

    /// Whether a signature of some bytes was made by the holder of a public key.
    public static func isValid(signature: Data, of data: Data, publicKey: Data) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        return key.isValidSignature(signature, for: data)
    }

    /// The file as stored.
    private struct Stored: Codable {
        var schema: Int
        var keyID: String
        var publicKey: String
        var privateKey: String
    }

    /// The device key of a data directory: read from `device-key`, or created and written there (0600) when missing.
    /// A file that is present but unreadable is an error, never silently replaced: the seals made with it name it.
    public static func loadOrCreate(in directory: DataDirectory) throws(StorageError) -> DeviceKey {
        let file = directory.deviceKeyFile
        if let data = FileManager.default.contents(atPath: file.path) {
            guard let stored = try? JSONFormat.decode(Stored.self, from: data),
                  let raw = Data(base64Encoded: stored.privateKey),
                  let key = DeviceKey(rawRepresentation: raw), key.publicKey.base64EncodedString() == stored.publicKey else {
                throw .ioFailure(path: file.path, operation: "read the device key", code: EINVAL,
                                 message: "the file is not a device key; move it aside to create a new one")
            }
            return key
        }
        if access(file.path, F_OK) == 0 { throw .permissionDenied(path: file.path) }
        let key = generate()
        let stored = Stored(schema: 1, keyID: key.keyID, publicKey: key.publicKey.base64EncodedString(), privateKey: key.secret.base64EncodedString())
        try DurableFile.makeDirectory(directory.root)
        try DurableFile.replace(file, with: try JSONFormat.encode(stored))
        return key
    }
}
