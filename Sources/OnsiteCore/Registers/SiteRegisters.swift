/// The lists a site keeps across days: problems, extra work, borrowings, materials short, conduct.
public struct SiteRegisters: Codable, Hashable, Sendable {
    public var problems: [Problem]
    public var extraWork: [ExtraWork]
    public var borrowings: [Borrowing]
    public var materials: [MaterialShortage]
    public var conduct: [ConductEntry]

    public init(
        problems: [Problem] = [], extraWork: [ExtraWork] = [], borrowings: [Borrowing] = [],
        materials: [MaterialShortage] = [], conduct: [ConductEntry] = []
    ) {
        self.problems = problems
        self.extraWork = extraWork
        self.borrowings = borrowings
        self.materials = materials
        self.conduct = conduct
    }

    /// Problems not confirmed closed by the client.
    public var openProblems: [Problem] { problems.filter { !$0.isClosed } }

    /// Problems with a missed deadline on a day.
    public func overdueProblems(on today: LocalDate) -> [Problem] {
        problems.filter { !$0.overdue(on: today).isEmpty }
    }

    /// Items not given back yet.
    public var openBorrowings: [Borrowing] { borrowings.filter { !$0.isReturned } }
}

extension SiteRegisters {
    /// Whether no register holds an entry.
    public var isEmpty: Bool {
        problems.isEmpty && extraWork.isEmpty && borrowings.isEmpty && materials.isEmpty && conduct.isEmpty
    }

    /// These entries followed by the newer ones; an entry of `newer` replaces one with the same id.
    public func merged(with newer: SiteRegisters) -> SiteRegisters {
        func merge<Entry>(_ old: [Entry], _ new: [Entry], id: (Entry) -> String) -> [Entry] {
            let replaced = Set(new.map(id))
            return old.filter { !replaced.contains(id($0)) } + new
        }
        return SiteRegisters(
            problems: merge(problems, newer.problems, id: \.id), extraWork: merge(extraWork, newer.extraWork, id: \.id),
            borrowings: merge(borrowings, newer.borrowings, id: \.id), materials: merge(materials, newer.materials, id: \.id),
            conduct: merge(conduct, newer.conduct, id: \.id))
    }
}
