import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

/// Tab completion of paths, the attach form, and a day, a problem and the files list showing attachments.
final class AttachmentScreenTests: XCTestCase {
    let fixture = Fixture()

    /// A fake folder tree: `/home/u` with photos, a folder and a hidden file; `/work` as the current folder.
    static let completer = PathCompleter(home: "/home/u", currentFolder: "/work") { folder in
        let tree: [String: [PathCompleter.Entry]] = [
            "/home/u/": [.init("Documents", isFolder: true), .init("Downloads", isFolder: true), .init(".secret")],
            "/home/u/Documents/": [.init("valve-photo.png"), .init("valve-plan.pdf"), .init("report.pdf")],
            "/work/": [.init("site photos", isFolder: true), .init("notes.txt")],
            "/work/site photos/": [.init("IMG_0001.jpg"), .init("IMG_0002.jpg")],
        ]
        return tree[folder]
    }

    var environment: AppEnvironment {
        AppEnvironment(clock: fixture.clock, ids: fixture.ids, signer: fixture.signer, completePath: { Self.completer.complete($0) })
    }

    private func send(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { AppUpdate.update(&state, .key($0), environment) }
    }

    private func type(_ text: String, _ state: inout AppState) {
        _ = send(text.map { Key.character($0) }, &state)
    }

    // MARK: Completion

    func testTabCompletesTheCommonBeginningThenListsWhatMatches() {
        let completer = Self.completer
        XCTAssertEqual(completer.complete("~/Documents/v"), PathCompletion(text: "~/Documents/valve-p"))
        XCTAssertEqual(completer.complete("~/Documents/valve-p"),
                       PathCompletion(text: "~/Documents/valve-p", candidates: ["valve-photo.png", "valve-plan.pdf"]))
        XCTAssertEqual(completer.complete("~/Documents/valve-ph"), PathCompletion(text: "~/Documents/valve-photo.png"))
        XCTAssertEqual(completer.complete("/home/u/Doc"), PathCompletion(text: "/home/u/Documents/"))
        XCTAssertEqual(completer.complete("~"), PathCompletion(text: "~/"))
        XCTAssertEqual(completer.complete("~/"), PathCompletion(text: "~/Do"), "hidden names stay hidden")
        XCTAssertEqual(completer.complete("~/Do"), PathCompletion(text: "~/Do", candidates: ["Documents/", "Downloads/"]))
        XCTAssertEqual(completer.complete("~/.s"), PathCompletion(text: "~/.secret"))
        XCTAssertEqual(completer.complete("si"), PathCompletion(text: "site photos/"), "a relative path is in the current folder")
        XCTAssertEqual(completer.complete("site photos/IMG_000"),
                       PathCompletion(text: "site photos/IMG_000", candidates: ["IMG_0001.jpg", "IMG_0002.jpg"]))
        XCTAssertEqual(completer.complete("/nowhere/x"), PathCompletion(text: "/nowhere/x"), "an unreadable folder changes nothing")
        XCTAssertEqual(completer.complete("~/Documents/zzz"), PathCompletion(text: "~/Documents/zzz"))
    }

    func testTheLiveCompleterReadsRealFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("pictures"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let live = PathCompleter.live(environment: ["HOME": folder.path])
        XCTAssertEqual(live.complete("~/pic"), PathCompletion(text: "~/pictures/"))
    }

    // MARK: The form and the day

    /// Today started on the demo site, the attach form open on the day screen.
    private func attachForm(_ language: Language) -> AppState {
        var state = fixture.startedDay(language)
        XCTAssertEqual(send([.character("f")], &state), [])
        return state
    }

    func testTheAttachFormCompletesAndSubmitsTheCopy() throws {
        var state = attachForm(.english)
        let date = fixture.today
        XCTAssertEqual(state.prompt?.purpose, .attach(.file(siteID: DemoSite.id, owner: .day(date))))
        type("~/Documents/v", &state)
        _ = send([.tab], &state)
        XCTAssertEqual(state.prompt?.fields.first?.text, "~/Documents/valve-p")
        _ = send([.tab], &state)
        XCTAssertEqual(state.message?.text.en, "valve-photo.png  valve-plan.pdf")
        type("h", &state)
        _ = send([.tab, .down], &state)
        type("before the repair", &state)
        let effects = send([.enter], &state)
        XCTAssertEqual(effects, [.attachFile(siteID: DemoSite.id, owner: .day(date), path: "~/Documents/valve-photo.png", note: "before the repair")])
        XCTAssertNil(state.prompt)
    }

