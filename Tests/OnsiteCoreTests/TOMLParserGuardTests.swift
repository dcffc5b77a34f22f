import Foundation
import XCTest
@testable import OnsiteCore

/// Inputs that abort the TOML parser inside TOMLKit (found by `ReaderFuzzTests`) get a message with a line and a
/// column instead, in every file Onsite reads as TOML; valid files with the same characters elsewhere still load.
final class TOMLParserGuardTests: XCTestCase {
    /// Each aborted the whole program before the check: a bad first character in a table header, a "}" in an array.
    static let aborting = ["[=[", "[ =", "[[=", "[#]", "[é]", "[.]", "[\n", "a=1\n[ =]", "  [=]", "a=[}", "a=[1,}]", "a={x=[}]}", "a = [ # c\n } ]"]

    func testTheStandardLoaderReportsThemWithLineAndColumn() {
        for text in Self.aborting {
            XCTAssertThrowsError(try StandardLoader.document(toml: text), text) { error in
                let first = (error as? StandardErrors)?.errors.first
                XCTAssertNotNil(first?.line, text)
                XCTAssertNotNil(first?.column, text)
            }
        }
        XCTAssertEqual(TOMLHeaderCheck.firstProblem(in: "a=1\n[ =]")?.line, 2)
        XCTAssertEqual(TOMLHeaderCheck.firstProblem(in: "a=1\n[ =]")?.column, 3)
    }

    func testSettingsAndThemesReportThem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for text in Self.aborting {
            XCTAssertThrowsError(try TOMLNode.parse(text), text)
            let file = folder.url.appendingPathComponent("config.toml")
            try Data(text.utf8).write(to: file)
            guard case .failure(let problem) = UserConfig.load(from: file) else { return XCTFail("accepted: \(text)") }
            XCTAssertNotNil(problem.cause.line, text)
        }
    }

    func testBracketsInsideStringsArraysAndCommentsAreNotHeaders() throws {
        let valid = """
        # [=[ in a comment
        a = [
          [1, 2],
          [{ x = 1 }],
        ]
        b = "[="
        c = '''
        [=
        }
        '''
        d = { e = [1], f = { g = "]" } }
        [h]
        i = 1
        [[j]]
        k = "x"
        ["quoted key"]
        l = 2
        """
        XCTAssertNil(TOMLHeaderCheck.firstProblem(in: valid))
        XCTAssertNoThrow(try TOMLNode.parse(valid))
        XCTAssertNil(TOMLHeaderCheck.firstProblem(in: StandardLoader.defaultText))
    }
}
