import TOMLKit

/// Turns a parsed standard table into a `ServiceStandard`, collecting every problem with its place.
struct StandardTableReader {
    /// Where an entry starts in the text, found only when an error must be placed
    /// (finding it means scanning the text, which a valid file never needs).
    struct Anchor {
        /// The entry's id: errors are placed from its `id = "…"` line (the n-th one with that id).
        var id: String?
        var occurrence = 1
        /// A table without an id (`[daily]`): errors are placed from its header line.
        var header: String?
        /// One element (from 0) of the inline list under a key: errors are placed on the element itself.
        var element: (key: String, index: Int)?

        static let top = Anchor(id: nil)

        static func header(_ name: String) -> Anchor { Anchor(id: nil, header: name) }

        /// This anchor narrowed to one element of the list under `key`.
        func element(_ index: Int, of key: String) -> Anchor {
            var anchor = self
            anchor.element = (key, index)
            return anchor
        }

        func line(in locator: TOMLLocator) -> Int {
            if let header { return locator.line(ofHeader: header) ?? locator.line(ofKey: header, from: 1) ?? 1 }
            return id.flatMap { locator.line(ofID: $0, occurrence: occurrence) } ?? 1
        }
    }

    /// The optional `[daily]` part; a list left out stays empty.
    struct Daily {
        var cleanup: [ChecklistItemDefinition] = []
        var safety: [LocalizedText] = []
        var ppe: [LocalizedText] = []
        var trustLost: [LocalizedText] = []
        var trustWon: [LocalizedText] = []
    }

    let locator: TOMLLocator
    private(set) var errors: [StandardError] = []
    private var seenIDs: [String: Int] = [:]

    init(locator: TOMLLocator) { self.locator = locator }

    mutating func read(_ table: TOMLTable) -> ServiceStandard? {
        unknownKeys(table, allowed: ["schema", "id", "version", "name", "arrival", "rules", "daily", "exit"], anchor: .top, place: "the file")
        let schema = table["schema"]?.int
        if schema == nil { fail("missing field \"schema\" (a whole number)", key: "schema", anchor: .top) }
        if let schema, schema != StandardLoader.supportedSchema {
            fail("schema \(schema) is not supported (this program reads schema \(StandardLoader.supportedSchema))", key: "schema", anchor: .top)
        }
        let id = string(table, "id", anchor: .top, place: "the file")
        let version = table["version"]?.int
        if version == nil { fail("missing field \"version\" (a whole number)", key: "version", anchor: .top) }
        let name = localized(table["name"], key: "name", anchor: .top, place: "the standard's name")

        var sections: [ChecklistSection] = []
        if let list = table["arrival"]?.array {
            for (index, value) in list.enumerated() {
                if let section = arrivalSection(value, number: index + 1) { sections.append(section) }
            }
        } else {
            fail(table["arrival"] == nil ? "missing \"arrival\": the standard needs at least one [[arrival]] section" : "\"arrival\" must be a list of [[arrival]] tables", key: "arrival", anchor: .top)
        }
        if sections.isEmpty, table["arrival"]?.array?.isEmpty == true { fail("\"arrival\" has no sections", key: "arrival", anchor: .top) }

        var rules: [RuleSection] = []
        if let list = table["rules"]?.array {
            for (index, value) in list.enumerated() {
                if let section = ruleSection(value, number: index + 1) { rules.append(section) }
            }
        } else if table["rules"] != nil {
            fail("\"rules\" must be a list of [[rules]] tables", key: "rules", anchor: .top)
        }
        let daily = self.daily(table["daily"])
        let exit = self.exit(table["exit"])
        guard errors.isEmpty, let id, let version, let name else { return nil }
        var standard = ServiceStandard(id: id, version: version, name: name, arrival: sections, siteRules: rules,
                                       cleanup: daily.cleanup, safetyPoints: daily.safety, ppe: daily.ppe,
                                       trustLost: daily.trustLost, trustWon: daily.trustWon)
        standard.serviceLevels = exit.levels
        standard.satisfactionFactors = exit.factors
        return standard
    }

