#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest

/// `onsite` running in a detached tmux server of its own, at 80×24 by default, with
/// a fresh data directory. The pane runs `onsite …; echo ONSITE-EXITED:$?; sleep 600`,
/// so the exit status and the screen the program leaves behind can be read.
/// Every property is a constant: the state lives in tmux, so the type is `Sendable`.
final class TmuxSession: Sendable {
    static let exitMarker = "ONSITE-EXITED:"

    let socket: String
    /// The temporary folder of this session, removed at tear-down.
    let root: URL
    let dataDirectory: URL
    /// Where the program's stderr goes when asked (otherwise it is drawn in the pane).
    let standardErrorFile: URL?
    /// Everything the pane received (`pipe-pane`), when asked: the program waits for it to be set up.
    let outputFile: URL?
    private let command: String
    /// The command line that starts the program (what an interactive-shell test types).
    let programCommand: String
    private let tmux: String

    /// Starts `onsite <arguments> --data-dir <dir>`; the server is killed when the test ends.
    /// `dataDirectory` shares another session's data; `environment` adds or overrides variables.
    static func start(
        _ testCase: XCTestCase, arguments: [String] = [], lang: String = "en_US.UTF-8", term: String = "xterm-256color",
        environment: [String: String] = [:], dataDirectory: URL? = nil, captureStandardError: Bool = false,
        recordOutput: Bool = false, wrapper: [String] = [], interactiveShell: Bool = false, width: Int = 80, height: Int = 24,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> TmuxSession {
        let session = try TmuxSession(arguments: arguments, lang: lang, term: term, environment: environment,
                                      dataDirectory: dataDirectory, captureStandardError: captureStandardError,
                                      recordOutput: recordOutput, wrapper: wrapper, interactiveShell: interactiveShell)
        testCase.addTeardownBlock { session.stop() }
        try session.launch(width: width, height: height, file: file, line: line)
        return session
    }

    /// `wrapper` runs the program through another one (`strace … --`), for fault injection.
    /// `interactiveShell` starts a job-control shell instead, where `programCommand` is typed (for Ctrl-Z and fg).
    private init(arguments: [String], lang: String, term: String, environment: [String: String],
                 dataDirectory: URL?, captureStandardError: Bool, recordOutput: Bool, wrapper: [String],
                 interactiveShell: Bool) throws {
        guard let tmux = OnsiteProcess.which("tmux") else {
            throw HarnessError("tmux is not installed: the end-to-end tests drive Onsite through tmux. Install it with `make test-deps` (or `apt-get install tmux`).")
        }
        let binary = try OnsiteProcess.binary()
        let id = UUID().uuidString.prefix(8).lowercased()
        self.tmux = tmux
        socket = "onsite-e2e-\(id)"
        root = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-e2e-\(id)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        self.dataDirectory = dataDirectory ?? root.appendingPathComponent("data")
        standardErrorFile = captureStandardError ? root.appendingPathComponent("stderr.txt") : nil
        outputFile = recordOutput ? root.appendingPathComponent("output.bin") : nil

        var words = ["env"] + ["LC_ALL", "LC_CTYPE", "LC_MESSAGES", "NO_COLOR", "COLUMNS", "LINES"].flatMap { ["-u", $0] }
        words += ["LANG=\(lang)", "TERM=\(term)"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        words += wrapper + [binary.path] + arguments + ["--data-dir", self.dataDirectory.path]
        // When recording, the pane waits for a line before starting, so pipe-pane misses nothing.
        var command = (recordOutput ? "read -r go; " : "") + words.map(Self.quote).joined(separator: " ")
        if let standardErrorFile { command += " 2>" + Self.quote(standardErrorFile.path) }
        programCommand = command
        self.command = interactiveShell ? "env PS1='$ ' bash --norc --noprofile -i" : command + "; echo \(Self.exitMarker)$?; sleep 600"
    }

    private func launch(width: Int, height: Int, file: StaticString, line: UInt) throws {
        let result = try tmuxCommand(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "onsite", command])
        guard result.status == 0 else {
            throw HarnessError("tmux new-session failed (\(result.status)): \(result.standardError)", file: file, line: line)
        }
        if let outputFile {
            _ = try tmuxCommand(["pipe-pane", "-o", "-t", "onsite", "cat > " + Self.quote(outputFile.path)])
            try send(keys: "Enter", file: file, line: line)
        }
    }

    // MARK: Input

    /// Sends tmux key names (`Tab`, `C-s`, `Space`, `Escape`, `Up`, `q`, …).
    func send(keys: String..., file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try tmuxCommand(["send-keys", "-t", "onsite"] + keys)
        guard result.status == 0 else { throw HarnessError("send-keys \(keys) failed: \(result.standardError)", file: file, line: line) }
    }

    /// Sends a list of tmux key names in one call.
    @discardableResult
    func send(keysList keys: [String], file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let result = try tmuxCommand(["send-keys", "-t", "onsite"] + keys)
        guard result.status == 0 else { throw HarnessError("send-keys \(keys) failed: \(result.standardError)", file: file, line: line) }
        return keys.count
    }

    /// Sends text as it is (`send-keys -l`), escape sequences included.
    func sendLiteral(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try tmuxCommand(["send-keys", "-t", "onsite", "-l", text])
        guard result.status == 0 else { throw HarnessError("send-keys -l failed: \(result.standardError)", file: file, line: line) }
    }

    /// Resizes the window, which sends the program SIGWINCH.
    func resize(width: Int, height: Int) throws {
        _ = try tmuxCommand(["resize-window", "-t", "onsite", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Writes bytes straight to the pane's terminal, behind the program's back (to spoil the screen).
    func writeToTerminal(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let path = try paneFormat("#{pane_tty}")
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw HarnessError("cannot open the pane's terminal \(path)", file: file, line: line)
        }
        defer { try? handle.close() }
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// Runs the same command again in the pane (after the program ended), on the same data.
    func restart(file: StaticString = #filePath, line: UInt = #line) throws {
        _ = try tmuxCommand(["clear-history", "-t", "onsite"])
        let result = try tmuxCommand(["respawn-pane", "-k", "-t", "onsite", command])
        guard result.status == 0 else { throw HarnessError("respawn-pane failed: \(result.standardError)", file: file, line: line) }
        if outputFile != nil { try send(keys: "Enter", file: file, line: line) }
    }

    // MARK: Output

    /// The visible screen, one line per row.
    func capture() throws -> String {
        try tmuxCommand(["capture-pane", "-p", "-t", "onsite"]).standardOutput
    }

    /// A tmux format value of the pane, such as `#{alternate_on}`.
    func paneFormat(_ format: String) throws -> String {
        try tmuxCommand(["display-message", "-p", "-t", "onsite", format]).standardOutput
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen every 50 ms until `text` is on it; returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitUntil("\"\(text)\" on screen", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    /// Polls the screen every 50 ms until `condition` holds on a settled screen; returns that screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line,
                   _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = "", previous: String?
        repeat {
            screen = try capture()
            // A frame can be caught half-written: it counts once two polls in a row agree.
            if condition(screen) {
                if screen == previous { return screen }
                previous = screen
            } else {
                previous = nil
            }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        throw HarnessError("waited \(timeout) s for \(what); the screen was:\n\(Self.framed(screen))", file: file, line: line)
    }

    /// Waits for the program to end; returns its exit status.
    @discardableResult
    func waitForExit(timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> Int32 {
        let screen = try waitUntil("the program to exit (\(Self.exitMarker)N)", timeout: timeout, file: file, line: line) {
            Self.exitStatus(in: $0) != nil
        }
        return Self.exitStatus(in: screen) ?? -1
    }

    /// What the pane received so far (with `recordOutput`), escape sequences included.
    func recordedOutput() -> String {
        outputFile.flatMap { FileManager.default.contents(atPath: $0.path) }.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    static func exitStatus(in screen: String) -> Int32? {
        guard let range = screen.range(of: exitMarker) else { return nil }
        let digits = screen[range.upperBound...].prefix { $0.isNumber }
        return digits.isEmpty ? nil : Int32(digits)
    }

    /// The process id of `onsite` (a child of the pane's shell, or a grandchild under a wrapper such as faketime).
    func appPID(timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> pid_t {
        guard let shell = Int32(try paneFormat("#{pane_pid}")) else {
            throw HarnessError("tmux gave no pane pid", file: file, line: line)
        }
        func children(of pid: pid_t) -> [pid_t] {
            let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
            return text.split(separator: " ").compactMap { Int32($0) }
        }
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            var generation = children(of: shell)
            for _ in 0..<3 {
                for pid in generation {
                    if let name = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8), name.hasPrefix("onsite") { return pid }
                }
                generation = generation.flatMap(children(of:))
            }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        throw HarnessError("no onsite process under the pane's shell \(shell)", file: file, line: line)
    }

    /// Whether a process exists and has not ended (a zombie has ended).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }

    /// The 1-based row of the first screen line containing `text`.
    static func row(of text: String, in screen: String) -> Int? {
        screen.components(separatedBy: "\n").firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    /// The first screen line containing `text`.
    static func line(containing text: String, in screen: String) -> String? {
        screen.components(separatedBy: "\n").first { $0.contains(text) }
    }

    static func framed(_ screen: String) -> String {
        "┌" + String(repeating: "─", count: 80) + "\n" + screen.components(separatedBy: "\n").map { "│" + $0 }.joined(separator: "\n")
            + "\n└" + String(repeating: "─", count: 80)
    }

    // MARK: Tear-down

    /// Kills the tmux server, waits for the program to end (it still writes its session on
    /// the way out), and removes the temporary folder and the server's socket.
    func stop() {
        let program = try? appPID(timeout: 0)
        let socketPath = try? paneFormat("#{socket_path}")
        _ = try? tmuxCommand(["kill-server"])
        if let program {
            let deadline = Date().addingTimeInterval(5)
            while Self.isRunning(program), Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        }
        if let socketPath, !socketPath.isEmpty { try? FileManager.default.removeItem(atPath: socketPath) }
        try? FileManager.default.removeItem(at: root)
    }

    private func tmuxCommand(_ arguments: [String]) throws -> OnsiteProcess.Result {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "LC_ALL")
        // The server's default shell runs the pane's command: a POSIX one, whatever the user's is.
        environment["SHELL"] = "/bin/sh"
        return try OnsiteProcess.execute(URL(fileURLWithPath: tmux), ["-L", socket, "-f", "/dev/null"] + arguments,
                                         environment: environment)
    }

    /// Single-quotes a word for the pane's shell.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
