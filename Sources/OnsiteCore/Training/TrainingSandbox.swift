import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The training sandbox: a data directory of its own beside the real one, with a demo site to practise on.
public enum TrainingSandbox {
    /// The practice site's id.
    public static let siteID = "training"

    /// The sandbox beside a real data directory: `<real>-training` (by default `~/.local/share/onsite-training`), never inside it.
    public static func directory(beside real: DataDirectory) -> DataDirectory {
        let root = real.root
        return DataDirectory(root: root.deletingLastPathComponent().appendingPathComponent(root.lastPathComponent + "-training"))
    }

    /// A new practice site: the demo's client, crew and liaisons, marked demo, with nothing of the arrival done yet.
    public static func makeSite(standard: ServiceStandard, clock: any Clock, ids: any IdSource, language: Language) -> Site {
        let demo = DemoSite.make(standard: standard, clock: clock, ids: ids, language: language, id: siteID)
        var profile = demo.profile
        profile.name = (language == .english ? "Training · " : "培训 · ") + profile.name
        return Site(id: siteID, isDemo: true, createdAt: Timestamp(clock: clock), standard: standard.reference, profile: profile)
    }

    /// Empties the sandbox's sites, quarantine, trash and session; the scores and the device key are kept.
    public static func reset(_ directory: DataDirectory) throws(StorageError) {
        for url in [directory.sitesURL, directory.quarantineURL, directory.trashURL, directory.sessionURL] {
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            do {
                try FileManager.default.removeItem(at: url)
            } catch {
                throw StorageError.ioFailure(path: url.path, operation: "remove", code: 0, message: error.localizedDescription)
            }
        }
        try DurableFile.makeDirectory(directory.sitesURL)
    }
}

/// One trainee's result on one chapter's quiz.
public struct QuizScore: Codable, Hashable, Sendable {
    public var trainee: String
    public var chapterID: String
    public var correct: Int
    public var total: Int
    public var at: Timestamp

    public init(trainee: String, chapterID: String, correct: Int, total: Int, at: Timestamp) {
        self.trainee = trainee
        self.chapterID = chapterID
        self.correct = correct
        self.total = total
        self.at = at
    }
}

/// The quiz scores kept in the sandbox (`training-scores.json`), every attempt in order.
public struct TrainingScores: Codable, Hashable, Sendable {
    public static let currentSchema = 1
    public var schema = TrainingScores.currentSchema
    public var scores: [QuizScore] = []

    public init(scores: [QuizScore] = []) { self.scores = scores }

    /// The scores file of a sandbox.
    public static func file(in directory: DataDirectory) -> URL { directory.root.appendingPathComponent("training-scores.json") }

    /// Reads the scores (none when the file is missing or unreadable).
    public static func read(from directory: DataDirectory) -> TrainingScores {
        guard let data = FileManager.default.contents(atPath: file(in: directory).path),
              let scores = try? JSONFormat.decode(TrainingScores.self, from: data) else { return TrainingScores() }
        return scores
    }

    /// Adds one score and writes the file durably. A scores file that cannot be read is kept beside it
    /// (`training-scores.json.damaged.<n>`) before a new one is started, never written over.
    public static func append(_ score: QuizScore, in directory: DataDirectory) throws(StorageError) {
        let path = file(in: directory).path
        if let data = FileManager.default.contents(atPath: path), (try? JSONFormat.decode(TrainingScores.self, from: data)) == nil {
            var attempt = 1
            while FileManager.default.fileExists(atPath: path + ".damaged.\(attempt)") { attempt += 1 }
            guard rename(path, path + ".damaged.\(attempt)") == 0 else { throw StorageError.fromErrno(errno, path: path, operation: "move") }
        }
        var all = read(from: directory)
        all.scores.append(score)
        try DurableFile.replace(file(in: directory), with: try JSONFormat.encode(all))
    }
}
