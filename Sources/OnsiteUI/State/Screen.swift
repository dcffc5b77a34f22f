import OnsiteCore

/// One screen on the navigation stack, with its own cursor and scroll state.
public enum Screen: Codable, Hashable, Sendable {
    case welcome(ListPosition)
    case siteForm(SiteFormState)
    case home(siteID: String, ListPosition)
    case arrival(siteID: String, ListPosition)
    case arrivalItem(siteID: String, itemID: String, ListPosition)
    case siteRules(siteID: String, ListPosition)
    /// Every working day of the site, with its state.
    case days(siteID: String, ListPosition)
    /// One working day: its parts and the next step.
    case day(siteID: String, date: LocalDate, ListPosition)
    /// The morning briefing of a day.
    case briefing(siteID: String, date: LocalDate, ListPosition)
    /// The day's log.
    case log(siteID: String, date: LocalDate, ListPosition)
    /// One of the site's registers, opened from a day (new entries belong to that day).
    case register(siteID: String, kind: RegisterKind, date: LocalDate, ListPosition)
    /// One problem, with its reports, deadlines and status.
    case problem(siteID: String, problemID: String, date: LocalDate, ListPosition)
    /// The end-of-day 5S cleanup inspection.
    case cleanup(siteID: String, date: LocalDate, ListPosition)
    /// The end-of-day review with the client.
    case review(siteID: String, date: LocalDate, ListPosition)
    /// The client's signature pad.
    case signature(siteID: String, date: LocalDate, SignaturePadState)
    /// The day's record as the client signs it, read before the pad.
    case signPreview(siteID: String, date: LocalDate, ListPosition)
    /// The site at a glance: days by week, problems over time, satisfaction.
    case dashboard(siteID: String, DashboardPosition)
    /// Leaving the site: the exit steps, and closing.
    case exit(siteID: String, ListPosition)
    /// One step of the exit.
    case exitStep(siteID: String, step: ExitStep, ListPosition)
    /// The client signs the delivery report or confirms the site restored.
    case exitSignature(siteID: String, document: ExitDocumentKind, SignaturePadState)
    /// The files attached to one record.
    case attachments(siteID: String, owner: AttachmentOwner, ListPosition)

    /// Which kind of screen, for the key table.
    public var kind: ScreenKind {
        switch self {
        case .welcome: .welcome
        case .siteForm: .siteForm
        case .home: .home
        case .arrival: .arrival
        case .arrivalItem: .arrivalItem
        case .siteRules: .siteRules
        case .days: .days
        case .day: .day
        case .briefing: .briefing
        case .log: .log
        case .register: .register
        case .problem: .problem
        case .cleanup: .cleanup
        case .review: .review
        case .signature: .signature
        case .signPreview: .signPreview
        case .dashboard: .dashboard
        case .exit: .exit
        case .exitStep: .exitStep
        case .exitSignature: .exitSignature
        case .attachments: .attachments
        }
    }

    /// The site the screen belongs to, if any.
    public var siteID: String? {
        switch self {
        case .welcome: nil
        case .siteForm(let form): form.siteID
        case .home(let id, _), .arrival(let id, _), .arrivalItem(let id, _, _), .siteRules(let id, _), .days(let id, _): id
        case .exit(let id, _), .exitStep(let id, _, _), .exitSignature(let id, _, _), .dashboard(let id, _), .attachments(let id, _, _): id
        case .day(let id, _, _), .briefing(let id, _, _), .log(let id, _, _), .register(let id, _, _, _), .problem(let id, _, _, _),
             .cleanup(let id, _, _), .review(let id, _, _), .signature(let id, _, _), .signPreview(let id, _, _): id
        }
    }

    /// The working day the screen belongs to, if any.
    public var dayDate: LocalDate? {
        switch self {
        case .day(_, let date, _), .briefing(_, let date, _), .log(_, let date, _), .register(_, _, let date, _), .problem(_, _, let date, _),
             .cleanup(_, let date, _), .review(_, let date, _), .signature(_, let date, _), .signPreview(_, let date, _): date
        case .attachments(_, .day(let date), _): date
        default: nil
        }
    }
}

/// Which exit document the client signs.
public enum ExitDocumentKind: String, Codable, Hashable, Sendable {
    case delivery, restoration
}

/// Where the highlight and the scroll of a list stand.
public struct ListPosition: Codable, Hashable, Sendable {
    public var selection: Int
    public var scroll: Int

    public init(selection: Int = 0, scroll: Int = 0) {
        self.selection = selection
        self.scroll = scroll
    }

    /// Moves the selection within `count` items and keeps it inside a window of `visible` rows.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        guard count > 0 else { selection = 0; scroll = 0; return }
        selection = min(max(0, selection + delta), count - 1)
        clamp(count: count, visible: visible)
    }

    /// Applies a movement key (up, down, page, first, last) to a list; false when the action is not a movement.
    public mutating func apply(_ action: Action?, count: Int, visible: Int) -> Bool {
        switch action {
        case .moveUp: move(by: -1, count: count, visible: visible)
        case .moveDown: move(by: 1, count: count, visible: visible)
        case .pageUp: move(by: -visible, count: count, visible: visible)
        case .pageDown: move(by: visible, count: count, visible: visible)
        case .first: move(by: -count, count: count, visible: visible)
        case .last: move(by: count, count: count, visible: visible)
        default: return false
        }
        return true
    }

    /// Keeps selection and scroll valid after the list or the window changed.
    public mutating func clamp(count: Int, visible: Int) {
        selection = min(max(0, selection), max(0, count - 1))
        let window = max(1, visible)
        if selection < scroll { scroll = selection }
        if selection >= scroll + window { scroll = selection - window + 1 }
        scroll = min(max(0, scroll), max(0, count - window))
    }
}
