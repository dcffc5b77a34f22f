import OnsiteCore

extension DashboardScreen {
    /// A piece of a line in one role.
    typealias Segment = (text: String, role: StyleRole)

    /// The title, the legend, the calendar of weeks, problems over time and the satisfaction survey.
    static func render(_ state: AppState, _ siteID: String, _ position: DashboardPosition, into grid: inout Grid, _ area: Rect) {
        guard let glance = glance(position, siteID, state) else { return }
        let x = area.column + 2
        let width = area.width - 4
        grid.put(state.t("At a glance", "现场概览") + " · "
                 + (glance.weeks.count == 1 ? state.t("\(glance.totalDays) days in 1 week", "共\(glance.totalDays)天,1周")
                    : state.t("\(glance.totalDays) days over \(glance.weeks.count) weeks", "共\(glance.totalDays)天,跨\(glance.weeks.count)周")),
                 column: x, row: area.row, role: .title, maxWidth: width)
        let marks = Marks(unicode: state.unicodeLines)
        draw([(marks.signed, .success), (state.t(" signed \(glance.signedDays)  ", " 已签字 \(glance.signedDays)  "), .normal),
              (marks.exception, .warning), (state.t(" without signature \(glance.exceptionDays)  ", " 未签字关闭 \(glance.exceptionDays)  "), .normal),
              (marks.open, .error), (state.t(" not signed \(glance.openDays)  ", " 未签字 \(glance.openDays)  "), .normal),
              (marks.none, .muted), (state.t(" no work", " 无工作"), .muted)],
             column: x, row: area.row + 1, width: width, into: &grid)
        let layout = layout(area, weeks: glance.weeks.count, surveyLines: satisfaction(state, glance, width: width).count)
        let window = window(glance, rows: layout.weekRows, weeksBack: position.weeksBack)
        renderCalendar(state, glance, window, marks, into: &grid, layout.calendar)
        // With few weeks, the problems follow the calendar instead of waiting at the bottom.
        var problems = layout.problems
        let calendarEnd = layout.calendar.row + 1 + window.range.count + (window.earlier + window.later > 0 ? 1 : 0) + 1
        if !glance.weeks.isEmpty, calendarEnd < problems.row, layout.satisfaction.column != problems.column { problems.row = calendarEnd }
        renderProblems(state, glance, window.range, into: &grid, problems)
        renderSatisfaction(state, glance, into: &grid, layout.satisfaction)
    }

    /// The week rows: the Monday, seven marks, a bar of the problems open at the week's end, the numbers.
    private static func renderCalendar(_ state: AppState, _ glance: SiteGlance, _ window: (range: Range<Int>, earlier: Int, later: Int),
                                       _ marks: Marks, into grid: inout Grid, _ rect: Rect) {
        guard rect.height > 0 else { return }
        if glance.weeks.isEmpty {
            grid.put(state.t("No working day yet: T starts today.", "还没有工作日:按 T 开始今天的工作。"), column: rect.column, row: rect.row, role: .muted, maxWidth: rect.width)
            return
        }
        let days = state.t("M T W T F S S ", "一二三四五六日")
        grid.put(TextWidth.pad(state.t("Week of", "周一日期"), to: 11) + days + " " + TextWidth.pad(state.t("Open problems", "未解决问题"), to: 14)
                 + state.t("late", "逾期"), column: rect.column, row: rect.row, role: .heading, maxWidth: rect.width)
        let chart = BlockChart(unicode: state.unicodeLines)
        for (offset, index) in window.range.enumerated() {
            let week = glance.weeks[index]
            let row = rect.row + 1 + offset
            var segments: [Segment] = [(week.monday.isoText + " ", .muted)]
            for (weekday, mark) in week.days.enumerated() {
                let date = week.monday.adding(days: weekday)
                segments.append(marks.segment(mark, date: date, today: glance.today))
                segments.append((" ", .normal))
            }
            segments.append((" ", .normal))
            segments.append((TextWidth.pad(chart.bar(week.open, peak: glance.peakOpen, width: 8), to: 8), .warning))
            segments.append((String(repeating: " ", count: max(0, 4 - String(week.open).count)) + String(week.open), week.open > 0 ? .normal : .muted))
            if week.overdue > 0 { segments.append((" !\(week.overdue)", .error)) }
            draw(segments, column: rect.column, row: row, width: rect.width, into: &grid)
        }
        var notes: [String] = []
        if window.earlier > 0 {
            notes.append(window.later > 0 ? state.t("↑ \(window.earlier) earlier weeks", "↑ 更早\(window.earlier)周")
                         : state.t("↑ \(window.earlier) earlier weeks (PgUp)", "↑ 更早\(window.earlier)周(PgUp)"))
        }
        if window.later > 0 { notes.append(state.t("↓ \(window.later) later (PgDn)", "↓ 之后\(window.later)周(PgDn)")) }
        let noteRow = rect.row + 1 + window.range.count
        if !notes.isEmpty, noteRow < rect.bottom {
            grid.put(notes.joined(separator: " · "), column: rect.column, row: noteRow, role: .muted, maxWidth: rect.width)
        }
    }

