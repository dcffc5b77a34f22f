import XCTest
@testable import OnsiteCore

/// The site's other registers: borrowings, materials short, conduct, extra work.
final class SiteRegisterTests: DayTestCase {
    // MARK: Borrowings

    func testABorrowingStaysOpenUntilReturned() throws {
        let lent = setClock(9, 0)
        XCTAssertNil(dayError { try site.borrow("Pallet truck", from: "Mark Hughes", condition: "Good, one wheel squeaks", id: "b-1", at: lent) })
        try site.borrow("Ladder 3 m", from: "Lucy Grant", condition: "Good", id: "b-2", at: lent)
        XCTAssertEqual(site.registers.openBorrowings.map(\.id), ["b-1", "b-2"])
        let first = site.registers.borrowings[0]
        XCTAssertEqual(first.item, "Pallet truck")
        XCTAssertEqual(first.lender, "Mark Hughes")
        XCTAssertEqual(first.condition, "Good, one wheel squeaks")
        XCTAssertEqual(first.borrowedAt, lent)
        XCTAssertFalse(first.isReturned)
        XCTAssertNil(first.returnCondition)

        let back = setClock(16, 0, days: 2)
        XCTAssertNil(dayError { try site.returnBorrowing("b-1", condition: "As lent", at: back) })
        XCTAssertEqual(site.registers.openBorrowings.map(\.id), ["b-2"])
        XCTAssertTrue(site.registers.borrowings[0].isReturned)
        XCTAssertEqual(site.registers.borrowings[0].returnedAt, back)
        XCTAssertEqual(site.registers.borrowings[0].returnCondition, "As lent")
    }

    func testABorrowingNeedsItemLenderAndCondition() {
        XCTAssertEqual(dayError { try site.borrow("", from: "Mark Hughes", condition: "Good", id: "b-1", at: now) }, .emptyText)
        XCTAssertEqual(dayError { try site.borrow("Ladder", from: " ", condition: "Good", id: "b-1", at: now) }, .emptyText)
        XCTAssertEqual(dayError { try site.borrow("Ladder", from: "Mark Hughes", condition: "", id: "b-1", at: now) }, .emptyText)
        XCTAssertEqual(site.registers.borrowings, [])
    }

    func testReturningTwiceOrSomethingUnknownIsRefused() throws {
        try site.borrow("Ladder", from: "Lucy Grant", condition: "Good", id: "b-1", at: now)
        XCTAssertEqual(dayError { try site.returnBorrowing("b-1", condition: "", at: now) }, .emptyText, "the return condition is required")
        XCTAssertFalse(site.registers.borrowings[0].isReturned)
        try site.returnBorrowing("b-1", condition: "Good", at: setClock(12, 0))
        XCTAssertEqual(dayError { try site.returnBorrowing("b-1", condition: "Scratched", at: setClock(13, 0)) },
                       .statusOrder(from: "returned", to: "returned"))
        XCTAssertEqual(site.registers.borrowings[0].returnCondition, "Good")
        XCTAssertEqual(site.registers.borrowings[0].returnedAt, DayFixture.time(12, 0))
        XCTAssertEqual(dayError { try site.returnBorrowing("b-9", condition: "Good", at: now) }, .unknownRecord("b-9"))
    }

    // MARK: Materials short

    func testANeededByDateIsReadInTheUsualWritings() throws {
        let written = ["2026-12-01", "2026/12/01", "2026.12.01", "2026-12-1", " 2026-12-01 "]
        for (index, text) in written.enumerated() {
            XCTAssertNil(dayError { try site.addShortage("M8 bolts", quantity: "200 pcs", neededBy: text, id: "m-\(index)", at: now) }, text)
        }
        XCTAssertEqual(Set(site.registers.materials.map(\.neededBy)), [LocalDate(year: 2026, month: 12, day: 1)])
    }

    func testAnEmptyNeededByDateMeansNone() throws {
        try site.addShortage("Cable tray", quantity: "12 m", neededBy: "", id: "m-1", at: now)
        try site.addShortage("Sealant", quantity: "2 tubes", neededBy: "   ", id: "m-2", at: now)
        XCTAssertEqual(site.registers.materials.map(\.neededBy), [nil, nil])
        XCTAssertEqual(site.registers.materials[0], MaterialShortage(id: "m-1", item: "Cable tray", quantity: "12 m", neededBy: nil, recordedAt: now))
    }

