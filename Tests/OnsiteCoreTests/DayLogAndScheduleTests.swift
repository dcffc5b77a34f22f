import XCTest
@testable import OnsiteCore

/// The day's log, the end-of-day cleanup records, and schedule changes agreed with the client.
final class DayLogAndScheduleTests: DayTestCase {
    // MARK: Log

    func testEntriesAreKeptInOrderWithTheirKindAndTime() throws {
        let first = setClock(9, 0)
        try day.addLogEntry(.progress, text: "Conveyor frame up", id: "e-1", at: first)
        let second = setClock(10, 30)
        try day.addLogEntry(.situation, text: "Line stopped for a client audit\n40 minutes", id: "e-2", at: second)
        XCTAssertEqual(day.log, [
            LogEntry(id: "e-1", kind: .progress, text: "Conveyor frame up", at: first),
            LogEntry(id: "e-2", kind: .situation, text: "Line stopped for a client audit\n40 minutes", at: second),
        ])
        XCTAssertEqual(day.latestTime, second)
        site.noteChanged(day)
        XCTAssertEqual(site.daySummary(today)?.entries, 2)
    }

    func testAnEntryNeedsText() {
        XCTAssertEqual(dayError { try day.addLogEntry(.progress, text: " \n ", id: "e-1", at: now) }, .emptyText)
        XCTAssertEqual(day.log, [])
    }

    func testEditingAnEntryKeepsItsTime() throws {
        let at = setClock(9, 0)
        try day.addLogEntry(.progress, text: "Frame up", id: "e-1", at: at)
        setClock(11, 0)
        XCTAssertNil(dayError { try day.editLogEntry("e-1", text: "Frame up and bolted") })
        XCTAssertEqual(day.log.first?.text, "Frame up and bolted")
        XCTAssertEqual(day.log.first?.at, at)
        XCTAssertEqual(dayError { try day.editLogEntry("e-1", text: "") }, .emptyText)
        XCTAssertEqual(dayError { try day.editLogEntry("e-9", text: "x") }, .unknownRecord("e-9"))
        XCTAssertEqual(day.log.first?.text, "Frame up and bolted")
    }

    func testRemovingAnEntry() throws {
        try day.addLogEntry(.progress, text: "One", id: "e-1", at: setClock(9, 0))
        try day.addLogEntry(.progress, text: "Two", id: "e-2", at: setClock(9, 5))
        XCTAssertNil(dayError { try day.removeLogEntry("e-1") })
        XCTAssertEqual(day.log.map(\.id), ["e-2"])
        XCTAssertEqual(dayError { try day.removeLogEntry("e-1") }, .unknownRecord("e-1"))
    }

    // MARK: Cleanup

    func testACleanupItemRecordsWhoInspectedItAndWhen() throws {
        XCTAssertEqual(day.cleanupRecord("floor-swept"), ItemRecord())
        let at = setClock(16, 30)
        try day.setCleanup("floor-swept", done: true, by: "Tom Baker", at: at)
        XCTAssertEqual(day.cleanupRecord("floor-swept"), ItemRecord(state: .done, by: "Tom Baker", at: at))
        XCTAssertEqual(day.latestTime, at)
    }

    // MARK: Schedule changes

    func testAScheduleChangeRecordsBothDatesAndTheReason() throws {
        XCTAssertNil(dayError {
            try day.addScheduleChange(milestone: "Pressure test", planned: "2026-11-25", new: "2026/11/27", reason: "Valves arrive late", id: "s-1")
        })
        XCTAssertEqual(day.scheduleChanges, [
            ScheduleChange(id: "s-1", milestone: "Pressure test", plannedDate: LocalDate(year: 2026, month: 11, day: 25),
                           newDate: LocalDate(year: 2026, month: 11, day: 27), reason: "Valves arrive late"),
        ])
    }

    func testAScheduleChangeNeedsRealDatesAMilestoneAndAReason() {
        XCTAssertEqual(dayError {
            try day.addScheduleChange(milestone: "Pressure test", planned: "2026-11-31", new: "2026-12-02", reason: "Late", id: "s-1")
        }, .badDate("2026-11-31"))
        XCTAssertEqual(dayError {
            try day.addScheduleChange(milestone: "Pressure test", planned: "2026-11-25", new: "Friday", reason: "Late", id: "s-1")
        }, .badDate("Friday"))
        XCTAssertEqual(dayError {
            try day.addScheduleChange(milestone: "Pressure test", planned: "", new: "2026-12-02", reason: "Late", id: "s-1")
        }, .badDate(""))
        XCTAssertEqual(dayError {
            try day.addScheduleChange(milestone: " ", planned: "2026-11-25", new: "2026-12-02", reason: "Late", id: "s-1")
        }, .emptyText)
        XCTAssertEqual(dayError {
            try day.addScheduleChange(milestone: "Pressure test", planned: "2026-11-25", new: "2026-12-02", reason: "", id: "s-1")
        }, .emptyText)
        XCTAssertEqual(day.scheduleChanges, [])
    }

    func testAScheduleChangeEnteredByMistakeIsRemoved() throws {
        try day.addScheduleChange(milestone: "Handover", planned: "2026-12-17", new: "2026-12-18", reason: "Client holiday", id: "s-1")
        XCTAssertNil(dayError { try day.removeScheduleChange("s-1") })
        XCTAssertEqual(day.scheduleChanges, [])
        XCTAssertEqual(dayError { try day.removeScheduleChange("s-1") }, .unknownRecord("s-1"))
    }
}
