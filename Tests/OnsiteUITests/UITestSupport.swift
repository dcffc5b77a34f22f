import Foundation
import OnsiteCore
@testable import OnsiteUI
import SnapshotTesting
import XCTest

/// A fixed world for screen tests: 2026-11-23 09:30 in Shanghai, counted ids.
struct Fixture {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_397_400)) // 2026-11-23T09:30:00+08:00
    let ids = SequentialIdSource(prefix: "t")
    let standard = StandardLoader.defaultStandard()
    /// A fixed device key, so seals come out the same in every run.
    let signer = DeviceKey(rawRepresentation: Data(repeating: 7, count: 32))!

    var environment: AppEnvironment { AppEnvironment(clock: clock, ids: ids, signer: signer) }

    init() { TerminalLocale.ensureUTF8() }

    /// A state with no sites, or with the demo site.
    func state(_ language: Language = .english, demo: Bool = false, width: Int = 80, height: Int = 24) -> AppState {
        var sites: [Site] = []
        if demo { sites.append(DemoSite.make(standard: standard, clock: clock, ids: ids, language: language)) }
        return AppState(language: language, sites: sites, width: width, height: height,
                        today: Timestamp(clock: clock).localDate)
    }

    /// Sends keys one by one; returns every effect asked for.
    @discardableResult
    func send(_ keys: [Key], to state: inout AppState) -> [Effect] {
        keys.flatMap { AppUpdate.update(&state, .key($0), environment) }
    }

    /// Types text character by character.
    @discardableResult
    func type(_ text: String, into state: inout AppState) -> [Effect] {
        send(text.map { Key.character($0) }, to: &state)
    }
}

/// Checks that every row of the rendered state is exactly the terminal's width, then compares the screen
/// with its snapshot (recorded on the first run) in `__Snapshots__`.
func assertScreen(_ state: AppState, named name: String, file: StaticString = #filePath, testName: String = #function, line: UInt = #line) {
    let grid = AppView.render(state)
    for row in 0..<grid.height {
        XCTAssertEqual(TextWidth.cells(of: grid.rowText(row)), grid.width, "row \(row) is not exactly \(grid.width) cells", file: file, line: line)
    }
    assertSnapshot(of: grid.text, as: .lines, named: name, file: file, testName: testName, line: line)
}