    func testNeededByDatesThatDoNotExistOrAreNotDatesAreRefused() {
        let refused = ["2026-02-29", "2026-13-01", "2026-11-31", "next week", "01.12.2026", "2026-12", "26-12-01", "２０２６-12-01"]
        for text in refused {
            XCTAssertEqual(dayError { try site.addShortage("M8 bolts", quantity: "200 pcs", neededBy: text, id: "m-1", at: now) },
                           .badDate(text), text)
        }
        XCTAssertEqual(site.registers.materials, [])
        XCTAssertNil(dayError { try site.addShortage("M8 bolts", quantity: "200 pcs", neededBy: "2028-02-29", id: "m-1", at: now) },
                     "a leap day that exists")
    }

    func testAShortageNeedsItemAndQuantity() {
        XCTAssertEqual(dayError { try site.addShortage(" ", quantity: "2", neededBy: "", id: "m-1", at: now) }, .emptyText)
        XCTAssertEqual(dayError { try site.addShortage("Sealant", quantity: "", neededBy: "", id: "m-1", at: now) }, .emptyText)
        XCTAssertEqual(site.registers.materials, [])
    }

    func testAShortageMovesThroughItsStatuses() throws {
        try site.addShortage("Sealant", quantity: "2 tubes", neededBy: "2026-11-25", id: "m-1", at: now)
        XCTAssertEqual(site.registers.materials[0].status, .open)
        for status in [ShortageStatus.ordered, .arrived, .open] {
            XCTAssertNil(dayError { try site.setShortageStatus("m-1", status, at: now) })
            XCTAssertEqual(site.registers.materials[0].status, status)
            XCTAssertEqual(site.registers.materials[0].arrivedAt, status == .arrived ? now : nil, "\(status)")
        }
        XCTAssertEqual(dayError { try site.setShortageStatus("m-9", .ordered, at: now) }, .unknownRecord("m-9"))
    }

    // MARK: Conduct

    func testConductNeedsAKnownCrewMember() {
        let before = site
        XCTAssertEqual(dayError {
            try site.addConduct(.incident, crewMemberID: "c-9", reference: "No phones on the line", note: "", day: today, id: "d-1", at: now)
        }, .unknownCrewMember("c-9"))
        XCTAssertEqual(site, before)
    }

    func testIncidentsAndCommendationsAreRecorded() throws {
        try site.addConduct(.incident, crewMemberID: "c-2", reference: "Safety shoes in the hall", note: "Wore trainers",
                            day: today, id: "d-1", at: setClock(9, 30))
        try site.addConduct(.commendation, crewMemberID: "c-1", reference: "主动沟通", note: "", day: today, id: "d-2", at: setClock(15, 0))
        XCTAssertEqual(site.registers.conduct, [
            ConductEntry(id: "d-1", day: today, crewMemberID: "c-2", kind: .incident, reference: "Safety shoes in the hall",
                         note: "Wore trainers", at: DayFixture.time(9, 30)),
            ConductEntry(id: "d-2", day: today, crewMemberID: "c-1", kind: .commendation, reference: "主动沟通", note: "",
                         at: DayFixture.time(15, 0)),
        ])
    }

    func testConductNeedsTheRuleOrQuality() {
        XCTAssertEqual(dayError {
            try site.addConduct(.incident, crewMemberID: "c-2", reference: " ", note: "Late", day: today, id: "d-1", at: now)
        }, .emptyText)
        XCTAssertEqual(site.registers.conduct, [])
    }

    // MARK: Extra work

    func testExtraWorkNeedsDescriptionQuantityAndWhoAskedForIt() {
        XCTAssertEqual(dayError { try site.addExtraWork("", quantity: "1 h", requestedBy: "Mark", day: today, id: "x-1", at: now) }, .emptyText)
        XCTAssertEqual(dayError { try site.addExtraWork("Move cabinet", quantity: " ", requestedBy: "Mark", day: today, id: "x-1", at: now) },
                       .emptyText)
        XCTAssertEqual(dayError { try site.addExtraWork("Move cabinet", quantity: "1 h", requestedBy: "", day: today, id: "x-1", at: now) },
                       .emptyText)
        XCTAssertEqual(site.registers.extraWork, [])
    }

    func testExtraWorkIsRecordedAndCanBeRemovedWhileTheDayIsOpen() throws {
        let asked = setClock(14, 0)
        try site.addExtraWork("Moved the label printer\nto bay 15", quantity: "1.5 h", requestedBy: "Mark Hughes", day: today, id: "x-1", at: asked)
        XCTAssertEqual(site.registers.extraWork, [
            ExtraWork(id: "x-1", day: today, description: "Moved the label printer\nto bay 15", quantity: "1.5 h",
                      requestedBy: "Mark Hughes", requestedAt: asked),
        ])
        XCTAssertNil(dayError { try site.removeExtraWork("x-1") })
        XCTAssertEqual(site.registers.extraWork, [])
        XCTAssertEqual(dayError { try site.removeExtraWork("x-1") }, .unknownRecord("x-1"))
    }
}
