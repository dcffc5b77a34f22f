#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest

/// A failure of the test harness itself (tmux or the binary missing, a wait that timed out).
/// Its text says what was expected and, for a wait, what the screen showed instead.
struct HarnessError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String, file: StaticString = #filePath, line: UInt = #line) {
        let name = URL(fileURLWithPath: "\(file)").lastPathComponent
        self.description = "\(name):\(line): \(description)"
    }
}

/// Finds the `onsite` binary and runs it as a plain process (no terminal), for `onsite list`.
enum OnsiteProcess {
    /// What a plain run printed and how it ended.
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `onsite` executable built next to this test bundle (`<products>/onsite`).
    static func binary() throws -> URL {
        let fileManager = FileManager.default
        var starts = [Bundle(for: TmuxSession.self).bundleURL, Bundle.main.bundleURL]
        if let first = ProcessInfo.processInfo.arguments.first {
            starts.append(URL(fileURLWithPath: first).resolvingSymlinksInPath())
        }
        for start in starts {
            var folder = start.standardizedFileURL
            for _ in 0..<5 {
                let candidate = folder.appendingPathComponent("onsite")
                var isFolder: ObjCBool = false
                if fileManager.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                   fileManager.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                folder = folder.deletingLastPathComponent()
            }
        }
        throw HarnessError("""
            the onsite binary was not found next to the test bundle (looked up from \(starts.map(\.path))). \
            Build it with `swift build --build-tests` before `swift test --skip-build`.
            """)
    }

    /// The path of a program on PATH, if it is installed.
    static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `onsite` with the arguments, stdin from /dev/null, and waits for it (at most `timeout` seconds).
    static func run(_ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 20) throws -> Result {
        var merged = ProcessInfo.processInfo.environment
        merged["LANG"] = "en_US.UTF-8"
        for name in ["LC_ALL", "LC_MESSAGES", "LC_CTYPE", "NO_COLOR"] { merged.removeValue(forKey: name) }
        merged.merge(environment) { _, new in new }
        return try execute(binary(), arguments, environment: merged, timeout: timeout)
    }

    /// Runs any program to the end; output goes through files so a full pipe cannot block it.
    /// (posix_spawn and waitpid, not Foundation's Process: on Linux, Process still reports
    /// "running" while a daemon the program forked, such as the tmux server, is alive.)
    static func execute(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                        timeout: TimeInterval = 20) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-e2e-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("out").path, errPath = folder.appendingPathComponent("err").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let environment = environment ?? ProcessInfo.processInfo.environment
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw HarnessError("could not start \(executable.path): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                throw HarnessError("\(executable.lastPathComponent) \(arguments) did not end within \(timeout) s")
            }
            usleep(2_000)
        }
        let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let text = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
        return Result(status: exitStatus, standardOutput: text(outPath), standardError: text(errPath))
    }
}
