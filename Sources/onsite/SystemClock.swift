import Foundation
import OnsiteCore

/// The machine's clock and time zone: the only place the program reads the time.
struct SystemClock: Clock {
    var timeZone: TimeZone { TimeZone.current }

    func now() -> Date { Date() }

    /// From the C library (`localtime_r`), which reads the same zone (`TZ`, `/etc/localtime`) as `TimeZone.current`
    /// without starting Foundation's ICU time zones: that cost ~1 M instructions and their data's pages at every start.
    func offsetSeconds(at date: Date) -> Int {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard Self.libraryKnowsTheZone, localtime_r(&seconds, &parts) != nil else { return timeZone.secondsFromGMT(for: date) }
        return Int(parts.tm_gmtoff)
    }

    /// Whether the C library can read the zone `TZ` names (it reads UTC for a name whose file is missing, where
    /// Foundation has its own data); unset, both read `/etc/localtime`.
    private static let libraryKnowsTheZone: Bool = {
        guard let raw = getenv("TZ") else { return true }
        let value = String(cString: raw)
        let name = value.hasPrefix(":") ? String(value.dropFirst()) : value
        if name.isEmpty { return true }
        if name.hasPrefix("/") { return access(name, R_OK) == 0 }
        // A POSIX rule such as `CST-8` needs no file.
        if !name.contains("/"), name.contains(where: \.isNumber) { return true }
        return access("/usr/share/zoneinfo/" + name, R_OK) == 0
    }()
}
