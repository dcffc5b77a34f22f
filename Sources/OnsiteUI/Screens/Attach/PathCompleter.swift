import Foundation

/// What Tab did to a typed path: the new text, and the names that still match when it could not choose one.
public struct PathCompletion: Equatable, Sendable {
    public var text: String
    /// The matching names (folders end in `/`), when more than one matches; empty otherwise.
    public var candidates: [String]

    public init(text: String, candidates: [String] = []) {
        self.text = text
        self.candidates = candidates
    }
}

/// Completes a typed path like a shell: the common beginning of the names that match in its folder,
/// `/` after a folder, `~` for the home folder, a relative path from the current folder. Hidden names
/// are offered only when the typed name starts with a dot. The folder is read through `list`, so tests
/// pass a fake one and the pure update never touches the disk itself.
public struct PathCompleter: Sendable {
    /// One name in a folder.
    public struct Entry: Equatable, Sendable {
        public var name: String
        public var isFolder: Bool

        public init(_ name: String, isFolder: Bool = false) {
            self.name = name
            self.isFolder = isFolder
        }
    }

    /// The names in a folder (an absolute path), or nil when it cannot be read.
    public var list: @Sendable (String) -> [Entry]?
    public var home: String?
    public var currentFolder: String

    public init(home: String?, currentFolder: String, list: @escaping @Sendable (String) -> [Entry]?) {
        self.home = home
        self.currentFolder = currentFolder
        self.list = list
    }

    /// Completes `typed` as far as the names in its folder allow.
    public func complete(_ typed: String) -> PathCompletion {
        if typed == "~" { return PathCompletion(text: "~/") }
        let folderPart: String
        let namePart: String
        if let slash = typed.lastIndex(of: "/") {
            folderPart = String(typed[...slash])
            namePart = String(typed[typed.index(after: slash)...])
        } else {
            folderPart = ""
            namePart = typed
        }
        guard let entries = list(resolve(folderPart)) else { return PathCompletion(text: typed) }
        let matches = entries
            .filter { $0.name.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.name.hasPrefix(".")) }
            .sorted { $0.name < $1.name }
        guard let first = matches.first else { return PathCompletion(text: typed) }
        if matches.count == 1 {
            return PathCompletion(text: folderPart + first.name + (first.isFolder ? "/" : ""))
        }
        let common = matches.dropFirst().reduce(first.name) { PathCompleter.commonPrefix($0, $1.name) }
        let names = matches.map { $0.name + ($0.isFolder ? "/" : "") }
        // Some progress: take it, like a shell's first Tab; none: show what matches (the second Tab).
        if common.count > namePart.count { return PathCompletion(text: folderPart + common) }
        return PathCompletion(text: typed, candidates: names)
    }

    /// The folder to read for a typed folder part (`~/x/` is in the home folder, `x/` in the current one).
    func resolve(_ folderPart: String) -> String {
        if folderPart.hasPrefix("~/"), let home { return home + folderPart.dropFirst() }
        if folderPart.hasPrefix("/") { return folderPart }
        return currentFolder + "/" + folderPart
    }

    static func commonPrefix(_ lhs: String, _ rhs: String) -> String {
        String(zip(lhs, rhs).prefix { $0 == $1 }.map(\.0))
    }

    /// The completer of the running program: the real folders, the user's home and the folder Onsite was started from.
    /// A folder with a great many names is cut at 5,000 of them (a Tab must stay quick).
    public static func live(environment: [String: String] = ProcessInfo.processInfo.environment) -> PathCompleter {
        PathCompleter(home: environment["HOME"], currentFolder: FileManager.default.currentDirectoryPath) { folder in
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
            return names.prefix(5_000).map { name in
                var isFolder: ObjCBool = false
                // Follows symbolic links: a link to a folder completes with `/` like the folder.
                let exists = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
                return Entry(name, isFolder: exists && isFolder.boolValue)
            }
        }
    }
}
