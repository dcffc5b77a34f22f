@testable import OnsiteTerminal
import OnsiteUI
import XCTest

/// A frame redraws only the cells of a row that changed, and never half of a wide character.
final class ChangedSpanTests: XCTestCase {
    override func setUp() {
        // Wide characters are two cells only in a UTF-8 locale, as in the program.
        TerminalLocale.ensureUTF8()
    }

    private func grid(_ rows: [String], width: Int = 12) -> Grid {
        var grid = Grid(width: width, height: rows.count)
        for (row, text) in rows.enumerated() { grid.put(text, column: 0, row: row) }
        return grid
    }

    func testAnUnchangedRowIsNotRedrawn() {
        XCTAssertNil(CursesTerminal.changedSpan(grid(["abc"]), grid(["abc"]), 0))
    }

    func testOnlyTheChangedCellsOfARowAreRedrawn() {
        XCTAssertEqual(CursesTerminal.changedSpan(grid(["abcdef"]), grid(["abXdYf"]), 0), 2..<5)
        var selected = grid(["  item one  "])
        selected.paint(column: 2, row: 0, count: 8, role: .selected)
        XCTAssertEqual(CursesTerminal.changedSpan(grid(["  item one  "]), selected, 0), 2..<10, "a change of role alone is a change")
    }

    func testASpanTakesWholeWideCharacters() {
        // "现" fills columns 2–3 in the old frame; two narrow characters take its place.
        XCTAssertEqual(CursesTerminal.changedSpan(grid(["ab现d"]), grid(["ab xd"]), 0), 2..<4)
        // A change next to a wide character leaves it alone.
        XCTAssertEqual(CursesTerminal.changedSpan(grid(["ab现de"]), grid(["ab现xe"]), 0), 4..<5)
        // Only the second half of a wide character differs: the whole character is drawn.
        var painted = grid(["a现b"])
        painted.paint(column: 2, row: 0, count: 1, role: .selected)
        XCTAssertEqual(CursesTerminal.changedSpan(grid(["a现b"]), painted, 0), 1..<3)
        // A wide character appears where narrow ones were: both of its cells are drawn.
        XCTAssertEqual(CursesTerminal.changedSpan(grid(["abcdef"]), grid(["abc场f"]), 0), 3..<5)
        // The change ends on the first half of a wide character: its second half comes too.
        XCTAssertEqual(CursesTerminal.changedSpan(grid(["a场cd"]), grid(["b工cd"]), 0), 0..<3)
        XCTAssertEqual(CursesTerminal.changedSpan(grid(["", "x"]), grid(["", "y"]), 1), 0..<1)
    }
}
