import Foundation

/// The one JSON style of every data file: sorted keys, indented, readable by a person.
public enum JSONFormat {
    /// Encodes a value as the data files store it (with a final newline).
    public static func encode<T: Encodable>(_ value: T, userInfo: [CodingUserInfoKey: any Sendable] = [:]) throws(StorageError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo = userInfo
        do {
            var data = try encoder.encode(value)
            data.append(0x0A)
            return data
        } catch {
            throw .encodingFailed(String(describing: error))
        }
    }

    /// Decodes a data file, or explains where and why it is wrong.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(FileProblem.Cause) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw FileProblem.Cause(error, in: data)
        } catch {
            throw FileProblem.Cause(line: nil, column: nil, message: String(describing: error))
        }
    }
}
