import Foundation
import XCTest
@testable import OnsiteCore

/// The demo sites as exports, golden files, and a small RFC 4180 reader to read CSV back.
enum ExportFixture {
    /// The generation time the goldens show: 2026-11-23 09:30 in Shanghai.
    static let generatedAt = Timestamp(date: Date(timeIntervalSince1970: 1_795_397_400), offsetSeconds: 8 * 3600)

    /// The demo site in full swing (arrival four days ago, four worked days), in a language.
    static func openDemo(_ language: Language) -> SiteExport {
        let (site, days) = DemoSite.makeWithDays(standard: Fixture.standard, clock: Fixture.clock(), ids: SequentialIdSource(prefix: "d"),
                                                 language: language, signer: Fixture.signer)
        return SiteExport(site: site, days: days, standard: Fixture.standard, language: language, generatedAt: generatedAt)
    }

    /// The closed demo site (every exit record signed), in a language.
    static func closedDemo(_ language: Language) -> SiteExport {
        let (site, days) = DemoSite.makeClosed(standard: Fixture.standard, clock: Fixture.clock(), ids: SequentialIdSource(prefix: "c"),
                                               language: language, signer: Fixture.signer)
        return SiteExport(site: site, days: days, standard: Fixture.standard, language: language, generatedAt: generatedAt)
    }

    /// The first signed day of an export.
    static func signedDay(_ export: SiteExport) -> WorkDay? { export.days.first { $0.signOff != nil } }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/export")

    /// Compares bytes with a golden file; `ONSITE_RECORD_GOLDEN=1` (or a missing golden) writes it instead.
    static func assertGolden(_ data: Data, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = folder.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["ONSITE_RECORD_GOLDEN"] == "1"
        if record || !FileManager.default.fileExists(atPath: url.path) {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? data.write(to: url)
            if !record { XCTFail("recorded a new golden file \(name); run again", file: file, line: line) }
            return
        }
        guard let golden = try? Data(contentsOf: url) else { return XCTFail("cannot read \(url.path)", file: file, line: line) }
        if golden != data {
            let actual = url.deletingPathExtension().path + ".actual." + url.pathExtension
            try? data.write(to: URL(fileURLWithPath: actual))
            XCTFail("\(name) differs from its golden file; the output is in \(actual) (ONSITE_RECORD_GOLDEN=1 to accept)", file: file, line: line)
        }
    }

    /// Runs a program; nil when it is not installed.
    static func run(_ program: String, _ arguments: [String], input: Data? = nil) -> (status: Int32, output: String, error: String)? {
        let paths = ["/usr/bin", "/usr/local/bin", "/bin"].map { "\($0)/\(program)" }
        guard let path = paths.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        guard (try? process.run()) != nil else { return nil }
        if let input { inPipe.fileHandleForWriting.write(input) }
        try? inPipe.fileHandleForWriting.close()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }
}

/// A strict RFC 4180 reader (written for the tests, to read exported CSV back): fields split by commas,
/// records by CRLF, quoted fields may hold commas, quotes (doubled) and line breaks. Throws on anything else.
enum CSVReader {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var characters = Array(text.unicodeScalars)[...]
        var quoted = false
        var fieldStarted = false
        while let scalar = characters.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if characters.first == "\"" {
                        characters.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        guard let next = characters.first, next == "," || next == "\r" else {
                            throw Malformed(description: "text after a closing quote in record \(records.count + 1)")
                        }
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard !fieldStarted, field.isEmpty else { throw Malformed(description: "a quote inside an unquoted field in record \(records.count + 1)") }
                quoted = true
                fieldStarted = true
            case ",":
                record.append(field)
                field = ""
                fieldStarted = false
            case "\r":
                guard characters.popFirst() == "\n" else { throw Malformed(description: "CR without LF in record \(records.count + 1)") }
                record.append(field)
                records.append(record)
                record = []
                field = ""
                fieldStarted = false
            case "\n":
                throw Malformed(description: "a bare LF (not CRLF) in record \(records.count + 1)")
            default:
                field.unicodeScalars.append(scalar)
                fieldStarted = true
            }
        }
        guard !quoted else { throw Malformed(description: "an unterminated quoted field") }
        guard field.isEmpty, record.isEmpty else { throw Malformed(description: "the last record does not end with CRLF") }
        return records
    }

    /// A field as the export meant it: the `'` that guards a formula-like value removed.
    static func unguarded(_ field: String) -> String {
        guard field.hasPrefix("'"), let second = field.dropFirst().first, "=+-@".contains(second) else { return field }
        return String(field.dropFirst())
    }
}
