import OnsiteCore

/// Reads a screen as the synthesized encoding writes it (`{"home": {"siteID": "…", "_1": {…}}}`: the case,
/// then its labelled values by label and its unlabelled ones by position).
///
/// Written by hand because the synthesized decoder sets up a container type for every case of the enum before it
/// reads one (44 types looked up in the runtime's conformance tables, about 7 M instructions: a third of a start
/// on the welcome screen); this one reads every level with the one key type `SessionKey`.
extension Screen {
    public init(from decoder: any Decoder) throws {
        let outer = try decoder.container(keyedBy: SessionKey.self)
        guard outer.allKeys.count == 1, let key = outer.allKeys.first else {
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

/// Any key of the session file, by its text.
struct SessionKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