    func testAnEmptyPathIsRefusedInTheForm() {
        var state = attachForm(.english)
        XCTAssertEqual(send([.enter], &state), [])
        XCTAssertEqual(state.prompt?.problem, AttachWords.noPath)
    }

    func testACopyRefusedByTheStoreSaysWhyAndChangesNothing() {
        var state = fixture.startedDay(.english)
        let before = state.day(DemoSite.id, fixture.today)
        let effects = AttachActions.stored(&state, siteID: DemoSite.id, owner: .day(fixture.today),
                                           .failure(.tooLarge("/tmp/big.bin", size: 2 << 30, limit: AttachmentStore.sizeLimit)))
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.message?.text.en, "Not attached: /tmp/big.bin is 2.0 GB, over the 25.0 MB limit for an attachment.")
        XCTAssertEqual(state.day(DemoSite.id, fixture.today), before)
    }

    func testASignedDayRefusesTheFormWithTheReason() throws {
        var state = fixture.startedDay(.english)
        var day = try XCTUnwrap(state.day(DemoSite.id, fixture.today))
        day.signOff = SignOff(clientName: "X", signature: Signature(width: 10, height: 10), signedAt: fixture.moment(minutes: 1), recordHash: "")
        var site = state.sites[0]
        site.noteChanged(day)
        state.store(site)
        state.store(day)
        _ = send([.character("f")], &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.message?.kind, .error)
        XCTAssertEqual(state.message?.text, DayWords.error(.dayClosed(.signed), state))
    }

    /// Today with a photo and a document attached, as stored by the runner.
    private func dayWithFiles(_ language: Language) -> AppState {
        var state = fixture.startedDay(language)
        let date = fixture.today
        for (letter, name, type, note) in [("a", "valve-photo.png", "image/png", "before the repair"), ("b", "plan <rev 2>.pdf", "application/pdf", "")] {
            let file = Attachment(sha256: String(repeating: letter, count: 64), name: name, size: letter == "a" ? 2_345_678 : 48_213,
                                  mediaType: type, attachedAt: fixture.moment(minutes: 5), note: note.isEmpty ? nil : note)
            _ = AttachActions.stored(&state, siteID: DemoSite.id, owner: .day(date), .success(file))
        }
        return state
    }

    func testStoringAFileRecordsItOnTheDayAndSavesIt() {
        var state = fixture.startedDay(.english)
        let file = Attachment(sha256: String(repeating: "c", count: 64), name: "x.jpg", size: 10, mediaType: "image/jpeg", attachedAt: fixture.moment())
        let effects = AttachActions.stored(&state, siteID: DemoSite.id, owner: .day(fixture.today), .success(file))
        guard case .saveDay(_, let day) = effects.first else { return XCTFail("no save: \(effects)") }
        XCTAssertEqual(day.dayAttachments, [file])
        XCTAssertEqual(state.message?.text.en, "Attached x.jpg (10 B, SHA-256 cccccccccccc…).")
        XCTAssertEqual(AttachActions.stored(&state, siteID: DemoSite.id, owner: .day(fixture.today), .success(file)), [], "the same file is not listed twice")
    }

    // MARK: Snapshots

    func testAttachPrompt() {
        for language in Language.allCases {
            var state = attachForm(language)
            type("~/Documents/valve-p", &state)
            _ = send([.tab], &state)
            assertScreen(state, named: language.rawValue)
        }
    }

    func testDayWithFiles() {
        for language in Language.allCases {
            assertScreen(dayWithFiles(language), named: language.rawValue)
        }
    }

    func testFilesList() {
        for language in Language.allCases {
            var state = dayWithFiles(language)
            _ = send([.character("F")], &state)
            assertScreen(state, named: language.rawValue)
        }
    }

    func testProblemWithFiles() {
        for language in Language.allCases {
            var state = fixture.busySite(language)
            let file = Attachment(sha256: String(repeating: "d", count: 64), name: "flange.jpg", size: 812_000, mediaType: "image/jpeg",
                                  attachedAt: fixture.moment())
            _ = AttachActions.stored(&state, siteID: DemoSite.id, owner: .problem("p-old"), .success(file))
            state.stack.append(.problem(siteID: DemoSite.id, problemID: "p-old", date: fixture.today, ListPosition()))
            _ = send([.end], &state)
            assertScreen(state, named: language.rawValue)
        }
    }
}
