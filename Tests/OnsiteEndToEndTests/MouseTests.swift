import XCTest

/// A click selects a row of the checklist; a second click on it opens it.
final class MouseTests: XCTestCase {
    /// An SGR press and release at a 1-based column and row.
    private func click(_ app: TmuxSession, column: Int, row: Int) throws {
        try app.sendLiteral("\u{1b}[<0;\(column);\(row)M")
        try app.sendLiteral("\u{1b}[<0;\(column);\(row)m")
    }

    func testClickSelectsAndSecondClickOpens() throws {
        let app = try TmuxSession.start(self, arguments: ["demo"])
        try app.waitFor("T Today")
        try app.send(keys: "A")
        let list = try app.waitFor("Arrival checklist")
        XCTAssertFalse(list.contains("Spare seals"), "Spare parts is not selected at first:\n\(list)")
        let row = try XCTUnwrap(TmuxSession.row(of: "Spare parts", in: list), "no Spare parts row:\n\(list)")

        try click(app, column: 12, row: row)
        let selected = try app.waitFor("Spare seals")
        XCTAssertTrue(selected.contains("Arrival checklist"), "one click only selects:\n\(selected)")

        try click(app, column: 12, row: row)
        let opened = try app.waitUntil("the Spare parts item to open") {
            !$0.contains("Arrival checklist") && $0.contains("Space marks it done")
        }
        let lines = opened.components(separatedBy: "\n")
        XCTAssertEqual(lines.count > 1 ? lines[1].trimmingCharacters(in: .whitespaces) : "", "Spare parts",
                       "the item's title is the screen's title line:\n\(opened)")
    }
}
