/// What is handed over with the delivery report.
public enum HandoverKind: String, Codable, Hashable, Sendable, CaseIterable {
    case sparePart = "spare-part"
    case document
}

/// One spare part or technical document handed to the client.
public struct HandoverItem: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: HandoverKind
    public var name: String
    public var quantity: Int
    /// Who on the client's side received it.
    public var receivedBy: String

    public init(id: String, kind: HandoverKind, name: String, quantity: Int, receivedBy: String) {
        self.id = id
        self.kind = kind
        self.name = name
        self.quantity = quantity
        self.receivedBy = receivedBy
    }
}

/// Material left over at the end, counted and taken back to the warehouse.
public struct LeftoverMaterial: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var item: String
    /// The amount counted, as a decimal text (`12`, `2.5`).
    public var quantity: String
    public var unit: String
    public var countedAt: Timestamp
    /// When it was taken back to the warehouse (handed to the materials department).
    public var returnedAt: Timestamp?

    public init(id: String, item: String, quantity: String, unit: String, countedAt: Timestamp) {
        self.id = id
        self.item = item
        self.quantity = quantity
        self.unit = unit
        self.countedAt = countedAt
    }
}

/// The satisfaction survey: handed to the client in an envelope for the engineering head.
public struct Survey: Codable, Hashable, Sendable {
    /// Who on the client's side received the form.
    public var handedTo: String
    public var handedAt: Timestamp
    /// The client's answers, when they chose to share them.
    public var answers: SurveyAnswers?

    public init(handedTo: String, handedAt: Timestamp) {
        self.handedTo = handedTo
        self.handedAt = handedAt
    }
}

/// The client's answers to the survey.
public struct SurveyAnswers: Codable, Hashable, Sendable {
    /// The overall level on the standard's scale, 1 (★ basic rules kept) to 5 (★★★★★ a partner).
    public var level: Int
    /// A score for each key factor the client rated.
    public var scores: [FactorScore]
    public var comments: String
    public var enteredAt: Timestamp

    /// The lowest and highest level or score.
    public static let range = 1...5
}

/// A key factor of satisfaction (as the site's standard words it) and the client's score, 1–5.
public struct FactorScore: Codable, Hashable, Sendable {
    public var factor: LocalizedText
    public var score: Int

    public init(factor: LocalizedText, score: Int) {
        self.factor = factor
        self.score = score
    }
}
