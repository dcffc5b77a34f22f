import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

/// The session's screens are read and written by hand (`Screen+Coding.swift`) in the shape the synthesized coding
/// gave them: every case reads back as written, files of earlier runs read, and anything else is refused, never misread.
final class SessionCodingTests: XCTestCase {
    private let date = LocalDate(year: 2026, month: 11, day: 23)
    private let position = ListPosition(selection: 3, scroll: 1)

    /// One screen of every kind, each with values that differ from the defaults.
    private var everyScreen: [Screen] {
        var form = SiteFormState(siteID: "demo", draft: SiteDraft())
        form.draft.name = "Northgate · 北门"
        let pad = SignaturePadState(strokes: [[SignaturePoint(x: 1, y: 2), SignaturePoint(x: 3, y: 4)]], width: 40, height: 10)
        return [
            .welcome(position), .siteForm(form), .home(siteID: "demo", position), .arrival(siteID: "demo", position),
            .arrivalItem(siteID: "demo", itemID: "bring-ppe", position), .siteRules(siteID: "demo", position),
            .days(siteID: "demo", position), .day(siteID: "demo", date: date, position), .briefing(siteID: "demo", date: date, position),
            .log(siteID: "demo", date: date, position), .register(siteID: "demo", kind: .borrowings, date: date, position),
            .problem(siteID: "demo", problemID: "p-1", date: date, position), .cleanup(siteID: "demo", date: date, position),
            .review(siteID: "demo", date: date, position), .signature(siteID: "demo", date: date, pad),
            .signPreview(siteID: "demo", date: date, position), .dashboard(siteID: "demo", DashboardPosition(weeksBack: 4)),
            .exit(siteID: "demo", position), .exitStep(siteID: "demo", step: .survey, position),
            .exitSignature(siteID: "demo", document: .restoration, pad), .attachments(siteID: "demo", owner: .problem("p-1"), position),
        ]
    }

    func testEveryScreenReadsBackAsWritten() throws {
        let screens = everyScreen
        // Overlays have a kind for the key table but are not screens of the stack.
        let overlays: Set<ScreenKind> = [.prompt, .walkthrough, .quiz, .chapterMenu]
        XCTAssertEqual(Set(screens.map(\.kind)), Set(ScreenKind.allCases).subtracting(overlays), "a screen kind without a case here")
        for screen in screens {
            let data = try JSONFormat.encode(screen)
            XCTAssertEqual(try JSONFormat.decode(Screen.self, from: data), screen, String(decoding: data, as: UTF8.self))
        }
        let stack = try JSONFormat.decode([Screen].self, from: try JSONFormat.encode(screens))
        XCTAssertEqual(stack, screens)
    }

    func testScreensAreWrittenInTheShapeEarlierSessionFilesHave() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func text(_ screen: Screen) throws -> String { String(decoding: try encoder.encode(screen), as: UTF8.self) }
        XCTAssertEqual(try text(.welcome(position)), #"{"welcome":{"_0":{"scroll":1,"selection":3}}}"#)
        XCTAssertEqual(try text(.home(siteID: "demo", position)), #"{"home":{"_1":{"scroll":1,"selection":3},"siteID":"demo"}}"#)
        XCTAssertEqual(try text(.register(siteID: "demo", kind: .problems, date: date, position)),
                       #"{"register":{"_3":{"scroll":1,"selection":3},"date":"2026-11-23","kind":"problems","siteID":"demo"}}"#)
        XCTAssertEqual(try text(.attachments(siteID: "demo", owner: .day(date), position)),
                       #"{"attachments":{"_2":{"scroll":1,"selection":3},"owner":{"day":{"_0":"2026-11-23"}},"siteID":"demo"}}"#)
    }

    func testASessionFileOfAnEarlierRunStillReads() throws {
        let text = #"{"drafts":{},"schema":1,"stack":[{"welcome":{"_0":{"scroll":0,"selection":0}}},"#
            + #"{"home":{"_1":{"scroll":0,"selection":2},"siteID":"demo"}},"#
            + #"{"register":{"_3":{"scroll":4,"selection":19},"date":"2026-11-23","kind":"problems","siteID":"demo"}}]}"#
        let session = try JSONFormat.decode(SessionState.self, from: Data(text.utf8))
        XCTAssertEqual(session.stack, [.welcome(ListPosition()), .home(siteID: "demo", ListPosition(selection: 2)),
                                       .register(siteID: "demo", kind: .problems, date: date, ListPosition(selection: 19, scroll: 4))])
    }

    func testAKeyThatNamesNoScreenIsPassedOver() throws {
        let text = #"{"home":{"_1":{"scroll":0,"selection":1},"siteID":"demo"},"note":1}"#
        XCTAssertEqual(try JSONFormat.decode(Screen.self, from: Data(text.utf8)), .home(siteID: "demo", ListPosition(selection: 1)))
    }

    func testAnythingElseIsRefused() {
        for text in [#"{}"#, #"{"home":{"_1":{"scroll":0,"selection":0}}}"#, #"{"nowhere":{}}"#,
                     #"{"home":{"_1":{"scroll":0,"selection":0},"siteID":"demo"},"days":{"_1":{"scroll":0,"selection":0},"siteID":"demo"}}"#,
                     #"{"day":{"_2":{"scroll":0,"selection":0},"date":"2026-02-30","siteID":"demo"}}"#, #"["home"]"#, #""home""#] {
            XCTAssertThrowsError(try JSONFormat.decode(Screen.self, from: Data(text.utf8)), text)
        }
    }
}
