import XCTest
@testable import OnsiteCore

/// The one-writer lock, atomic file replacement, and where the data directory is.
final class DataLockAndDurableFileTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder.remove()
        super.tearDown()
    }

    func testASecondLockOnTheSameDirectoryIsRefusedAndNamesTheHolder() throws {
        let first = try DataLock(directory: folder.url)
        XCTAssertEqual(storageError { _ = try DataLock(directory: folder.url) },
                       .locked(path: folder.url.path, holderPID: getpid()))
        let lockFile = folder.url.appendingPathComponent("onsite.lock").path
        XCTAssertEqual(FileManager.default.contents(atPath: lockFile), Data("\(getpid())\n".utf8))
        XCTAssertEqual(permissions(of: lockFile), 0o600)

        first.release()
        let second = try DataLock(directory: folder.url)
        XCTAssertEqual(storageError { _ = try DataLock(directory: folder.url) },
                       .locked(path: folder.url.path, holderPID: getpid()))
        second.release()
        second.release()  // releasing twice is harmless
    }

    func testTheLockFileHoldsOnlyThisPidWhateverWasInItBefore() throws {
        let lockFile = folder.url.appendingPathComponent("onsite.lock")
        try Data("123456789012345678901234567890\n".utf8).write(to: lockFile)
        let lock = try DataLock(directory: folder.url)
        XCTAssertEqual(FileManager.default.contents(atPath: lockFile.path), Data("\(getpid())\n".utf8))
        lock.release()
    }

    func testAFileIsReadWholeWithTheIdentityOfWhatWasRead() throws {
        let file = folder.url.appendingPathComponent("day.json")
        try DurableFile.replace(file, with: Data("first".utf8))
        let (data, identity) = try XCTUnwrap(FileIdentity.readWhole(file.path))
        XCTAssertEqual(data, Data("first".utf8))
        XCTAssertEqual(FileIdentity.of(file.path), identity)
        try DurableFile.replace(file, with: Data("first".utf8))
        XCTAssertNotEqual(FileIdentity.of(file.path), identity, "the same bytes saved again are another file")
        XCTAssertNil(FileIdentity.readWhole(folder.url.path), "a folder is not read")
        XCTAssertNil(FileIdentity.readWhole(folder.url.appendingPathComponent("missing").path))
        XCTAssertNil(FileIdentity.of(folder.url.appendingPathComponent("missing").path))
    }

    func testALockIsReleasedWhenItsOwnerGoesAway() throws {
        do {
            let scoped = try DataLock(directory: folder.url)
            _ = scoped
        }
        XCTAssertNoThrow(try DataLock(directory: folder.url).release())
    }

    func testLocksOnDifferentDirectoriesDoNotConflict() throws {
        let other = folder.url.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let first = try DataLock(directory: folder.url)
        let second = try DataLock(directory: other)
        first.release()
        second.release()
    }

    func testLockingADirectoryThatDoesNotExistIsAStorageError() {
        let missing = folder.url.appendingPathComponent("missing")
        guard case .ioFailure(_, "open lock", ENOENT, _)? = storageError({ _ = try DataLock(directory: missing) }) else {
            return XCTFail("expected an ioFailure for a missing directory")
        }
    }

    func testReplaceWritesTheWholeContentWithMode0600() throws {
        let previous = umask(0o022)
        defer { umask(previous) }
        let file = folder.url.appendingPathComponent("file.json")
        XCTAssertNil(storageError { try DurableFile.replace(file, with: Data("first".utf8)) })
        XCTAssertNil(storageError { try DurableFile.replace(file, with: Data("second".utf8)) })
        XCTAssertEqual(FileManager.default.contents(atPath: file.path), Data("second".utf8))
        XCTAssertEqual(permissions(of: file.path), 0o600)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path + ".bak"), "no .bak unless asked")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.url.path), ["file.json"])
    }

    func testReplaceWithKeepPreviousLinksTheOldContentAsBak() throws {
        let file = folder.url.appendingPathComponent("file.json")
        XCTAssertNil(storageError { try DurableFile.replace(file, with: Data("one".utf8), keepPrevious: true) })
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path + ".bak"))
        XCTAssertNil(storageError { try DurableFile.replace(file, with: Data("two".utf8), keepPrevious: true) })
        XCTAssertEqual(FileManager.default.contents(atPath: file.path + ".bak"), Data("one".utf8))
        XCTAssertEqual(FileManager.default.contents(atPath: file.path), Data("two".utf8))
    }

    func testSeveralFilesAreReplacedTogetherKeepingTheirPreviousContent() throws {
        let days = folder.url.appendingPathComponent("days")
        try DurableFile.makeDirectory(days)
        let day = days.appendingPathComponent("2026-12-01.json"), index = folder.url.appendingPathComponent("days.txt")
        let site = folder.url.appendingPathComponent("site.json")
        try DurableFile.replace(day, with: Data("day 1".utf8))
        try DurableFile.replace(site, with: Data("site 1".utf8))
        try DurableFile.replaceInOrder([[(day, Data("day 2".utf8))], [(index, Data("index 2".utf8)), (site, Data("site 2".utf8))], []],
                                       keepPrevious: true)
        XCTAssertEqual(FileManager.default.contents(atPath: day.path), Data("day 2".utf8))
        XCTAssertEqual(FileManager.default.contents(atPath: index.path), Data("index 2".utf8))
        XCTAssertEqual(FileManager.default.contents(atPath: site.path), Data("site 2".utf8))
        XCTAssertEqual(FileManager.default.contents(atPath: day.path + ".bak"), Data("day 1".utf8))
        XCTAssertEqual(FileManager.default.contents(atPath: site.path + ".bak"), Data("site 1".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: index.path + ".bak"), "a new file has no previous content")
        for path in [folder.url.path, days.path] {
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".tmp") }, [])
        }
    }

    func testNothingIsRenamedWhenOneOfSeveralFilesCannotBeWritten() throws {
        let day = folder.url.appendingPathComponent("day.json"), site = folder.url.appendingPathComponent("site.json")
        try DurableFile.replace(day, with: Data("day 1".utf8))
        let missing = folder.url.appendingPathComponent("no-such-folder/site.json")
        let error = storageError { try DurableFile.replaceInOrder([[(day, Data("day 2".utf8))], [(missing, Data("x".utf8))]], keepPrevious: true) }
        XCTAssertNotNil(error)
        XCTAssertEqual(FileManager.default.contents(atPath: day.path), Data("day 1".utf8), "the first file is not replaced either")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }, [],
                       "no temporary file is left")
    }

    func testReplaceWithEmptyDataWritesAnEmptyFile() {
        let file = folder.url.appendingPathComponent("empty")
        XCTAssertNil(storageError { try DurableFile.replace(file, with: Data()) })
        XCTAssertEqual(FileManager.default.contents(atPath: file.path), Data())
    }

    func testReplaceIntoAMissingDirectoryThrowsAStorageError() {
        let file = folder.url.appendingPathComponent("no/such/folder/site.json")
        let error = storageError { try DurableFile.replace(file, with: Data("x".utf8)) }
        guard case .ioFailure(let path, "create", ENOENT, let message)? = error else {
            return XCTFail("expected an ioFailure, got \(String(describing: error))")
        }
        XCTAssertTrue(path.hasPrefix(folder.url.path + "/no/such/folder/.site.json."), path)
        XCTAssertFalse(message.isEmpty)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("no").path))
    }

    func testReplaceIntoAReadOnlyDirectoryIsPermissionDenied() throws {
        try XCTSkipIf(getuid() == 0, "root ignores directory permissions")
        let locked = folder.url.appendingPathComponent("read-only")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        XCTAssertEqual(chmod(locked.path, 0o500), 0)
        defer { _ = chmod(locked.path, 0o700) }
        guard case .permissionDenied? = storageError({ try DurableFile.replace(locked.appendingPathComponent("f"), with: Data()) }) else {
            return XCTFail("expected permissionDenied")
        }
    }

    func testMakeDirectoryCreatesEveryMissingParent() {
        let previous = umask(0o022)
        defer { umask(previous) }
        let deep = folder.url.appendingPathComponent("a/b/c")
        XCTAssertNil(storageError { try DurableFile.makeDirectory(deep) })
        XCTAssertNil(storageError { try DurableFile.makeDirectory(deep) }, "existing is fine")
        for path in ["a", "a/b", "a/b/c"] {
            XCTAssertEqual(permissions(of: folder.url.appendingPathComponent(path).path), 0o700, path)
        }
    }

    func testResolveHonoursDataDirThenXDGThenHome() {
        let environment = ["XDG_DATA_HOME": "/xdg/data", "HOME": "/home/lead"]
        XCTAssertEqual(DataDirectory.resolve(override: "/tmp/my-data", environment: environment).root.path, "/tmp/my-data")
        XCTAssertEqual(DataDirectory.resolve(override: nil, environment: environment).root.path, "/xdg/data/onsite")
        XCTAssertEqual(DataDirectory.resolve(override: "", environment: environment).root.path, "/xdg/data/onsite")
        XCTAssertEqual(DataDirectory.resolve(override: nil, environment: ["HOME": "/home/lead"]).root.path,
                       "/home/lead/.local/share/onsite")
        XCTAssertEqual(DataDirectory.resolve(override: nil, environment: ["XDG_DATA_HOME": "relative/path", "HOME": "/home/lead"]).root.path,
                       "/home/lead/.local/share/onsite", "a relative XDG_DATA_HOME is ignored, as the spec says")
        XCTAssertEqual(DataDirectory.resolve(override: nil, environment: ["XDG_DATA_HOME": "", "HOME": "/home/lead"]).root.path,
                       "/home/lead/.local/share/onsite")
    }

    func testDataDirectoryLayout() {
        let directory = DataDirectory(root: URL(fileURLWithPath: "/data/onsite/../onsite"))
        XCTAssertEqual(directory.root.path, "/data/onsite")
        XCTAssertEqual(directory.sitesURL.path, "/data/onsite/sites")
        XCTAssertEqual(directory.quarantineURL.path, "/data/onsite/quarantine")
        XCTAssertEqual(directory.sessionURL.path, "/data/onsite/session.json")
        XCTAssertEqual(directory.siteFile("abc").path, "/data/onsite/sites/abc/site.json")
        XCTAssertEqual(directory.daysIndexFile("abc").path, "/data/onsite/sites/abc/days.txt")
    }
}