    /// Problems open and overdue as sparklines over the weeks up to the last one shown (both on the same scale).
    private static func renderProblems(_ state: AppState, _ glance: SiteGlance, _ shown: Range<Int>, into grid: inout Grid, _ rect: Rect) {
        guard rect.height > 0, rect.width > 0 else { return }
        let chart = BlockChart(unicode: state.unicodeLines)
        let label = 9
        let span = max(1, rect.width - label - 5)
        let end = shown.isEmpty ? glance.weeks.count : shown.upperBound
        let weeks = glance.weeks[max(0, end - span)..<end]
        let lastOpen = weeks.last?.open ?? 0, lastOverdue = weeks.last?.overdue ?? 0
        let lines: [[Segment]] = [
            [(state.t("Problems, week by week", "问题走势(按周)"), .heading)],
            [(TextWidth.pad(state.t("open", "未解决"), to: label), .normal),
             (chart.sparkline(weeks.map(\.open), peak: glance.peakOpen), .warning), (" \(lastOpen)", .normal)],
            [(TextWidth.pad(state.t("overdue", "逾期"), to: label), .normal),
             (chart.sparkline(weeks.map(\.overdue), peak: glance.peakOpen), .error), (" \(lastOverdue)", lastOverdue > 0 ? .error : .normal)],
            [(state.t("peak \(glance.peakOpen) open, \(glance.peakOverdue) overdue", "最多未解决\(glance.peakOpen)个、逾期\(glance.peakOverdue)个"), .muted)],
        ]
        for (index, line) in lines.prefix(rect.height).enumerated() {
            draw(line, column: rect.column, row: rect.row + index, width: rect.width, into: &grid)
        }
    }

    /// The survey in the rows it has; the last row says how many more there are when it does not fit.
    private static func renderSatisfaction(_ state: AppState, _ glance: SiteGlance, into grid: inout Grid, _ rect: Rect) {
        guard rect.height > 0, rect.width > 0 else { return }
        var lines = satisfaction(state, glance, width: rect.width)
        if lines.count > rect.height, rect.height <= 2 {
            // Too little room for the bars: the overall result on the heading's line.
            let level = glance.survey?.answers.map { min(max(0, $0.level), 5) }
            let stars = state.unicodeLines ? ("★", "☆") : ("*", ".")
            let result: Segment = level.map { (String(repeating: stars.0, count: $0) + String(repeating: stars.1, count: 5 - $0) + " \($0)/5", StyleRole.success) }
                ?? (glance.survey == nil ? state.t("no survey yet", "尚无调查") : state.t("no answers entered", "未录入答复"), .muted)
            lines = [[(state.t("Satisfaction ", "客户满意度 "), .heading), result]]
        }
        for (index, line) in lines.prefix(rect.height).enumerated() {
            if index == rect.height - 1, lines.count > rect.height {
                grid.put(state.t("… \(lines.count - index) more lines", "…… 另有\(lines.count - index)行"), column: rect.column, row: rect.row + index, role: .muted, maxWidth: rect.width)
            } else {
                draw(line, column: rect.column, row: rect.row + index, width: rect.width, into: &grid)
            }
        }
    }

