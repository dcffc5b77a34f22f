import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

/// A signed day whose seal no longer matches it says TAMPERED on the day and signature screens.
final class TamperedDayTests: XCTestCase {
    let fixture = Fixture()

    /// The demo with its days; the first signed day, optionally changed after signing, on screen.
    private func state(_ language: Language, tamper: Bool, screen: (LocalDate) -> Screen) throws -> AppState {
        var state = fixture.state(language)
        let (site, days) = DemoSite.makeWithDays(standard: fixture.standard, clock: fixture.clock, ids: fixture.ids, language: language, signer: fixture.signer)
        state.store(site)
        days.forEach { state.store($0) }
        var signed = try XCTUnwrap(days.first { $0.signOff != nil })
        if tamper { signed.signOff?.clientName += "." }
        state.store(signed)
        state.stack.append(screen(signed.date))
        return state
    }

    /// The row holding a text, and whether its first letter is drawn in the error style.
    private func row(_ grid: Grid, _ text: String) -> (found: Bool, error: Bool) {
        for row in 0..<grid.height {
            let line = grid.rowText(row)
            guard let range = line.range(of: text) else { continue }
            let column = TextWidth.cells(of: String(line[..<range.lowerBound]))
            return (true, grid[column, row].role == .error)
        }
        return (false, false)
    }

    func testAnIntactSignedDayIsNotMarked() throws {
        let day = try state(.english, tamper: false) { .day(siteID: DemoSite.id, date: $0, ListPosition()) }
        XCTAssertFalse(AppView.render(day).contains("TAMPERED"))
        let signature = try state(.english, tamper: false) { .signature(siteID: DemoSite.id, date: $0, SignaturePadState()) }
        XCTAssertFalse(AppView.render(signature).contains("TAMPERED"))
        XCTAssertTrue(AppView.render(signature).contains("kept exactly as signed"))
    }

    func testTheDayScreenSaysTamperedInTheErrorStyle() throws {
        let state = try state(.english, tamper: true) { .day(siteID: DemoSite.id, date: $0, ListPosition()) }
        let grid = AppView.render(state)
        let line = row(grid, "TAMPERED: this signed record")
        XCTAssertTrue(line.found, grid.text)
        XCTAssertTrue(line.error)
        XCTAssertTrue(row(grid, "TAMPERED · signed by").error, grid.text)
        XCTAssertFalse(grid.contains("could not be read"), "tampered is not damaged")
    }

    func testTheSignatureScreenSaysTamperedInBothLanguages() throws {
        let english = AppView.render(try state(.english, tamper: true) { .signature(siteID: DemoSite.id, date: $0, SignaturePadState()) })
        XCTAssertTrue(row(english, "TAMPERED").error, english.text)
        XCTAssertFalse(english.contains("kept exactly as signed"))
        let chinese = AppView.render(try state(.chinese, tamper: true) { .signature(siteID: DemoSite.id, date: $0, SignaturePadState()) })
        XCTAssertTrue(row(chinese, "已被篡改").error, chinese.text)
    }

    func testSigningInTheAppSealsTheDayWithTheDevicesKey() throws {
        var state = fixture.state(.english)
        let (site, days) = DemoSite.makeWithDays(standard: fixture.standard, clock: fixture.clock, ids: fixture.ids, language: .english, signer: fixture.signer)
        state.store(site)
        days.forEach { state.store($0) }
        let closed = try XCTUnwrap(days.first { $0.state == .closedWithoutSignature })
        let env = fixture.environment
        _ = AppUpdate.changeDay(DemoSite.id, closed.date, &state) { day, site in
            try site.signOff(&day, clientName: "Mark Hughes", signature: Signature(width: 10, height: 10, strokes: [[.init(x: 1, y: 1), .init(x: 2, y: 2), .init(x: 3, y: 3)]]),
                             at: env.now, cleanupItems: fixture.standard.cleanup.map(\.id), signer: env.signer)
        }
        let seal = try XCTUnwrap(state.day(DemoSite.id, closed.date)?.signOff?.seal)
        XCTAssertEqual(seal.sequence, 4)
        XCTAssertEqual(seal.keyID, fixture.signer.keyID)
        XCTAssertEqual(state.site(DemoSite.id)?.chain?.hash, seal.hash)
        XCTAssertEqual(state.day(DemoSite.id, closed.date)?.sealCheck, .valid)
    }
}
