import Foundation

/// A value worked out on a thread of its own while the caller goes on with other work; `value` waits for it.
/// Start-up uses it to read a site's index of days beside its `site.json`, and to load the sites while the
/// terminal is set up, so that a second processor shortens the wait for the first screen.
/// (A plain thread and a condition: the work is started at once and joined once, which a task would not
/// promise on a program whose main thread blocks in the terminal.)
public final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var result: Value?
    private var done = false

    /// Starts `work` on a new thread.
    public init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = work()
            condition.lock()
            result = value
            done = true
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// The work's value, once it is done (waits until then).
    public var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while !done { condition.wait() }
        // `done` is set only together with `result`.
        return result.unsafelyUnwrapped
    }
}
