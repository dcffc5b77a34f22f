import OnsiteCore

/// Reads and writes a screen in the shape Swift's synthesized coding gives an enum (`{"home": {"siteID": "…", "_1": {…}}}`:
/// the case, then its labelled values by label and its unlabelled ones by position), so session files of every version read.
///
/// Written by hand because the synthesized code sets up a container type for every case of the enum before it reads or
/// writes one (44 types looked up in the runtime's conformance tables, about 7 M instructions each way: a third of a
/// start on the welcome screen, and again at the first change of screen); this one uses the one key type `SessionKey`.
extension Screen {
    public init(from decoder: any Decoder) throws {
        let outer = try decoder.container(keyedBy: SessionKey.self)
        // Keys that name no screen are passed over, as the synthesized decoder did. Each name is looked for
        // (`allKeys` would cast the keys to `CodingKey` existentials: one more scan of the conformance tables).
        let cases = Self.caseNames.map(SessionKey.init).filter { outer.contains($0) }
        guard cases.count == 1, let key = cases.first else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: outer.codingPath, debugDescription: "a screen names exactly one case"))
        }
        let values = try outer.nestedContainer(keyedBy: SessionKey.self, forKey: key)
        func value<T: Decodable>(_ name: String, _ type: T.Type = T.self) throws -> T {
            try values.decode(type, forKey: SessionKey(name))
        }
        switch key.stringValue {
        case "welcome": self = .welcome(try value("_0"))
        case "siteForm": self = .siteForm(try value("_0"))
        case "home": self = .home(siteID: try value("siteID"), try value("_1"))
        case "arrival": self = .arrival(siteID: try value("siteID"), try value("_1"))
        case "arrivalItem": self = .arrivalItem(siteID: try value("siteID"), itemID: try value("itemID"), try value("_2"))
        case "siteRules": self = .siteRules(siteID: try value("siteID"), try value("_1"))
        case "days": self = .days(siteID: try value("siteID"), try value("_1"))
        case "day": self = .day(siteID: try value("siteID"), date: try value("date"), try value("_2"))
        case "briefing": self = .briefing(siteID: try value("siteID"), date: try value("date"), try value("_2"))
        case "log": self = .log(siteID: try value("siteID"), date: try value("date"), try value("_2"))
        case "register": self = .register(siteID: try value("siteID"), kind: try value("kind"), date: try value("date"), try value("_3"))
        case "problem": self = .problem(siteID: try value("siteID"), problemID: try value("problemID"), date: try value("date"), try value("_3"))
        case "cleanup": self = .cleanup(siteID: try value("siteID"), date: try value("date"), try value("_2"))
        case "review": self = .review(siteID: try value("siteID"), date: try value("date"), try value("_2"))
        case "signature": self = .signature(siteID: try value("siteID"), date: try value("date"), try value("_2"))
        case "signPreview": self = .signPreview(siteID: try value("siteID"), date: try value("date"), try value("_2"))
        case "dashboard": self = .dashboard(siteID: try value("siteID"), try value("_1"))
        case "exit": self = .exit(siteID: try value("siteID"), try value("_1"))
        case "exitStep": self = .exitStep(siteID: try value("siteID"), step: try value("step"), try value("_2"))
        case "exitSignature": self = .exitSignature(siteID: try value("siteID"), document: try value("document"), try value("_2"))
        case "attachments": self = .attachments(siteID: try value("siteID"), owner: try value("owner"), try value("_2"))
        default:
            throw DecodingError.dataCorruptedError(forKey: key, in: outer, debugDescription: "no screen \"\(key.stringValue)\"")
        }
    }
}

extension Screen {
    public func encode(to encoder: any Encoder) throws {
        guard let name = Self.caseName(kind) else {
            throw EncodingError.invalidValue(kind, EncodingError.Context(codingPath: encoder.codingPath, debugDescription: "an overlay is not a screen"))
        }
        var outer = encoder.container(keyedBy: SessionKey.self)
        var values = outer.nestedContainer(keyedBy: SessionKey.self, forKey: SessionKey(name))
        func put<T: Encodable>(_ value: T, _ name: String) throws { try values.encode(value, forKey: SessionKey(name)) }
        switch self {
        case .welcome(let position): try put(position, "_0")
        case .siteForm(let form): try put(form, "_0")
        case .home(let siteID, let position), .arrival(let siteID, let position), .siteRules(let siteID, let position),
             .days(let siteID, let position), .exit(let siteID, let position):
            try put(siteID, "siteID"); try put(position, "_1")
        case .arrivalItem(let siteID, let itemID, let position):
            try put(siteID, "siteID"); try put(itemID, "itemID"); try put(position, "_2")
        case .day(let siteID, let date, let position), .briefing(let siteID, let date, let position), .log(let siteID, let date, let position),
             .cleanup(let siteID, let date, let position), .review(let siteID, let date, let position),
             .signPreview(let siteID, let date, let position):
            try put(siteID, "siteID"); try put(date, "date"); try put(position, "_2")
        case .register(let siteID, let registerKind, let date, let position):
            try put(siteID, "siteID"); try put(registerKind, "kind"); try put(date, "date"); try put(position, "_3")
        case .problem(let siteID, let problemID, let date, let position):
            try put(siteID, "siteID"); try put(problemID, "problemID"); try put(date, "date"); try put(position, "_3")
        case .signature(let siteID, let date, let pad):
            try put(siteID, "siteID"); try put(date, "date"); try put(pad, "_2")
        case .dashboard(let siteID, let position):
            try put(siteID, "siteID"); try put(position, "_1")
        case .exitStep(let siteID, let step, let position):
            try put(siteID, "siteID"); try put(step, "step"); try put(position, "_2")
        case .exitSignature(let siteID, let document, let pad):
            try put(siteID, "siteID"); try put(document, "document"); try put(pad, "_2")
        case .attachments(let siteID, let owner, let position):
            try put(siteID, "siteID"); try put(owner, "owner"); try put(position, "_2")
        }
    }

    /// The names of the screens' cases in the file.
    static let caseNames: Set<String> = Set(ScreenKind.allCases.compactMap(caseName))

    /// The name of a screen's case in the file; nil for the overlays, which have a kind but are never on the stack.
    static func caseName(_ kind: ScreenKind) -> String? {
        switch kind {
        case .welcome: "welcome"
        case .siteForm: "siteForm"
        case .home: "home"
        case .arrival: "arrival"
        case .arrivalItem: "arrivalItem"
        case .siteRules: "siteRules"
        case .days: "days"
        case .day: "day"
        case .briefing: "briefing"
        case .log: "log"
        case .register: "register"
        case .problem: "problem"
        case .cleanup: "cleanup"
        case .review: "review"
        case .signature: "signature"
        case .signPreview: "signPreview"
        case .dashboard: "dashboard"
        case .exit: "exit"
        case .exitStep: "exitStep"
        case .exitSignature: "exitSignature"
        case .attachments: "attachments"
        case .prompt, .walkthrough, .quiz, .chapterMenu: nil
        }
    }
}

/// Any key of the session file, by its text.
struct SessionKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