    private mutating func arrivalSection(_ value: TOMLValueConvertible, number: Int) -> ChecklistSection? {
        guard let (table, id, anchor, place) = entry(value, kind: "arrival section", number: number, allowed: ["id", "title", "items"]) else { return nil }
        let title = localized(table["title"], key: "title", anchor: anchor, place: "\(place) title")
        var items: [ChecklistItemDefinition] = []
        if let list = table["items"]?.array, !list.isEmpty {
            for (index, value) in list.enumerated() {
                if let item = arrivalItem(value, number: index + 1, section: place) { items.append(item) }
            }
        } else {
            fail("\(place) has no items", key: "items", anchor: anchor)
        }
        guard let id, let title else { return nil }
        return ChecklistSection(id: id, title: title, items: items)
    }

    private mutating func arrivalItem(_ value: TOMLValueConvertible, number: Int, section: String) -> ChecklistItemDefinition? {
        guard let (table, id, anchor, place) = entry(value, kind: "item", number: number, of: section,
                                                     allowed: ["id", "kind", "required", "title", "help"]) else { return nil }
        let title = localized(table["title"], key: "title", anchor: anchor, place: "\(place) title")
        let help = table["help"] == nil ? nil : localized(table["help"], key: "help", anchor: anchor, place: "\(place) help")
        var kind = ChecklistItemKind.check
        if let raw = table["kind"] {
            if let text = raw.string, let parsed = ChecklistItemKind(rawValue: text) {
                kind = parsed
            } else {
                let known = ["check", "client-rules", "relay-to-crew", "areas", "liaisons"].joined(separator: ", ")
                fail("\(place): kind must be one of \(known)", key: "kind", anchor: anchor)
            }
        }
        let required = flag(table, "required", default: true, anchor: anchor, place: place)
        guard let id, let title else { return nil }
        return ChecklistItemDefinition(id: id, title: title, help: help, required: required, kind: kind)
    }

    private mutating func ruleSection(_ value: TOMLValueConvertible, number: Int) -> RuleSection? {
        guard let (table, id, anchor, place) = entry(value, kind: "rules section", number: number,
                                                     allowed: ["id", "title", "rules", "optional"]) else { return nil }
        let optional = flag(table, "optional", default: false, anchor: anchor, place: place)
        let title = localized(table["title"], key: "title", anchor: anchor, place: "\(place) title")
        var rules: [LocalizedText] = []
        if let list = table["rules"]?.array, !list.isEmpty {
            rules = texts(list, key: "rules", anchor: anchor) { "\(place) rule \($0)" }
        } else {
            fail("\(place) has no rules", key: "rules", anchor: anchor)
        }
        guard let id, let title else { return nil }
        return RuleSection(id: id, title: title, rules: rules, optional: optional)
    }

    // MARK: - Daily work

    /// The `[daily]` part: absent is fine (older standards); present, each of its lists is checked like the rest.
    private mutating func daily(_ value: TOMLValueConvertible?) -> Daily {
        var daily = Daily()
        guard let value else { return daily }
        guard let table = value.table else {
            fail("\"daily\" must be a table ([daily])", key: "daily", anchor: .top)
            return daily
        }
        let anchor = Anchor.header("daily")
        unknownKeys(table, allowed: ["cleanup", "safety", "ppe", "trust-lost", "trust-won"], anchor: anchor, place: "[daily]")
        if let list = dailyList(table, "cleanup", anchor: anchor, what: "a list of [[daily.cleanup]] tables") {
            for (index, value) in list.enumerated() {
                if let item = cleanupItem(value, number: index + 1) { daily.cleanup.append(item) }
            }
        }
        daily.safety = dailyTexts(table, "safety", anchor: anchor, noun: "safety point")
        daily.ppe = dailyTexts(table, "ppe", anchor: anchor, noun: "PPE item")
        daily.trustLost = dailyTexts(table, "trust-lost", anchor: anchor, noun: "trust-lost entry")
        daily.trustWon = dailyTexts(table, "trust-won", anchor: anchor, noun: "trust-won entry")
        return daily
    }

