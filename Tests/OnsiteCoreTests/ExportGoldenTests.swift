import Foundation
import XCTest
@testable import OnsiteCore

/// Every export format of both demo sites in both languages, compared with golden files
/// (`ONSITE_RECORD_GOLDEN=1 swift test --filter ExportGoldenTests` to record them again).
final class ExportGoldenTests: XCTestCase {
    func testTheOpenDemoInEveryFormatMatchesItsGoldenFiles() throws {
        for language in Language.allCases {
            let export = ExportFixture.openDemo(language)
            let day = try XCTUnwrap(ExportFixture.signedDay(export)).date
            let tag = language.rawValue
            for format in [ExportFormat.html, .markdown] {
                for file in SiteExporter.files(export, format: format, day: day) { ExportFixture.assertGolden(file.data, "open-\(tag)/daily.\(format.rawValue)") }
                for file in SiteExporter.files(export, format: format) { ExportFixture.assertGolden(file.data, "open-\(tag)/dossier.\(format.rawValue)") }
            }
            for file in SiteExporter.files(export, format: .csv) { ExportFixture.assertGolden(file.data, "open-\(tag)/csv/\(file.name)") }
            for file in SiteExporter.files(export, format: .json) { ExportFixture.assertGolden(file.data, "open-\(tag)/site.json") }
        }
    }

    func testTheClosedDemoWithItsSignedExitRecordsMatchesItsGoldenFiles() {
        for language in Language.allCases {
            let export = ExportFixture.closedDemo(language)
            let tag = language.rawValue
            for format in ExportFormat.allCases {
                for file in SiteExporter.files(export, format: format) {
                    let name = format == .csv ? "csv/\(file.name)" : format == .json ? "site.json" : "dossier.\(format.rawValue)"
                    ExportFixture.assertGolden(file.data, "closed-\(tag)/\(name)")
                }
            }
        }
    }

    func testTheSameSiteExportsTheSameBytesEveryTime() {
        let first = SiteExporter.files(ExportFixture.closedDemo(.chinese), format: .json)
        let second = SiteExporter.files(ExportFixture.closedDemo(.chinese), format: .json)
        XCTAssertEqual(first, second)
    }
}
