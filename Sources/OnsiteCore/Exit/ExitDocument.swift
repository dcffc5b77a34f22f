import Foundation

/// What the client signs at the exit — the delivery report or the confirmation that the site was restored —
/// serialised canonically (sorted keys, no spaces) so the same document always gives the same SHA-256.
public struct ExitDocument: Codable, Hashable, Sendable {
    /// The version of the canonical form.
    public var format: Int
    /// `SealPayload.deliveryReport` or `SealPayload.siteRestored`.
    public var type: String
    /// A demo or training record, never a real client's.
    public var demo: Bool
    public var siteID: String
    public var siteName: String
    public var client: String
    public var address: String
    /// The delivery report: the formal acceptance it follows.
    public var acceptance: FormalAcceptance?
    /// The delivery report: spare parts and technical documents handed over.
    public var handover: [HandoverItem]?
    /// The site restored: the state the client asked for.
    public var restorationRequest: String?

    /// The delivery report of a site as it stands.
    public static func delivery(of site: Site) -> ExitDocument {
        var document = ExitDocument(site, type: SealPayload.deliveryReport)
        document.acceptance = site.exit.acceptance
        document.handover = site.exit.handover
        return document
    }

    /// The confirmation that the site was restored, as it stands.
    public static func restoration(of site: Site) -> ExitDocument {
        var document = ExitDocument(site, type: SealPayload.siteRestored)
        document.restorationRequest = site.exit.restorationRequest
        return document
    }

    private init(_ site: Site, type: String) {
        format = 1
        self.type = type
        demo = site.isDemo
        siteID = site.id
        siteName = site.profile.name
        client = site.profile.client
        address = site.profile.address
    }

    /// The canonical text: JSON, keys sorted, no whitespace.
    public var canonicalText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings, whole numbers, bools and lists of them: encoding cannot fail.
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }
}
