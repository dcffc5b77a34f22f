import Foundation
import OnsiteCore

/// Reads the day under the cursor of the list of days on a thread of its own while the user looks at the
/// list, so that opening it shows it at once: its file read and decoded, and its seal checked, before Enter.
/// The loop's thread does nothing more between keys (reading there left its caches cold and slowed the next
/// move), and the reading thread sleeps without a timeout while nothing is asked for: no wake-ups when idle.
final class DayReadAhead {
    private let store: SiteStore
    private let queue = Queue()
    private var started = false

    init(store: SiteStore) { self.store = store }

    deinit { queue.stop() }

    /// Asks for a day to be read, and the archived month its counts need if any (a request not yet started
    /// is replaced by the newer one).
    func request(siteID: String, date: LocalDate, month: (site: Site, month: String)? = nil) {
        let request = Request(siteID: siteID, date: date, path: store.directory.dayFilePath(siteID, date),
                              month: month.map { MonthWanted(site: $0.site, month: $0.month) })
        guard queue.ask(request) else { return }
        if !started {
            started = true
            let (queue, store) = (queue, store)
            Thread { DayReadAhead.work(queue, store) }.start()
        }
    }

    /// The day read ahead, if its file is still the one that was read; waits for a read under way.
    func take(siteID: String, date: LocalDate) -> DayRead? {
        let path = store.directory.dayFilePath(siteID, date)
        guard let read = queue.take(path), FileIdentity.of(path) == read.identity else { return nil }
        return read
    }

    /// An archived month read ahead (those files do not change while the program runs); waits for a read under way.
    func takeMonth(siteID: String, month: String) -> (registers: SiteRegisters, problems: [FileProblem])? {
        queue.takeMonth(MonthWanted.key(siteID, month))
    }

    /// Keeps days being read elsewhere (at start-up, each site's latest), to be taken like the ones read here.
    func keep(_ reads: [PendingDayRead]) { queue.keep(reads) }

    /// Forgets every day read (the files were replaced: the training sandbox was reset).
    func forget() { queue.forget() }

    /// Waits until nothing is asked for or being read.
    func waitUntilIdle() { queue.waitUntilIdle() }

    private static func work(_ queue: Queue, _ store: SiteStore) {
        while let request = queue.next() {
            let read = store.readDayAhead(siteID: request.siteID, date: request.date)
            var month: MonthRead?
            if let wanted = request.month, !queue.hasMonth(wanted.key) {
                let (registers, problems) = store.loadHistory(of: wanted.site, months: [wanted.month])
                month = MonthRead(key: wanted.key, registers: registers, problems: problems)
            }
            queue.finish(request, read, month)
        }
    }

    /// The archived month (`yyyy-mm`) of a site that a request also reads.
    private struct MonthWanted: Sendable {
        let site: Site
        let month: String
        var key: String { Self.key(site.id, month) }

        static func key(_ siteID: String, _ month: String) -> String { siteID + "/" + month }
    }

    private struct MonthRead: Sendable {
        let key: String
        let registers: SiteRegisters
        let problems: [FileProblem]
    }

    private struct Request: Sendable {
        let siteID: String
        let date: LocalDate
        let path: String
        let month: MonthWanted?
        var generation = 0
    }

    /// What the two threads share, each field read and written only with `condition` held
    /// (which is what makes the unchecked `Sendable` true).
    private final class Queue: @unchecked Sendable {
        private let condition = NSCondition()
        private var wanted: Request?
        private var reading: Request?
        private var done: [DayRead] = []
        /// Days being read by start-up, by path.
        private var pending: [String: BackgroundResult<DayRead?>] = [:]
        private var months: [String: MonthRead] = [:]
        private var stopped = false
        /// Raised by `forget`: a read started before it is not kept.
        private var generation = 0
        /// Days kept read: enough for a few moves back and forth.
        private static let kept = 8

        /// Queues a request; false when that day is already read or being read.
        func ask(_ request: Request) -> Bool {
            condition.lock(); defer { condition.unlock() }
            guard reading?.path != request.path, pending[request.path] == nil, !done.contains(where: { $0.path == request.path }) else { return false }
            wanted = request
            wanted?.generation = generation
            condition.signal()
            return true
        }

        /// The next request, waiting as long as there is none; nil once stopped.
        func next() -> Request? {
            condition.lock(); defer { condition.unlock() }
            while wanted == nil, !stopped { condition.wait() }
            guard !stopped, let request = wanted else { return nil }
            wanted = nil
            reading = request
            return request
        }

        func hasMonth(_ key: String) -> Bool {
            condition.lock(); defer { condition.unlock() }
            return months[key] != nil
        }

        func finish(_ request: Request, _ read: DayRead?, _ month: MonthRead?) {
            condition.lock(); defer { condition.unlock() }
            reading = nil
            if let month, request.generation == generation { months[month.key] = month }
            if let read, request.generation == generation {
                done.removeAll { $0.path == read.path }
                done.append(read)
                if done.count > Queue.kept { done.removeFirst() }
            }
            condition.broadcast()
        }

        func keep(_ reads: [PendingDayRead]) {
            condition.lock(); defer { condition.unlock() }
            for read in reads { pending[read.path] = read.read }
        }

        /// Takes the read of `path` out, after the read under way if it is that one.
        func take(_ path: String) -> DayRead? {
            condition.lock()
            if let read = pending.removeValue(forKey: path) {
                condition.unlock()
                return read.value
            }
            defer { condition.unlock() }
            if wanted?.path == path { wanted = nil }
            while reading?.path == path { condition.wait() }
            guard let index = done.firstIndex(where: { $0.path == path }) else { return nil }
            return done.remove(at: index)
        }

        /// Takes a month read out, after the read under way if it is that one's.
        func takeMonth(_ key: String) -> (registers: SiteRegisters, problems: [FileProblem])? {
            condition.lock(); defer { condition.unlock() }
            if wanted?.month?.key == key { wanted = nil }
            while reading?.month?.key == key { condition.wait() }
            guard let read = months.removeValue(forKey: key) else { return nil }
            return (read.registers, read.problems)
        }

        func waitUntilIdle() {
            condition.lock(); defer { condition.unlock() }
            while wanted != nil || reading != nil { condition.wait() }
        }

        func forget() {
            condition.lock(); defer { condition.unlock() }
            wanted = nil
            done = []
            pending = [:]
            months = [:]
            generation += 1
        }

        func stop() {
            condition.lock(); defer { condition.unlock() }
            stopped = true
            condition.broadcast()
        }
    }
}
