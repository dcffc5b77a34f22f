import Foundation
import XCTest
@testable import OnsiteCore

/// The built-in standard is compiled into the program as Swift values (`DefaultStandard+Compiled.swift`), so a start
/// never parses its TOML; these tests keep that file equal to what the TOML says.
final class CompiledStandardTests: XCTestCase {
    private static let compiledFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/OnsiteCore/Standard/DefaultStandard+Compiled.swift")

    func testTheCompiledStandardIsTheParsedOne() throws {
        let parsed = try StandardLoader.document(toml: DefaultStandard.toml)
        let source = CompiledStandardWriter.source(of: parsed.standard)
        let checkedIn = (try? String(contentsOf: Self.compiledFile, encoding: .utf8)) ?? ""
        if checkedIn != source, ProcessInfo.processInfo.environment["ONSITE_WRITE_COMPILED_STANDARD"] == "1" {
            try source.write(to: Self.compiledFile, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(checkedIn, source, "the compiled standard is out of date: run scripts/embed-data.sh")
        XCTAssertEqual(DefaultStandard.compiled, parsed.standard, "the compiled values differ from the parsed TOML")
        XCTAssertEqual(StandardLoader.defaultDocument, parsed, "the built-in document is the TOML text and its parsed standard")
        XCTAssertEqual(DefaultStandard.compiled.sha256, StandardLoader.sha256(of: Data(DefaultStandard.toml.utf8)))
    }

    func testTheWriterEscapesWhatASwiftStringCannotHoldAsItIs() {
        XCTAssertEqual(CompiledStandardWriter.literal("a\"b\\c\nd\u{7}"), #""a\"b\\c\nd\u{7}""#)
        XCTAssertEqual(CompiledStandardWriter.literal("现场 \u{1F600}"), "\"现场 \u{1F600}\"")
    }
}

/// Writes a standard as Swift source (used only to regenerate the compiled built-in standard).
enum CompiledStandardWriter {
    static func source(of standard: ServiceStandard) -> String {
        var out = """
        // Generated from standards/onsite-default.toml by CompiledStandardTests (scripts/embed-data.sh). Do not edit.

        extension DefaultStandard {
            /// The built-in standard as values: the TOML parsed and checked when the program was built, not at every start.
            static let compiled: ServiceStandard = {
                var standard = ServiceStandard(
                    id: \(literal(standard.id)), version: \(standard.version), name: \(text(standard.name)),
                    arrival: [

        """
        for section in standard.arrival {
            out += "            ChecklistSection(id: \(literal(section.id)), title: \(text(section.title)), items: [\n"
            for item in section.items { out += "                \(checklistItem(item)),\n" }
            out += "            ]),\n"
        }
        out += "        ],\n        siteRules: [\n"
        for section in standard.siteRules {
            out += "            RuleSection(id: \(literal(section.id)), title: \(text(section.title)), rules: [\n"
            for rule in section.rules { out += "                \(text(rule)),\n" }
            out += "            ], optional: \(section.optional)),\n"
        }
        out += "        ],\n        cleanup: [\n"
        for item in standard.cleanup { out += "            \(checklistItem(item)),\n" }
        out += "        ],\n"
        out += texts("safetyPoints", standard.safetyPoints) + ",\n"
        out += texts("ppe", standard.ppe) + ",\n"
        out += texts("trustLost", standard.trustLost) + ",\n"
        out += texts("trustWon", standard.trustWon) + ",\n"
        out += "        sha256: \(literal(standard.sha256)))\n"
        out += "    standard.serviceLevels = " + list(standard.serviceLevels, indent: "    ") + "\n"
        out += "    standard.satisfactionFactors = " + list(standard.satisfactionFactors, indent: "    ") + "\n"
        out += "    return standard\n    }()\n}\n"
        return out
    }

    private static func checklistItem(_ item: ChecklistItemDefinition) -> String {
        "ChecklistItemDefinition(id: \(literal(item.id)), title: \(text(item.title)), help: \(item.help.map(text) ?? "nil"), "
            + "required: \(item.required), kind: .\(kindCase(item.kind)))"
    }

    private static func kindCase(_ kind: ChecklistItemKind) -> String {
        switch kind {
        case .check: "check"
        case .clientRules: "clientRules"
        case .relayToCrew: "relayToCrew"
        case .areas: "areas"
        case .liaisons: "liaisons"
        }
    }

    private static func texts(_ label: String, _ values: [LocalizedText]) -> String {
        "        \(label): " + list(values, indent: "")
    }

    private static func list(_ values: [LocalizedText], indent: String) -> String {
        guard !values.isEmpty else { return "[]" }
        return "[\n" + values.map { "\(indent)            \(text($0)),\n" }.joined() + "\(indent)        ]"
    }

    private static func text(_ value: LocalizedText) -> String {
        "LocalizedText(en: \(literal(value.en)), zh: \(literal(value.zh)))"
    }

    /// A Swift string literal of any text.
    static func literal(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
