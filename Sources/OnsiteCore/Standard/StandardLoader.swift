import TOMLKit

/// Reads and checks service standards written in TOML.
public enum StandardLoader {
    /// The schema of standard files this program reads.
    public static let supportedSchema = 1

    /// The built-in default standard.
    public static func defaultStandard() -> ServiceStandard {
        do {
            return try load(toml: DefaultStandard.toml)
        } catch {
            // The built-in text is checked by the test suite; reaching this is a build defect.
            preconditionFailure("The built-in standard does not load: \(error)")
        }
    }

    /// Parses and checks a standard; every problem found is listed.
    public static func load(toml text: String) throws(StandardErrors) -> ServiceStandard {
        let file: StandardFile
        do {
            _ = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw StandardErrors(errors: [StandardError(line: error.source.begin.line, column: error.source.begin.column, message: error.description)])
        } catch {
            throw StandardErrors(errors: [StandardError(message: String(describing: error))])
        }
        do {
            file = try TOMLDecoder().decode(StandardFile.self, from: text)
        } catch {
            throw StandardErrors(errors: [StandardError(message: describe(error))])
        }
        let errors = check(file)
        guard errors.isEmpty else { throw StandardErrors(errors: errors) }
        return ServiceStandard(id: file.id, version: file.version, name: file.name, arrival: file.arrival, siteRules: file.rules)
    }

    private static func check(_ file: StandardFile) -> [StandardError] {
        var errors: [StandardError] = []
        if file.schema != supportedSchema {
            errors.append(StandardError(message: "schema \(file.schema) is not supported (this program reads schema \(supportedSchema))"))
        }
        var seen = Set<String>()
        func text(_ value: LocalizedText, _ place: String) {
            if value.en.trimmed.isEmpty { errors.append(StandardError(message: "\(place): the English text is empty")) }
            if value.zh.trimmed.isEmpty { errors.append(StandardError(message: "\(place): the Chinese text is empty")) }
        }
        text(file.name, "name")
        if file.arrival.isEmpty { errors.append(StandardError(message: "arrival: no sections")) }
        for section in file.arrival {
            if !seen.insert(section.id).inserted { errors.append(StandardError(message: "duplicate id \"\(section.id)\"")) }
            text(section.title, "arrival \"\(section.id)\" title")
            if section.items.isEmpty { errors.append(StandardError(message: "arrival \"\(section.id)\": no items")) }
            for item in section.items {
                if !seen.insert(item.id).inserted { errors.append(StandardError(message: "duplicate id \"\(item.id)\"")) }
                text(item.title, "item \"\(item.id)\" title")
                if let help = item.help { text(help, "item \"\(item.id)\" help") }
            }
        }
        for section in file.rules {
            if !seen.insert(section.id).inserted { errors.append(StandardError(message: "duplicate id \"\(section.id)\"")) }
            text(section.title, "rules \"\(section.id)\" title")
            for (index, rule) in section.rules.enumerated() { text(rule, "rules \"\(section.id)\" rule \(index + 1)") }
        }
        return errors
    }

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return String(describing: error) }
        switch decoding {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath)): missing field \"\(key.stringValue)\""
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(type)"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): missing \(type)"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        let text = codingPath.map { $0.intValue.map { "[\($0 + 1)]" } ?? $0.stringValue }.joined(separator: ".")
        return text.isEmpty ? "file" : text
    }
}

/// All problems found in one standard file.
public struct StandardErrors: Error, Hashable, Sendable {
    public var errors: [StandardError]
}