    /// The survey: the overall level on the five levels, each key factor's score as a bar; or why there is none.
    static func satisfaction(_ state: AppState, _ glance: SiteGlance, width: Int) -> [[Segment]] {
        var lines: [[Segment]] = [[(state.t("Satisfaction", "客户满意度"), .heading)]]
        guard let survey = glance.survey else {
            lines += wrapped(state.t("No survey yet: it is handed over at the exit (X on the home screen).", "尚无满意度调查:撤离时发放(首页按 X)。"), width, .muted)
            return lines
        }
        let who = TextSanitizer.singleLine(survey.handedTo)
        guard let answers = survey.answers else {
            lines += wrapped(state.t("Handed to \(who) on \(survey.handedAt.localDate.isoText); no answers entered.",
                                     "已于 \(survey.handedAt.localDate.isoText) 交给 \(who);未录入答复。"), width, .muted)
            return lines
        }
        let standard = state.currentStandard
        let chart = BlockChart(unicode: state.unicodeLines)
        let stars = state.unicodeLines ? ("★", "☆") : ("*", ".")
        let level = min(max(0, answers.level), 5)
        lines.append([(String(repeating: stars.0, count: level) + String(repeating: stars.1, count: 5 - level), .success),
                      (state.t("  level \(level) of 5", "  第\(level)级(共5级)"), .normal)])
        if let text = standard.serviceLevels[safe: level - 1] {
            lines += wrapped(text.text(in: state.language), width, .muted)
        }
        let nameWidth = max(4, width - 8)
        for factor in standard.satisfactionFactors {
            let name = TextWidth.pad(TextWidth.truncate(factor.text(in: state.language), to: nameWidth - 1), to: nameWidth)
            guard let score = answers.scores.first(where: { $0.factor == factor })?.score else {
                lines.append([(name, .normal), ("  —", .muted)])
                continue
            }
            let bar = chart.score(score, of: 5)
            lines.append([(name, .normal), (bar.filled, .progressDone), (bar.empty, .progressTodo), (" \(score)", .normal)])
        }
        return lines
    }

    /// Text wrapped to a width, one line per row.
    private static func wrapped(_ text: String, _ width: Int, _ role: StyleRole) -> [[Segment]] {
        TextWidth.wrap(text, width: max(1, width)).map { [($0, role)] }
    }

    /// Draws segments one after another, cut at the width.
    private static func draw(_ segments: [Segment], column: Int, row: Int, width: Int, into grid: inout Grid) {
        var used = 0
        for segment in segments where used < width {
            used += grid.put(segment.text, column: column + used, row: row, role: segment.role, maxWidth: width - used)
        }
    }

    /// The mark of each kind of day: a distinct character, so the calendar reads without colour.
    struct Marks {
        let signed: String, exception: String, open: String, none: String

        init(unicode: Bool) {
            signed = unicode ? "✓" : "+"
            exception = "!"
            open = unicode ? "○" : "o"
            none = unicode ? "·" : "."
        }

        /// A day's mark in its role: an open day before today is late (error), today's is the day in progress.
        func segment(_ mark: DayMark, date: LocalDate, today: LocalDate) -> Segment {
            switch mark {
            case .signed: (signed, .success)
            case .exception: (exception, .warning)
            case .open: (open, date < today ? .error : .accent)
            case .none: date > today ? (" ", .muted) : (none, .muted)
            }
        }
    }
}
