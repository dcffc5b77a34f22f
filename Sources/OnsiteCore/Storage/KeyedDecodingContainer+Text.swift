import Foundation

/// Dates, times and named values (enums of strings) are strings in the files: these overloads read them as strings
/// in the container that holds them, which the synthesized `init(from:)` of every record type picks over the generic
/// `decode(_:forKey:)`. The generic path goes through a nested decoder for each field (checking the type against
/// the decoder's special cases, pushing a coding path, opening a single-value container), four to five times the cost
/// of the string itself: with them a problem of the register reads in ~83 k instructions instead of ~98 k.
/// Errors name the same key and say the same as the types' own `init(from:)`.
extension KeyedDecodingContainer {
    func decode(_ type: LocalDate.Type, forKey key: Key) throws -> LocalDate {
        try date(try decode(String.self, forKey: key), key)
    }

    func decodeIfPresent(_ type: LocalDate.Type, forKey key: Key) throws -> LocalDate? {
        try decodeIfPresent(String.self, forKey: key).map { try date($0, key) }
    }

    func decode(_ type: Timestamp.Type, forKey key: Key) throws -> Timestamp {
        try timestamp(try decode(String.self, forKey: key), key)
    }

    func decodeIfPresent(_ type: Timestamp.Type, forKey key: Key) throws -> Timestamp? {
        try decodeIfPresent(String.self, forKey: key).map { try timestamp($0, key) }
    }

    func decode<Named: RawRepresentable & Decodable>(_ type: Named.Type, forKey key: Key) throws -> Named where Named.RawValue == String {
        try named(try decode(String.self, forKey: key), key)
    }

    func decodeIfPresent<Named: RawRepresentable & Decodable>(_ type: Named.Type, forKey key: Key) throws -> Named? where Named.RawValue == String {
        try decodeIfPresent(String.self, forKey: key).map { try named($0, key) }
    }

    private func date(_ text: String, _ key: Key) throws -> LocalDate {
        guard let value = LocalDate(text: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "Not a date (YYYY-MM-DD): \(text)")
        }
        return value
    }

    private func timestamp(_ text: String, _ key: Key) throws -> Timestamp {
        guard let value = Timestamp(isoText: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "Not a time with offset: \(text)")
        }
        return value
    }

    private func named<Named: RawRepresentable>(_ text: String, _ key: Key) throws -> Named where Named.RawValue == String {
        guard let value = Named(rawValue: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "Cannot initialize \(Named.self) from invalid String value \(text)")
        }
        return value
    }
}
