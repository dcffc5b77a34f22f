import OnsiteCore

/// One screen on the navigation stack, with its own cursor and scroll state.
public enum Screen: Codable, Hashable, Sendable {
    case welcome(ListPosition)
    case siteForm(SiteFormState)
    case home(siteID: String, ListPosition)
    case arrival(siteID: String, ListPosition)
    case arrivalItem(siteID: String, itemID: String, ListPosition)
    case siteRules(siteID: String, ListPosition)

    /// Which kind of screen, for the key table.
    public var kind: ScreenKind {
        switch self {
        case .welcome: .welcome
        case .siteForm: .siteForm
        case .home: .home
        case .arrival: .arrival
        case .arrivalItem: .arrivalItem
        case .siteRules: .siteRules
        }
    }

    /// The site the screen belongs to, if any.
    public var siteID: String? {
        switch self {
        case .welcome: nil
        case .siteForm(let form): form.siteID
        case .home(let id, _), .arrival(let id, _), .arrivalItem(let id, _, _), .siteRules(let id, _): id
        }
    }
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

    /// Keeps selection and scroll valid after the list or the window changed.
    public mutating func clamp(count: Int, visible: Int) {
        selection = min(max(0, selection), max(0, count - 1))
        let window = max(1, visible)
        if selection < scroll { scroll = selection }
        if selection >= scroll + window { scroll = selection - window + 1 }
        scroll = min(max(0, scroll), max(0, count - window))
    }
}
