import Foundation

/// The XDG base-directory rule both the data and the config folder follow.
enum XDGDirectory {
    /// `$<variable>/onsite` when the variable holds an absolute path, else `~/<fallback>/onsite`.
    static func resolve(_ variable: String, fallback: String, environment: [String: String]) -> URL {
        if let base = environment[variable], base.hasPrefix("/") {
            return URL(fileURLWithPath: base).appendingPathComponent("onsite")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(fallback).appendingPathComponent("onsite")
    }
}
