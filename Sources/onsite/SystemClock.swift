import Foundation
import OnsiteCore

/// The machine's clock and time zone: the only place the program reads the time.
struct SystemClock: Clock {
    let timeZone = TimeZone.current
    func now() -> Date { Date() }
}
