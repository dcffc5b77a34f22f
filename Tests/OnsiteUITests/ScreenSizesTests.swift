import OnsiteCore
@testable import OnsiteUI
import XCTest

/// Every working-day screen, at every size from too small to large, in both languages: drawn exactly to the
/// terminal's width (nothing outside it, no split wide character), and keys still handled.
final class ScreenSizesTests: XCTestCase {
    let fixture = Fixture()
    let sizes = [(20, 6), (56, 16), (80, 24), (57, 17), (132, 43)]

    /// The demo in full swing with today started, and each working-day screen on top of it.
    private func screens(_ language: Language) -> [AppState] {
        var state = fixture.state(language)
        let (site, days) = DemoSite.makeWithDays(standard: fixture.standard, clock: fixture.clock, ids: fixture.ids, language: language, signer: fixture.signer)
        state.store(site)
        days.forEach { state.store($0) }
        state.stack.append(.home(siteID: site.id, ListPosition()))
        _ = DayScreen.startDay(site.id, state.today, &state, fixture.environment)
        let today = state.today
        let yesterday = today.adding(days: -1)
        let problem = state.site(site.id)!.registers.problems[0].id
        var all: [Screen] = [
            .days(siteID: site.id, ListPosition()),
            .day(siteID: site.id, date: today, ListPosition()),
            .day(siteID: site.id, date: yesterday, ListPosition()),
            .briefing(siteID: site.id, date: today, ListPosition()),
            .briefing(siteID: site.id, date: yesterday, ListPosition()),
            .log(siteID: site.id, date: yesterday, ListPosition()),
            .problem(siteID: site.id, problemID: problem, date: today, ListPosition()),
            .cleanup(siteID: site.id, date: today, ListPosition()),
            .review(siteID: site.id, date: yesterday, ListPosition()),
            .signature(siteID: site.id, date: today, SignaturePadState()),
            .signature(siteID: site.id, date: yesterday, SignaturePadState()),
            .siteRules(siteID: site.id, ListPosition()),
        ]
        all += RegisterKind.allCases.map { .register(siteID: site.id, kind: $0, date: today, ListPosition()) }
        return all.map { screen in
            var copy = state
            copy.stack.append(screen)
            return copy
        }
    }

    func testEveryScreenFitsEverySize() {
        for language in Language.allCases {
            for base in screens(language) {
                for (width, height) in sizes {
                    var state = base
                    _ = AppUpdate.update(&state, .resize(width: width, height: height), fixture.environment)
                    // Move through the whole list and back, at this size.
                    for key in [Key.end, .pageUp, .down, .down, .home, .pageDown] {
                        _ = AppUpdate.update(&state, .key(key), fixture.environment)
                        let grid = AppView.render(state)
                        for row in 0..<grid.height {
                            XCTAssertEqual(TextWidth.cells(of: grid.rowText(row)), width,
                                           "\(state.screen.kind) \(language) \(width)×\(height) row \(row) after \(key)")
                        }
                    }
                    if width < AppState.minimumWidth {
                        XCTAssertTrue(AppView.render(state).contains(language == .english ? "Terminal too small" : "终端窗口太小"))
                    }
                }
            }
        }
    }
}
