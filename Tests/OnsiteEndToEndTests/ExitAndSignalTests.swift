#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest

/// The terminal is given back on every way out, and what was shown as done is on disk.
final class ExitAndSignalTests: XCTestCase {
    func testQuitRestoresTheTerminal() throws {
        let app = try TmuxSession.start(self, recordOutput: true)
        try app.waitFor("Onsite —")
        XCTAssertEqual(try app.paneFormat("#{alternate_on}"), "1", "the program draws on the alternate screen")
        try app.send(keys: "q")
        XCTAssertEqual(try app.waitForExit(), 0)
        let screen = try app.capture()
        XCTAssertFalse(screen.contains("Onsite —"), "the alternate screen is gone after q:\n\(screen)")
        XCTAssertFalse(screen.contains("Start a new site"), "\(screen)")
        XCTAssertEqual(try app.paneFormat("#{alternate_on}"), "0", "back on the main screen")
        try assertModesRestored(app)
    }

    func testSIGTERMExitsCleanlyAndKeepsTheTick() throws {
        try checkSignal(SIGTERM)
    }

    func testSIGHUPExitsCleanlyAndKeepsTheTick() throws {
        try checkSignal(SIGHUP)
    }

    /// Help and the table promise "Ctrl-Q Quit from anywhere".
    func testCtrlQQuitsFromTheChecklist() throws {
        let app = try TmuxSession.start(self, arguments: ["demo"])
        try app.waitFor("T Today")
        try app.send(keys: "A")
        try app.waitFor("Arrival checklist")
        try app.send(keys: "C-q")
        XCTAssertEqual(try app.waitForExit(), 0)
    }

    /// Ticks "Spare parts" on the demo checklist, sends the signal, and reads the file.
    private func checkSignal(_ signal: Int32, file: StaticString = #filePath, line: UInt = #line) throws {
        let app = try TmuxSession.start(self, arguments: ["demo"], recordOutput: true)
        try app.waitFor("T Today")
        try app.send(keys: "A")
        let list = try app.waitFor("Arrival checklist")
        let doneBefore = try doneCount(app)
        XCTAssertFalse(TmuxSession.line(containing: "Spare parts", in: list)?.contains("[✓]") ?? true, "\(list)")

        // The first item is selected; "Spare parts" is the tenth, and its note shows when it is selected.
        try app.send(keys: "j", "j", "j", "j", "j", "j", "j", "j", "j")
        try app.waitFor("Spare seals")
        try app.send(keys: "Space")
        let ticked = try app.waitUntil("Spare parts ticked") {
            TmuxSession.line(containing: "Spare parts", in: $0)?.contains("[✓]") ?? false
        }
        XCTAssertTrue(ticked.contains("17/20"), "\(ticked)")

        let pid = try app.appPID()
        XCTAssertEqual(kill(pid, signal), 0, "kill(\(pid), \(signal))")
        // Any status will do (0, or 128 + the signal if it re-raises it): the program must end, tidily.
        try app.waitForExit(file: file, line: line)
        let screen = try app.capture()
        XCTAssertFalse(screen.contains("Arrival checklist"), "the terminal is restored after signal \(signal):\n\(screen)",
                       file: file, line: line)
        XCTAssertEqual(try app.paneFormat("#{alternate_on}"), "0", "main screen after signal \(signal)", file: file, line: line)
        XCTAssertEqual(try doneCount(app), doneBefore + 1, "the tick is in site.json", file: file, line: line)
        try assertModesRestored(app, file: file, line: line)
    }

    /// Reads every private mode the program set (`ESC [ ? n h/l`) from what the pane received:
    /// at the end the alternate screen, bracketed paste, mouse reporting and keypad mode are
    /// off, and the cursor is visible.
    private func assertModesRestored(_ app: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        let deadline = Date().addingTimeInterval(5)
        while !app.recordedOutput().contains(TmuxSession.exitMarker), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let output = app.recordedOutput()
        var modes: [String: Character] = [:]
        let expression = try NSRegularExpression(pattern: "\u{1b}\\[\\?([0-9;]+)([hl])")
        let text = output as NSString
        for match in expression.matches(in: output, range: NSRange(location: 0, length: text.length)) {
            let flag = Character(text.substring(with: match.range(at: 2)))
            for mode in text.substring(with: match.range(at: 1)).split(separator: ";") { modes[String(mode)] = flag }
        }
        XCTAssertEqual(modes["1049"], "l", "alternate screen left", file: file, line: line)
        XCTAssertEqual(modes["2004"], "l", "bracketed paste turned off", file: file, line: line)
        for mouse in ["1000", "1002", "1003", "1006"] where modes[mouse] != nil {
            XCTAssertEqual(modes[mouse], "l", "mouse mode \(mouse) turned off", file: file, line: line)
        }
        XCTAssertNotEqual(modes["1"], "h", "cursor keys back to normal mode", file: file, line: line)
        XCTAssertEqual(modes["25"], "h", "cursor shown again", file: file, line: line)
    }

    /// How many items of the site files are recorded as done.
    private func doneCount(_ app: TmuxSession) throws -> Int {
        let sites = app.dataDirectory.appendingPathComponent("sites")
        var count = 0
        for folder in try FileManager.default.contentsOfDirectory(atPath: sites.path) {
            let url = sites.appendingPathComponent(folder).appendingPathComponent("site.json")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            XCTAssertTrue(text.contains("done"), "site.json records done items")
            count += text.components(separatedBy: "\"state\" : \"done\"").count - 1
        }
        return count
    }
}