    /// The `[exit]` part: absent is fine; present, `levels` must hold exactly five texts (★ to ★★★★★).
    private mutating func exit(_ value: TOMLValueConvertible?) -> (levels: [LocalizedText], factors: [LocalizedText]) {
        guard let value else { return ([], []) }
        guard let table = value.table else {
            fail("\"exit\" must be a table ([exit])", key: "exit", anchor: .top)
            return ([], [])
        }
        let anchor = Anchor.header("exit")
        unknownKeys(table, allowed: ["levels", "factors"], anchor: anchor, place: "[exit]")
        let levels = dailyTexts(table, "levels", anchor: anchor, noun: "service level", part: "exit")
        if !levels.isEmpty, levels.count != 5 {
            fail("exit levels must list exactly 5 service levels (★ to ★★★★★), not \(levels.count)", key: "levels", anchor: anchor)
        }
        return (levels, dailyTexts(table, "factors", anchor: anchor, noun: "satisfaction factor", part: "exit"))
    }

    /// One daily list: nil when left out; a list that is not one, or is empty, is reported.
    private mutating func dailyList(_ table: TOMLTable, _ key: String, anchor: Anchor, what: String, part: String = "daily") -> TOMLArray? {
        guard let raw = table[key] else { return nil }
        guard let list = raw.array else {
            fail("\(part) \(key) must be \(what)", key: key, anchor: anchor)
            return nil
        }
        if list.isEmpty { fail("\(part) \(key) is empty (leave it out to use the built-in list)", key: key, anchor: anchor) }
        return list
    }

    private mutating func dailyTexts(_ table: TOMLTable, _ key: String, anchor: Anchor, noun: String, part: String = "daily") -> [LocalizedText] {
        guard let list = dailyList(table, key, anchor: anchor, what: "a list like [ { en = \"…\", zh = \"…\" } ]", part: part) else { return [] }
        return texts(list, key: key, anchor: anchor) { "\(part) \(noun) \($0)" }
    }

    /// A cleanup item: always a plain tick, always required before the client signs the day.
    private mutating func cleanupItem(_ value: TOMLValueConvertible, number: Int) -> ChecklistItemDefinition? {
        guard let (table, id, anchor, place) = entry(value, kind: "cleanup item", number: number, allowed: ["id", "title", "help"]) else { return nil }
        let title = localized(table["title"], key: "title", anchor: anchor, place: "\(place) title")
        let help = table["help"] == nil ? nil : localized(table["help"], key: "help", anchor: anchor, place: "\(place) help")
        guard let id, let title else { return nil }
        return ChecklistItemDefinition(id: id, title: title, help: help, required: true, kind: .check)
    }

    // MARK: - Pieces

    /// What every entry starts with: a table, its id, where it stands, and no unknown fields.
    /// `kind` and `number` name it before its id is known ("item 2 of arrival section \"bring\"").
    private mutating func entry(
        _ value: TOMLValueConvertible, kind: String, number: Int, of parent: String? = nil, allowed: Set<String>
    ) -> (table: TOMLTable, id: String?, anchor: Anchor, place: String)? {
        let unnamed = "\(kind) \(number)" + (parent.map { " of \($0)" } ?? "")
        guard let table = value.table else { fail("\(unnamed) is not a table", key: nil, anchor: .top); return nil }
        let id = self.id(table, place: unnamed)
        let anchor = Anchor(id: id, occurrence: id.flatMap { seenIDs[$0] } ?? 1)
        let place = "\(kind) \"\(id ?? String(number))\""
        unknownKeys(table, allowed: allowed, anchor: anchor, place: place)
        return (table, id, anchor, place)
    }

    /// The texts of an inline list (`key = [ { en = "…", zh = "…" }, … ]`); each problem is placed on its element.
    private mutating func texts(_ list: TOMLArray, key: String, anchor: Anchor, place: (Int) -> String) -> [LocalizedText] {
        var texts: [LocalizedText] = []
        for (index, value) in list.enumerated() {
            if let text = localized(value, key: key, anchor: anchor.element(index, of: key), place: place(index + 1)) { texts.append(text) }
        }
        return texts
    }

