import OnsiteCore

/// How many of a site's problems are open, overdue on a day, and found on a given day, counted in one pass.
/// Screens of a long site draw these at every key: filtering the register into new lists copied every problem
/// three times a frame (thousands of problems after three years).
struct ProblemCounts {
    var open = 0
    var overdue = 0
    var foundOn = 0

    init(_ problems: [Problem], today: LocalDate, day: LocalDate? = nil) {
        for index in problems.indices {
            if problems[index].day == day { foundOn += 1 }
            guard !problems[index].isClosed else { continue }
            open += 1
            if !problems[index].overdue(on: today).isEmpty { overdue += 1 }
        }
    }
}
