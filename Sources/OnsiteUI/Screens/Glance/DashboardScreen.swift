import OnsiteCore

/// The site at a glance: the days as a calendar of weeks marked by state, problems open and overdue week by week,
/// and the satisfaction survey. Reads only what `site.json` holds; the sums are made once (`SiteGlance`) when it opens.
enum DashboardScreen {
    /// Rows above the calendar: title, legend, a blank.
    static let calendarTop = 3
    /// Cells of the calendar column: date, seven days of two cells, the weekly bar and its numbers.
    static let calendarWidth = 44
    /// The narrowest satisfaction column drawn beside the calendar.
    static let minimumSideWidth = 28
    /// Rows of the problems' sparklines: heading, open, overdue, peak.
    static let problemRows = 4

    /// How the content area is split.
    struct Layout: Equatable {
        /// The calendar's header, week rows and the line under them.
        var calendar: Rect
        /// Problems open and overdue over time, under the calendar.
        var problems: Rect
        /// The satisfaction survey: beside the calendar, or at the bottom on a narrow terminal.
        var satisfaction: Rect
        /// Week rows the calendar shows.
        var weekRows: Int { max(0, calendar.height - 2) }
    }

    /// The layout for a content area, a number of weeks and the lines the survey takes (on a narrow terminal they share the height).
    static func layout(_ area: Rect, weeks: Int, surveyLines: Int) -> Layout {
        let x = area.column + 2
        let width = max(0, area.width - 4)
        let top = area.row + calendarTop
        let height = max(0, area.bottom - top)
        if width >= calendarWidth + 2 + minimumSideWidth {
            let problems = min(problemRows, height)
            let calendar = max(0, height - problems - 1)
            return Layout(calendar: Rect(column: x, row: top, width: calendarWidth, height: calendar),
                          problems: Rect(column: x, row: top + height - problems, width: calendarWidth, height: problems),
                          satisfaction: Rect(column: x + calendarWidth + 2, row: top, width: width - calendarWidth - 2, height: height))
        }
        // Narrow, one under the other: the problems, as much of the survey as fits beside a calendar of a few weeks,
        // the calendar as long as its weeks need, and the survey takes what is left.
        let problems = min(problemRows, max(0, height - 4))
        let calendarNeed = max(1, weeks + 2)
        let survey = min(max(1, surveyLines), max(0, height - problems - min(calendarNeed, 5)))
        let calendar = max(0, min(calendarNeed + 1, height - problems - survey))
        let satisfaction = max(0, height - problems - calendar)
        return Layout(calendar: Rect(column: x, row: top, width: width, height: calendar),
                      problems: Rect(column: x, row: top + calendar, width: width, height: problems),
                      satisfaction: Rect(column: x, row: top + calendar + problems, width: width, height: satisfaction))
    }

    /// The content area of the screen for the state's size (as `AppView` gives it).
    static func contentArea(_ state: AppState) -> Rect { Rect(column: 0, row: 1, width: state.width, height: state.height - 3) }

    /// The glance a position holds, or a fresh one when it is missing (a restored session) or from an earlier day.
    /// The site is read with its archived entries only when the sums must be made again.
    static func glance(_ position: DashboardPosition, _ siteID: String, _ state: AppState) -> SiteGlance? {
        if let glance = position.glance, glance.today == state.today { return glance }
        return state.siteWithHistory(siteID).map { SiteGlance(site: $0, today: state.today) }
    }

    /// Opens the dashboard of a site, summing it up once.
    static func open(_ siteID: String, _ state: inout AppState) {
        guard let site = state.siteWithHistory(siteID) else { return }
        state.stack.append(.dashboard(siteID: siteID, DashboardPosition(glance: SiteGlance(site: site, today: state.today))))
    }

    /// A key on the dashboard: up and PgUp go back in time, down and PgDn forward, Home the first week, End the latest.
    static func handle(_ action: Action?, _ state: inout AppState) -> [Effect] {
        guard case .dashboard(let siteID, var position) = state.screen else { return [] }
        if action == .back {
            AppUpdate.pop(&state)
            return []
        }
        guard let glance = glance(position, siteID, state) else { return [] }
        position.glance = glance
        let area = contentArea(state)
        let rows = max(1, layout(area, weeks: glance.weeks.count, surveyLines: satisfaction(state, glance, width: area.width - 4).count).weekRows)
        let earliest = max(0, glance.weeks.count - rows)
        switch action {
        case .moveUp: position.weeksBack += 1
        case .moveDown: position.weeksBack -= 1
        case .pageUp: position.weeksBack += rows
        case .pageDown: position.weeksBack -= rows
        case .first: position.weeksBack = earliest
        case .last: position.weeksBack = 0
        default: break
        }
        position.weeksBack = min(max(0, position.weeksBack), earliest)
        state.screen = .dashboard(siteID: siteID, position)
        return []
    }

    /// The weeks on screen for a number of rows: the latest that fit, `weeksBack` earlier; and how many are hidden before and after.
    static func window(_ glance: SiteGlance, rows: Int, weeksBack: Int) -> (range: Range<Int>, earlier: Int, later: Int) {
        let count = glance.weeks.count
        let back = min(max(0, weeksBack), max(0, count - rows))
        let end = count - back
        let start = max(0, end - max(0, rows))
        return (start..<end, start, count - end)
    }
}
