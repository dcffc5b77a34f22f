import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where Onsite keeps its files, and the layout inside.
///
/// ```
/// <root>/onsite.lock            the one-writer lock
/// <root>/session.json           where the user was, and unsaved drafts
/// <root>/device-key             this device's Ed25519 key, which seals sign-offs
/// <root>/sites/<id>/site.json   one site (profile, arrival, registers, …)
/// <root>/sites/<id>/days.txt    the index of its days, one line each
/// <root>/sites/<id>/standard.toml the standard the site started with (never changed)
/// <root>/sites/<id>/days/<date>.json one working day (briefing, log, cleanup, sign-off)
/// <root>/sites/<id>/history/<yyyy-mm>.json settled register entries of a past month
/// <root>/quarantine/            files that could not be read, kept for inspection
/// ```
public struct DataDirectory: Sendable {
    public let root: URL
    /// `root.path`, kept: paths read between keys are put together from it as strings.
    private let rootPath: String

    public init(root: URL) {
        self.root = root.standardizedFileURL
        rootPath = self.root.path
    }

    /// `--data-dir` if given, else `$XDG_DATA_HOME/onsite`, else `~/.local/share/onsite`.
    public static func resolve(override: String?, environment: [String: String]) -> DataDirectory {
        if let override, !override.isEmpty {
            return DataDirectory(root: URL(fileURLWithPath: override))
        }
        return DataDirectory(root: XDGDirectory.resolve("XDG_DATA_HOME", fallback: ".local/share", environment: environment))
    }

    public var sitesURL: URL { root.appendingPathComponent("sites") }
    public var quarantineURL: URL { root.appendingPathComponent("quarantine") }
    public var sessionURL: URL { root.appendingPathComponent("session.json") }
    /// Deleted sites, moved here whole; nothing in it is removed by the program.
    public var trashURL: URL { root.appendingPathComponent("trash") }
    /// This device's signing key (`DeviceKey`).
    public var deviceKeyFile: URL { root.appendingPathComponent("device-key") }

    /// The folder of one site.
    public func siteFolder(_ id: String) -> URL { sitesURL.appendingPathComponent(id) }

    /// The file of one site.
    public func siteFile(_ id: String) -> URL { siteFolder(id).appendingPathComponent("site.json") }

    /// The index of a site's days, one line each (`DaysIndex`).
    public func daysIndexFile(_ id: String) -> URL { siteFolder(id).appendingPathComponent("days.txt") }

    /// The copy of the standard a site started with.
    public func standardFile(_ id: String) -> URL { siteFolder(id).appendingPathComponent("standard.toml") }

    /// The folder of a site's working days.
    public func daysFolder(_ id: String) -> URL { siteFolder(id).appendingPathComponent("days") }

    /// The file of one working day.
    public func dayFile(_ id: String, _ date: LocalDate) -> URL { daysFolder(id).appendingPathComponent("\(date.isoText).json") }

    /// The path of `dayFile`, put together as a string (a `URL` costs ~30,000 instructions to build).
    public func dayFilePath(_ id: String, _ date: LocalDate) -> String { rootPath + "/sites/" + id + "/days/" + date.isoText + ".json" }

    /// The folder of a site's settled register history, one file a month.
    public func historyFolder(_ id: String) -> URL { siteFolder(id).appendingPathComponent("history") }

    /// The file of one month of a site's settled register entries (`month` is `yyyy-mm`).
    public func historyFile(_ id: String, month: String) -> URL { historyFolder(id).appendingPathComponent("\(month).json") }

    /// Creates the folders (0700) if they are missing, and tightens anything someone loosened:
    /// folders back to 0700, files back to 0600. Returns what had to be tightened, to tell the user.
    @discardableResult
    public func prepare() throws(StorageError) -> [String] {
        let loosened = tightenPermissions()
        try DurableFile.makeDirectory(root)
        try DurableFile.makeDirectory(sitesURL)
        return loosened
    }

    /// Checks the folders and files down to a site's own (`sites/<id>/site.json`, `days/`, `history/`),
    /// not the files inside a site's `days/` or `history/`: a folder at 0700 already keeps them private,
    /// and walking them would make every start-up grow with the sites' age.
    private func tightenPermissions() -> [String] {
        var loosened: [String] = []
        var paths = [root.path]
        var level = [root.path]
        for _ in 0..<3 {
            var next: [String] = []
            for folder in level {
                next += FolderListing.names(in: folder).map { folder + "/" + $0 }
            }
            paths += next
            level = next
        }
        for path in paths {
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            guard type == S_IFDIR || type == S_IFREG, info.st_mode & 0o077 != 0 else { continue }
            loosened.append(String(format: "%@ (%o)", path, info.st_mode & 0o777))
            _ = chmod(path, type == S_IFDIR ? 0o700 : 0o600)
        }
        return loosened
    }
}