    /// A true/false field, or its default when absent.
    private mutating func flag(_ table: TOMLTable, _ key: String, default value: Bool, anchor: Anchor, place: String) -> Bool {
        guard let raw = table[key] else { return value }
        guard let flag = raw.bool else {
            fail("\(place): \(key) must be true or false", key: key, anchor: anchor)
            return value
        }
        return flag
    }

    private mutating func id(_ table: TOMLTable, place: String) -> String? {
        guard let id = table["id"]?.string, !id.trimmed.isEmpty else {
            fail("\(place): missing \"id\"", key: nil, anchor: .top)
            return nil
        }
        let occurrence = (seenIDs[id] ?? 0) + 1
        seenIDs[id] = occurrence
        if occurrence > 1 {
            let line = locator.line(ofID: id, occurrence: occurrence)
            errors.append(StandardError(line: line, column: line.map(locator.column(ofLine:)), message: "duplicate id \"\(id)\" (first used on line \(locator.line(ofID: id).map(String.init) ?? "?"))"))
        }
        return id
    }

    private mutating func string(_ table: TOMLTable, _ key: String, anchor: Anchor, place: String) -> String? {
        guard let value = table[key] else { fail("\(place): missing field \"\(key)\"", key: key, anchor: anchor); return nil }
        guard let text = value.string else { fail("\(place): \"\(key)\" must be text", key: key, anchor: anchor); return nil }
        return text
    }

    private mutating func localized(_ value: TOMLValueConvertible?, key: String, anchor: Anchor, place: String) -> LocalizedText? {
        guard let value else { fail("\(place): missing (needs en and zh)", key: key, anchor: anchor); return nil }
        guard let table = value.table else { fail("\(place): must be a table like { en = \"…\", zh = \"…\" }", key: key, anchor: anchor); return nil }
        unknownKeys(table, allowed: ["en", "zh"], anchor: anchor, place: place, key: key)
        let english = table["en"]?.string
        let chinese = table["zh"]?.string
        if english?.trimmed.isEmpty ?? true { fail("\(place): the English text (en) is missing or empty", key: key, anchor: anchor) }
        if chinese?.trimmed.isEmpty ?? true { fail("\(place): the Chinese text (zh) is missing or empty", key: key, anchor: anchor) }
        guard let english, let chinese, !english.trimmed.isEmpty, !chinese.trimmed.isEmpty else { return nil }
        return LocalizedText(en: english, zh: chinese)
    }

    private mutating func unknownKeys(_ table: TOMLTable, allowed: Set<String>, anchor: Anchor, place: String, key: String? = nil) {
        for name in table.keys where !allowed.contains(name) {
            // A field of an entry has a line of its own; a field inside a list element is on the element's line.
            let own = anchor.element == nil ? locator.line(ofKey: name, from: anchor.line(in: locator)) : nil
            let (line, column) = own.map { ($0, locator.column(ofLine: $0)) } ?? position(key: key, anchor: anchor)
            errors.append(StandardError(line: line, column: column, message: "\(place): unknown field \"\(name)\" (expected \(allowed.sorted().joined(separator: ", ")))"))
        }
    }

    private mutating func fail(_ message: String, key: String?, anchor: Anchor) {
        let (line, column) = position(key: key, anchor: anchor)
        errors.append(StandardError(line: line, column: column, message: message))
    }

    /// Where a problem stands: a list element itself, else the line assigning `key` in the anchor's entry, else the anchor.
    private func position(key: String?, anchor: Anchor) -> (line: Int, column: Int) {
        let start = anchor.line(in: locator)
        if let element = anchor.element, let keyLine = locator.line(ofKey: element.key, from: start) {
            return locator.position(ofElement: element.index, inArrayOn: keyLine) ?? (keyLine, locator.column(ofLine: keyLine))
        }
        let line = key.flatMap { locator.line(ofKey: $0, from: start) } ?? start
        return (line, locator.column(ofLine: line))
    }
}
