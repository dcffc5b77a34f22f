import Foundation
import XCTest
@testable import OnsiteCore

/// Fixtures for the working day: a site with one client rule, the first day opened at 08:05 in Shanghai.
enum DayFixture {
    /// 2026-11-23, the day the fixture site starts.
    static let firstDay = LocalDate(year: 2026, month: 11, day: 23)
    /// Midnight at the start of 2026-11-23 in Shanghai (08:05 is 8 h 5 min later).
    static let firstMidnight = Fixture.morning.addingTimeInterval(-(8 * 3600 + 5 * 60))
    /// The 5S items the end-of-day gate is asked about.
    static let cleanupItems = ["tools-stowed", "floor-swept", "waste-removed"]

    /// A signature that counts: one stroke of five dots on a 40×16 pad.
    static let signature = Signature(width: 40, height: 16, strokes: [
        [SignaturePoint(x: 2, y: 10), SignaturePoint(x: 4, y: 8), SignaturePoint(x: 6, y: 9),
         SignaturePoint(x: 8, y: 6), SignaturePoint(x: 10, y: 7)],
    ])

    /// The instant of a wall-clock time in Shanghai, `days` after 2026-11-23.
    static func date(_ hour: Int, _ minute: Int, second: Int = 0, days: Int = 0) -> Date {
        firstMidnight.addingTimeInterval(TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    /// A Shanghai timestamp (`+08:00`) of a wall-clock time, `days` after 2026-11-23.
    static func time(_ hour: Int, _ minute: Int, second: Int = 0, days: Int = 0) -> Timestamp {
        Timestamp(date: date(hour, minute, second: second, days: days), offsetSeconds: 8 * 3600)
    }
}

/// A test case with the fixture site (one client rule, `r-1`), a fixed clock at 08:05 and today's day opened.
class DayTestCase: XCTestCase {
    var clock: FixedClock!
    var site: Site!
    var day: WorkDay!
    let today = DayFixture.firstDay
    let cleanupItems = DayFixture.cleanupItems
    let signature = DayFixture.signature

    override func setUpWithError() throws {
        try super.setUpWithError()
        clock = Fixture.clock()
        site = Fixture.site()
        try site.addClientRule("Safety shoes, hi-vis vest and hearing protection in the hall", id: "r-1", at: now)
        day = try site.openDay(today, at: now)
    }

    /// The clock's current instant.
    var now: Timestamp { Timestamp(clock: clock) }

    /// Sets the clock to a wall-clock time in Shanghai (`days` after 2026-11-23) and returns that instant.
    @discardableResult
    func setClock(_ hour: Int, _ minute: Int, second: Int = 0, days: Int = 0) -> Timestamp {
        clock.set(DayFixture.date(hour, minute, second: second, days: days))
        return now
    }

    /// Roll call with the leader present and the briefing held at 08:15.
    func holdBriefing() throws {
        try day.setAttendance("c-1", .present, in: site)
        try day.holdBriefing(at: setClock(8, 15))
    }

    /// Every cleanup item inspected at 16:30.
    func finishCleanup() throws {
        let time = setClock(16, 30)
        for item in cleanupItems {
            try day.setCleanup(item, done: true, by: "Tom Baker", at: time)
        }
    }

    /// Briefing held (unless it already was) and cleanup done: the day can be signed.
    func prepareForSignOff() throws {
        if !day.briefingSettled { try holdBriefing() }
        try finishCleanup()
    }

    /// The client signs the record as it stands (hash of the site's record of the day).
    func sign(name: String = "Mark Hughes", with signature: Signature? = nil, at time: Timestamp) throws {
        let hash = site.record(of: day).sha256
        try day.signOff(clientName: name, signature: signature ?? self.signature, at: time, cleanupItems: cleanupItems, recordHash: hash)
    }

    /// Prepared, signed at 17:00, and the site's index brought up to date.
    func signToday() throws {
        try prepareForSignOff()
        try sign(at: setClock(17, 0))
        site.noteChanged(day)
    }

    /// Prepared and closed at 17:00 without a signature, with the production manager's consent by phone.
    func closeTodayWithoutSignature() throws {
        try prepareForSignOff()
        try day.closeWithoutSignature(
            consentedBy: "Mark Hughes", channel: .phone, consentTime: "16:55", reason: "Called away to a line stoppage",
            at: setClock(17, 0), cleanupItems: cleanupItems)
        site.noteChanged(day)
    }
}
