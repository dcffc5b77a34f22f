import OnsiteCore
@testable import OnsiteUI
import XCTest

/// A cell keeps its character as packed UTF-8 bytes; the grid puts ASCII a byte a cell and anything else a
/// character at a time.
final class GridCellTests: XCTestCase {
    override func setUp() {
        super.setUp()
        TerminalLocale.ensureUTF8()
    }

    func testACellGivesBackTheCharacterItWasGiven() {
        for text in ["a", " ", "~", "中", "·", "e\u{301}", "👍🏽", "🇨🇳", ""] {
            XCTAssertEqual(Cell(text: text).text, text, "\(Array(text.unicodeScalars))")
        }
        XCTAssertEqual(Cell(text: "中").role, .normal)
        XCTAssertEqual(Cell(text: "x", role: .error).role, .error)
    }

    func testACharacterLongerThanACellKeepsItsFirstWholeScalars() {
        // A family emoji: seven scalars, 25 bytes; a cell keeps 15 bytes at most, cut between scalars.
        let family = "👨‍👩‍👧‍👦"
        let kept = Cell(text: family).text
        XCTAssertTrue(family.unicodeScalars.starts(with: kept.unicodeScalars), "\(Array(kept.unicodeScalars))")
        XCTAssertLessThanOrEqual(kept.utf8.count, 15)
        XCTAssertGreaterThan(kept.utf8.count, 0)
        XCTAssertEqual(kept.unicodeScalars.first, "👨")
    }

    func testOnlyOnePrintableASCIICharacterIsDrawnAsAByte() {
        XCTAssertEqual(Cell(text: "a").printableASCII, 0x61)
        XCTAssertEqual(Cell.blank().printableASCII, 0x20)
        XCTAssertNil(Cell(text: "中").printableASCII)
        XCTAssertNil(Cell(text: "\u{7}").printableASCII)
        XCTAssertNil(Cell(text: "").printableASCII)
        XCTAssertNotEqual(Cell(text: "a"), Cell(text: "b"))
        XCTAssertEqual(Cell(text: "a", role: .error), Cell(text: "a", role: .error))
    }

    func testMixedTextTakesOneCellPerCharacterAndTwoPerWideOne() {
        var grid = Grid(width: 10, height: 1)
        XCTAssertEqual(grid.put("ab中e\u{301}x", column: 0, row: 0), 6)
        XCTAssertEqual((0..<6).map { grid[$0, 0].text }, ["a", "b", "中", "", "e\u{301}", "x"])
        XCTAssertTrue(grid[3, 0].isContinuation)
        XCTAssertEqual(grid.rowText(0), "ab中éx    ")
        // Control characters take no cell; a wide character that would not fit is left out.
        var narrow = Grid(width: 3, height: 1)
        XCTAssertEqual(narrow.put("a\tb中", column: 0, row: 0), 2)
        XCTAssertEqual(narrow.rowText(0), "ab ")
    }

    func testOverwritingHalfOfAWideCharacterBlanksItsOtherHalf() {
        var grid = Grid(width: 6, height: 1)
        grid.put("中文中", column: 0, row: 0)
        // Starting on the second half of the first 中 (column 1), ending on the first half of 文 (column 2).
        grid.put("xy", column: 1, row: 0)
        XCTAssertEqual(grid.rowText(0), " xy 中")
        XCTAssertEqual((0..<6).filter { grid[$0, 0].isContinuation }, [5], "only the last 中 keeps its second half")
        // A wide character written over two narrow ones.
        grid.put("文", column: 1, row: 0)
        XCTAssertEqual(grid.rowText(0), " 文 中")
    }

    func testPaddingUsesPlainSpaces() {
        XCTAssertEqual(TextWidth.spaces(0), "")
        XCTAssertEqual(TextWidth.spaces(-3), "")
        XCTAssertEqual(TextWidth.spaces(3), "   ")
        XCTAssertEqual(TextWidth.spaces(200).count, 200)
        XCTAssertEqual(TextWidth.pad("中文", to: 6), "中文  ")
        XCTAssertEqual(TextWidth.pad("abcdefgh", to: 5), "abcd…")
        XCTAssertEqual(TextWidth.cells(of: "a\u{7}b"), 2)
        XCTAssertEqual(TextWidth.cells(of: "a·b中"), 5)
    }
}
