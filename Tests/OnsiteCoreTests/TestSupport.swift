import Foundation
import XCTest
@testable import OnsiteCore

/// Shared fixtures: a fixed clock on a Shanghai site, the default standard, and a small site.
enum Fixture {
    /// 2026-11-23 08:05:00 in Shanghai (+08:00), i.e. 00:05:00 UTC.
    static let morning = Date(timeIntervalSince1970: 1_795_392_300)
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    static func clock(_ date: Date = morning) -> FixedClock { FixedClock(date, timeZone: shanghai) }

    static let standard = StandardLoader.defaultStandard()
    /// A fixed device key made in memory.
    static let signer = DeviceKey(rawRepresentation: Data(repeating: 7, count: 32))!

    /// An arrival item of the default standard by id (fails the test if it is not there).
    static func item(_ id: String, file: StaticString = #filePath, line: UInt = #line) -> ChecklistItemDefinition {
        guard let item = standard.arrivalItem(id) else {
            XCTFail("the default standard has no item \(id)", file: file, line: line)
            return ChecklistItemDefinition(id: id, title: LocalizedText(en: id, zh: id), help: nil, required: true, kind: .check)
        }
        return item
    }

    static let leader = CrewMember(id: "c-1", name: "Tom Baker", role: "Crew leader")
    static let fitter = CrewMember(id: "c-2", name: "Ana Lima", role: "Fitter")
    static let liaison = Liaison(id: "l-1", name: "Mark Hughes", role: "Production manager", phone: "+44 20 7946 0958")

    static func profile(crew: [CrewMember] = [leader, fitter], liaisons: [Liaison] = [liaison]) -> SiteProfile {
        SiteProfile(
            name: "Line 3 filler", address: "14 Harbour Road", client: "Northgate Bottling", liaisons: liaisons,
            crew: crew, projectManager: "Helen Carter", engineeringHead: "Raj Patel",
            plannedStart: LocalDate(year: 2026, month: 11, day: 23), plannedEnd: LocalDate(year: 2026, month: 12, day: 17))
    }

    static func site(id: String = "site-1", crew: [CrewMember] = [leader, fitter], liaisons: [Liaison] = [liaison],
                     createdAt: Date = morning) -> Site {
        Site(id: id, isDemo: false, createdAt: Timestamp(date: createdAt, offsetSeconds: 8 * 3600),
             standard: standard.reference, profile: profile(crew: crew, liaisons: liaisons))
    }
}

/// The error a throwing arrival action threw, or nil when it succeeded.
func arrivalError(file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> Void) -> ArrivalError? {
    caught(ArrivalError.self, file: file, line: line, body)
}

/// The error a throwing working-day or register action threw, or nil when it succeeded.
func dayError(file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> Void) -> DayError? {
    caught(DayError.self, file: file, line: line, body)
}

/// The error a throwing storage action threw, or nil when it succeeded.
func storageError(file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> Void) -> StorageError? {
    caught(StorageError.self, file: file, line: line, body)
}

/// The error of an expected type that `body` threw; any other error fails the test.
private func caught<E: Error>(_ type: E.Type, file: StaticString, line: UInt, _ body: () throws -> Void) -> E? {
    do {
        try body()
        return nil
    } catch let error as E {
        return error
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
        return nil
    }
}

/// A fresh folder under the system's temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("onsite-core-tests-\(UUID().uuidString.lowercased())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() {
        // Make everything writable again first, in case a test tightened a folder.
        if let items = FileManager.default.enumerator(atPath: url.path) {
            for case let name as String in items {
                _ = chmod(url.appendingPathComponent(name).path, 0o700)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }
}

/// The permission bits of a file or folder.
func permissions(of path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o777
}

/// A test case with a fresh data directory and store under a temporary folder, removed afterwards.
class StorageTestCase: XCTestCase {
    var folder: TemporaryFolder!
    var directory: DataDirectory!
    var store: SiteStore!

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = try TemporaryFolder()
        directory = DataDirectory(root: folder.url.appendingPathComponent("data"))
        store = SiteStore(directory: directory, clock: Fixture.clock())
    }

    override func tearDown() {
        folder.remove()
        super.tearDown()
    }
}

/// A test case with a fresh fixture site and a fixed clock (08:05 in Shanghai).
class ArrivalTestCase: XCTestCase {
    var clock: FixedClock!
    var site: Site!

    override func setUp() {
        super.setUp()
        clock = Fixture.clock()
        site = Fixture.site()
    }

    var now: Timestamp { Timestamp(clock: clock) }
}
