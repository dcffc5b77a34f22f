import Foundation

/// The index of a site's days, `sites/<id>/days.txt`: a heading line, then one line per day, oldest first
/// (`2026-11-23 signed departed entries:18 amendments:0`). It is kept apart from `site.json` so that an action that
/// changes only a day's line (a log entry) writes a few bytes a day, not the site's registers; and it is plain text,
/// because encoding 1,100 lines as JSON strings was a third of saving a three-year site.
/// It is derived from the day files: when it is missing or unreadable, start-up rebuilds it from them.
public enum DaysIndex {
    /// The first line of the file.
    public static let heading = "# Onsite days index: one line per working day (date, state, departed or on-site, log entries, amendments)"

    /// The file's bytes for a site's days: `heading`, then each day's `DaySummary.line`.
    public static func data(of days: [DaySummary]) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(heading.utf8.count + 1 + days.count * 52)
        bytes.append(contentsOf: heading.utf8)
        bytes.append(UInt8(ascii: "\n"))
        for day in days {
            day.appendLine(to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
        }
        return Data(bytes)
    }

    /// The days of a file written by `data(of:)`; lines starting with `#` and blank lines are passed over.
    public static func days(from data: Data) throws(FileProblem.Cause) -> [DaySummary] {
        var days: [DaySummary] = []
        var badLine: Int?
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            var number = 0
            while start < bytes.count, badLine == nil {
                number += 1
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                // A line ending edited to CR LF reads as well.
                let stop = end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
                let line = UnsafeBufferPointer(rebasing: bytes[start..<stop])
                if !line.isEmpty, line[0] != UInt8(ascii: "#") {
                    if let day = DaySummary.parse(line) { days.append(day) } else { badLine = number }
                }
                start = end + 1
            }
        }
        if let badLine {
            throw FileProblem.Cause(line: badLine, column: 1, message: "line \(badLine) is not a day's summary (date state departed|on-site entries:N amendments:N)")
        }
        return days
    }
}
