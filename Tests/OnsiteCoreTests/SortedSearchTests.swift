import XCTest
@testable import OnsiteCore

/// The binary search start-up uses for a long site's dates.
final class SortedSearchTests: XCTestCase {
    func testASortedArrayFindsExactlyItsValues() {
        let values = [1, 3, 3, 8, 13, 21]
        for value in -1...23 {
            XCTAssertEqual(values.sortedContains(value), values.contains(value), "\(value)")
        }
        XCTAssertFalse([Int]().sortedContains(0))
        let dates = (0..<1100).map { LocalDate(year: 2023, month: 6, day: 1).adding(days: $0 * 2) }
        XCTAssertTrue(dates.sortedContains(LocalDate(year: 2023, month: 6, day: 1).adding(days: 1098)))
        XCTAssertFalse(dates.sortedContains(LocalDate(year: 2023, month: 6, day: 1).adding(days: 1099)))
    }
}
