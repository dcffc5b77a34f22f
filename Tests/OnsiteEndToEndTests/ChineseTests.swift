import XCTest

/// The Chinese interface, and Chinese typed into a field.
final class ChineseTests: XCTestCase {
    func testChineseWelcomeAndChineseSiteName() throws {
        let app = try TmuxSession.start(self, arguments: ["--lang", "zh"], lang: "zh_CN.UTF-8")
        let welcome = try app.waitFor("新建现场")
        XCTAssertTrue(welcome.contains("打开示例现场"), "the welcome screen is in Chinese:\n\(welcome)")

        try app.send(keys: "N")
        try app.waitFor("现场名称")
        try app.sendLiteral("华东饮料三号线")
        let form = try app.waitFor("华东饮料三号线")
        XCTAssertTrue(TmuxSession.line(containing: "现场名称", in: form)?.contains("华东饮料三号线") ?? false,
                      "the name is intact on its own line:\n\(form)")
        XCTAssertFalse(form.contains("\u{FFFD}"), "no replacement characters:\n\(form)")
    }
}
