import Foundation
import TOMLKit

/// Reads and checks walkthrough chapters written in TOML: the built-in ones and a trainer's own.
public enum WalkthroughLoader {
    /// The schema of walkthrough files this program reads.
    public static let supportedSchema = 1

    /// Parses and checks one chapter; every problem found is listed with its line and column.
    public static func load(toml text: String, source: String = "built-in") throws(StandardErrors) -> Walkthrough {
        let table = try StandardLoader.parse(text)
        var reader = WalkthroughTableReader(locator: TOMLLocator(text))
        let chapter = reader.read(table, source: source)
        guard reader.errors.isEmpty, let chapter else { throw StandardErrors(inOrder: reader.errors) }
        return chapter
    }

    /// The built-in chapters, in order.
    public static let builtIn: [Walkthrough] = BuiltInWalkthroughs.files.map { file in
        do {
            return try load(toml: file.text)
        } catch {
            // The built-in texts are checked by the test suite; reaching this is a build defect.
            preconditionFailure("The built-in walkthrough \(file.name) does not load: \(error)")
        }
    }.sorted { $0.order < $1.order }

    /// The built-in chapters and a trainer's own files from `folder`, in order; a file with a built-in chapter's id
    /// replaces it. A file that does not load is left out and reported.
    public static func catalog(userFolder folder: URL) -> (chapters: [Walkthrough], problems: [FileProblem]) {
        var chapters = builtIn
        var problems: [FileProblem] = []
        for file in ConfigDirectory.tomlFiles(in: folder) {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            do throws(StandardErrors) {
                let chapter = try load(toml: String(decoding: data, as: UTF8.self), source: file.path)
                chapters.removeAll { $0.id == chapter.id }
                chapters.append(chapter)
            } catch {
                let first = error.errors.first
                let more = error.errors.count > 1 ? " (and \(error.errors.count - 1) more; run `onsite train check \(file.path)`)" : ""
                problems.append(FileProblem(
                    path: file.path, cause: FileProblem.Cause(line: first?.line, column: first?.column, message: (first?.message ?? "unreadable") + more),
                    quarantinedTo: nil, restoredPrevious: false))
            }
        }
        return (chapters.sorted { ($0.order, $0.id) < ($1.order, $1.id) }, problems)
    }
}

extension ConfigDirectory {
    /// A trainer's own walkthrough chapters.
    public var walkthroughsURL: URL { root.appendingPathComponent("walkthroughs") }
}
