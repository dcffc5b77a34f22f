import Foundation

/// A realistic site, so a first run shows something real: `make` builds its arrival, `makeWithDays` its worked days.
public enum DemoSite {
    /// The demo site's id (one demo per data directory).
    public static let id = "demo"

    /// The closed demo site's id (a finished site beside the one in full swing).
    public static let closedID = "demo-closed"

    /// Builds the demo site in a language, dated from the clock's today (`closedID`: the finished site's names).
    public static func make(standard: ServiceStandard, clock: any Clock, ids: any IdSource, language: Language, id: String = DemoSite.id) -> Site {
        let now = Timestamp(clock: clock)
        let text = DemoText.text(language, closed: id == closedID)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = clock.timeZone
        let end = calendar.date(byAdding: .day, value: 24, to: clock.now()) ?? clock.now()
        let endStamp = Timestamp(date: end, offsetSeconds: now.offsetSeconds)
        let crew = text.crew.map { CrewMember(id: ids.makeID(), name: $0.0, role: $0.1) }
        let liaisons = text.liaisons.map { Liaison(id: ids.makeID(), name: $0.0, role: $0.1, phone: $0.2) }
        let profile = SiteProfile(
            name: text.siteName, address: text.address, client: text.client, liaisons: liaisons, crew: crew,
            projectManager: text.projectManager, engineeringHead: text.engineeringHead,
            plannedStart: now.localDate, plannedEnd: endStamp.localDate)
        var site = Site(id: id, isDemo: true, createdAt: earlier(now, minutes: 150), standard: standard.reference, profile: profile)

        // Everything was brought but the spare parts (they come with the second delivery).
        for (index, item) in standard.arrival.first?.items.enumerated().map({ $0 }) ?? [] {
            if item.id == "bring-spare-parts" {
                try? site.setNote(text.sparePartsNote, for: item)
                continue
            }
            try? site.markDone(item, at: earlier(now, minutes: 140 - index))
        }
        // The crew was introduced; the plan is still to be confirmed this afternoon.
        for item in standard.arrival.first(where: { $0.id == "introduce" })?.items ?? [] where item.id != "introduce-confirm-plan" {
            try? site.markDone(item, at: earlier(now, minutes: 100))
        }
        // The client briefed their rules; two of four crew members have been told so far.
        for (offset, rule) in text.clientRules.enumerated() {
            try? site.addClientRule(rule, id: ids.makeID(), at: earlier(now, minutes: 90 - offset))
        }
        site.arrival.rulesInWriting = true
        if let item = standard.arrivalItem("client-rules-briefed") { try? site.markDone(item, at: earlier(now, minutes: 80)) }
        for member in crew.prefix(2) {
            try? site.acknowledgeRules(crewMemberID: member.id, at: earlier(now, minutes: 60))
        }
        // The work area is agreed; storage is still being discussed.
        try? site.setWorkArea(text.workArea)
        // The liaison people are known.
        if let item = standard.arrivalItem("liaisons-introduced") { try? site.markDone(item, at: earlier(now, minutes: 70)) }
        return site
    }

    private static func earlier(_ now: Timestamp, minutes: Int) -> Timestamp {
        Timestamp(date: now.date.addingTimeInterval(-Double(minutes) * 60), offsetSeconds: now.offsetSeconds)
    }
}
