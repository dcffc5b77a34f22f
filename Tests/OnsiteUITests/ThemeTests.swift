import Foundation
import OnsiteCore
@testable import OnsiteUI
import XCTest

final class ThemeTests: XCTestCase {
    /// The roles that carry text (every role does; the border's lines count as text too).
    private let textRoles = StyleRole.allCases.filter { $0 != .progressTodo }

    func testTheFourBuiltInThemesLoad() {
        XCTAssertEqual(ThemeCatalog.builtIn.map(\.name).sorted(), ["default", "high-contrast", "light", "monochrome"])
        XCTAssertFalse(Theme.monochrome.usesColor)
        XCTAssertTrue(Theme.standard.usesColor)
        // A built-in theme is looked up by its file's name: each file names its theme the same.
        for file in BuiltInThemes.files { XCTAssertEqual(ThemeCatalog.builtInTheme(named: file.name)?.name, file.name) }
        XCTAssertNil(ThemeCatalog.builtInTheme(named: "nope"))
    }

    func testHighContrastReachesSevenToOneForEveryTextRole() throws {
        let theme = try XCTUnwrap(ThemeCatalog.builtIn.first { $0.name == "high-contrast" })
        for role in textRoles {
            XCTAssertGreaterThanOrEqual(Contrast.ratio(of: role, in: theme), 7, "\(role.rawValue)")
        }
        // The 8-colour fallbacks must hold up too (the Linux console has only those).
        for role in textRoles {
            var style = theme.style(for: role)
            if case .indexed(_, let fallback)? = style.foreground { style.foreground = TerminalColor(fallback) }
            if case .indexed(_, let fallback)? = style.background { style.background = TerminalColor(fallback) }
            let basic = Theme(name: "basic", usesColor: true, styles: [role: style])
            XCTAssertGreaterThanOrEqual(Contrast.ratio(of: role, in: basic), 7, "\(role.rawValue) on 8 colours")
        }
    }

    func testContrastMatchesKnownValues() {
        XCTAssertEqual(Contrast.ratio((0, 0, 0), (255, 255, 255)), 21, accuracy: 0.01)
        XCTAssertEqual(Contrast.ratio((255, 0, 0), (255, 255, 255)), 4.0, accuracy: 0.01)
    }

    func testTheEmbeddedThemesAreTheFilesInThemesFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("themes")
        let files = ConfigDirectory.tomlFiles(in: folder)
        XCTAssertEqual(files.count, BuiltInThemes.files.count, "run scripts/embed-data.sh after changing themes/")
        for file in files {
            let name = file.deletingPathExtension().lastPathComponent
            let embedded = try XCTUnwrap(BuiltInThemes.files.first { $0.name == name }?.text, "\(name) is not embedded")
            XCTAssertEqual(embedded + "\n", try String(contentsOf: file, encoding: .utf8), "\(name) differs: run scripts/embed-data.sh")
        }
    }

    func testAnUnknownRoleOrColourIsReportedWithItsLine() {
        let text = """
            name = "mine"
            colors = true

            [roles]
            normal = { fg = "white" }
            headline = { fg = "yellow" }
            title = { fg = "purple" }
            accent = { fg = 300 }
            """
        guard case .failure(let errors) = ThemeLoader.load(toml: text) else { return XCTFail("a bad theme loaded") }
        XCTAssertEqual(errors.errors.map(\.line), [6, 7, 8])
        XCTAssertTrue(errors.errors[0].message.contains("unknown role \"headline\""))
        XCTAssertTrue(errors.errors[1].message.contains("unknown colour \"purple\""))
        XCTAssertTrue(errors.errors[2].message.contains("300 is not in 0-255"))
    }

    func testABrokenUserThemeFallsBackToTheDefaultWithAMessage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "name = \"broken\"\n[roles\n".write(to: folder.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        try "name = \"site-blue\"\n[roles]\nnormal = { fg = \"blue\" }\n".write(to: folder.appendingPathComponent("blue.toml"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog.load(userFolder: folder)
        XCTAssertEqual(catalog.problems.count, 1)
        XCTAssertEqual(catalog.problems.first?.cause.line, 2)
        XCTAssertNotNil(catalog.theme(named: "site-blue"))
        let missing = ThemeChoice.pick(requested: "broken", noColor: false, catalog: catalog)
        XCTAssertEqual(missing.theme.name, "default")
        XCTAssertNotNil(missing.warning)
    }

    func testNoColorWinsOverAnyTheme() {
        let choice = ThemeChoice.pick(requested: "high-contrast", noColor: true, catalog: ThemeCatalog())
        XCTAssertEqual(choice.theme.name, "monochrome")
    }
}
