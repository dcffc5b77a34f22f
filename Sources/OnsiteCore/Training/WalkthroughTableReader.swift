import TOMLKit

/// Turns a parsed walkthrough table into a `Walkthrough`, collecting every problem with its line and column.
struct WalkthroughTableReader {
    let locator: TOMLLocator
    private(set) var errors: [StandardError] = []
    private var seenIDs: [String: Int] = [:]

    /// Where an entry's problems are placed: its `id = "…"` line (the n-th one with that id), else line 1.
    private struct Anchor {
        var id: String?
        var occurrence = 1
        static let top = Anchor(id: nil)
    }

    init(locator: TOMLLocator) { self.locator = locator }

    mutating func read(_ table: TOMLTable, source: String) -> Walkthrough? {
        unknownKeys(table, allowed: ["schema", "id", "order", "title", "steps", "quiz"], anchor: .top, place: "the file")
        if let schema = table["schema"] {
            if schema.int != WalkthroughLoader.supportedSchema {
                fail("schema must be \(WalkthroughLoader.supportedSchema)", key: "schema", anchor: .top)
            }
        } else {
            fail("missing field \"schema\" (1)", key: "schema", anchor: .top)
        }
        let id = table["id"]?.string.flatMap { $0.trimmed.isEmpty ? nil : $0 }
        if id == nil { fail("missing field \"id\" (the chapter's id, as text)", key: "id", anchor: .top) }
        if let id { seenIDs[id] = 1 }
        let anchor = Anchor(id: id)
        var order = 100
        if let raw = table["order"] {
            if let value = raw.int { order = value } else { fail("\"order\" must be a whole number", key: "order", anchor: anchor) }
        }
        let title = localized(table["title"], key: "title", anchor: anchor, place: "the chapter's title")
        var steps: [WalkthroughStep] = []
        if let list = table["steps"]?.array, !list.isEmpty {
            for (index, value) in list.enumerated() {
                if let step = step(value, number: index + 1) { steps.append(step) }
            }
        } else {
            fail(table["steps"] == nil ? "missing [[steps]]: a chapter needs at least one step" : "\"steps\" must be a list of [[steps]] tables",
                 key: "steps", anchor: anchor)
        }
        var quiz: [QuizQuestion] = []
        if let raw = table["quiz"] {
            if let list = raw.array {
                for (index, value) in list.enumerated() {
                    if let question = question(value, number: index + 1) { quiz.append(question) }
                }
            } else {
                fail("\"quiz\" must be a list of [[quiz]] tables", key: "quiz", anchor: anchor)
            }
        }
        guard errors.isEmpty, let id, let title else { return nil }
        return Walkthrough(id: id, order: order, title: title, steps: steps, quiz: quiz, source: source)
    }

    private mutating func step(_ value: TOMLValueConvertible, number: Int) -> WalkthroughStep? {
        guard let (table, id, anchor, place) = entry(value, kind: "step", number: number,
                                                     allowed: ["id", "text", "why", "done", "screen"]) else { return nil }
        let text = localized(table["text"], key: "text", anchor: anchor, place: "\(place) text")
        let why = localized(table["why"], key: "why", anchor: anchor, place: "\(place) why")
        var screen: TrainingScreen?
        if let raw = table["screen"] {
            if let name = raw.string, let known = TrainingScreen(rawValue: name) {
                screen = known
            } else {
                let names = TrainingScreen.allCases.map(\.rawValue).joined(separator: ", ")
                fail("\(place): unknown screen \(raw.string.map { "\"\($0)\"" } ?? "(not text)") (expected one of \(names))", key: "screen", anchor: anchor)
            }
        }
        var condition: StepCondition?
        if let raw = table["done"] {
            if let name = raw.string, let known = StepCondition(rawValue: name) {
                condition = known
            } else {
                let names = StepCondition.allCases.map(\.rawValue).joined(separator: ", ")
                fail("\(place): unknown condition \(raw.string.map { "\"\($0)\"" } ?? "(not text)") in \"done\" (expected one of \(names))", key: "done", anchor: anchor)
            }
        } else {
            fail("\(place): missing field \"done\" (the condition that says the step was done)", key: nil, anchor: anchor)
        }
        if condition == .screen, table["screen"] == nil {
            fail("\(place): done = \"screen\" needs a \"screen\" field naming the screen to open", key: "done", anchor: anchor)
        }
        guard let id, let text, let why, let condition else { return nil }
        return WalkthroughStep(id: id, text: text, why: why, condition: condition, screen: screen)
    }

    private mutating func question(_ value: TOMLValueConvertible, number: Int) -> QuizQuestion? {
        guard let (table, id, anchor, place) = entry(value, kind: "question", number: number,
                                                     allowed: ["id", "question", "choices", "reason"]) else { return nil }
        let text = localized(table["question"], key: "question", anchor: anchor, place: "\(place) text")
        let reason = localized(table["reason"], key: "reason", anchor: anchor, place: "\(place) reason")
        var choices: [LocalizedText] = []
        var correct: [Int] = []
        if let list = table["choices"]?.array {
            if !(2...5).contains(list.count) { fail("\(place) has \(list.count) choices (2 to 5 are allowed)", key: "choices", anchor: anchor) }
            for (index, value) in list.enumerated() {
                let choicePlace = "\(place) choice \(index + 1)"
                guard let element = value.table else {
                    failElement("\(choicePlace) must be a table like { en = \"…\", zh = \"…\" }", index: index, anchor: anchor)
                    continue
                }
                if let flag = element["correct"] {
                    if flag.bool == true { correct.append(index) } else if flag.bool == nil {
                        failElement("\(choicePlace): correct must be true or false", index: index, anchor: anchor)
                    }
                }
                if let text = texts(element, allowed: ["en", "zh", "correct"], index: index, anchor: anchor, place: choicePlace) { choices.append(text) }
            }
            if correct.isEmpty { fail("\(place) has no correct answer (mark one choice with correct = true)", key: "choices", anchor: anchor) }
            if correct.count > 1 { fail("\(place) has \(correct.count) correct answers (choices \(correct.map { String($0 + 1) }.joined(separator: ", "))); exactly one is allowed", key: "choices", anchor: anchor) }
        } else {
            fail("\(place): missing \"choices\" (a list of 2 to 5 { en, zh } choices)", key: nil, anchor: anchor)
        }
        guard let id, let text, let reason, correct.count == 1, choices.count >= 2 else { return nil }
        return QuizQuestion(id: id, question: text, choices: choices, answer: correct[0], reason: reason)
    }

    // MARK: - Pieces

    private mutating func entry(
        _ value: TOMLValueConvertible, kind: String, number: Int, allowed: Set<String>
    ) -> (table: TOMLTable, id: String?, anchor: Anchor, place: String)? {
        guard let table = value.table else { fail("\(kind) \(number) is not a table", key: nil, anchor: .top); return nil }
        var id: String?
        if let text = table["id"]?.string, !text.trimmed.isEmpty {
            id = text
            let occurrence = (seenIDs[text] ?? 0) + 1
            seenIDs[text] = occurrence
            if occurrence > 1 {
                let line = locator.line(ofID: text, occurrence: occurrence)
                errors.append(StandardError(line: line, column: line.map(locator.column(ofLine:)), message: "duplicate id \"\(text)\""))
            }
        } else {
            fail("\(kind) \(number): missing \"id\"", key: nil, anchor: .top)
        }
        let anchor = Anchor(id: id, occurrence: id.flatMap { seenIDs[$0] } ?? 1)
        let place = "\(kind) \"\(id ?? String(number))\""
        unknownKeys(table, allowed: allowed, anchor: anchor, place: place)
        return (table, id, anchor, place)
    }

    private mutating func localized(_ value: TOMLValueConvertible?, key: String, anchor: Anchor, place: String) -> LocalizedText? {
        guard let value else { fail("\(place): missing (needs en and zh)", key: nil, anchor: anchor); return nil }
        guard let table = value.table else { fail("\(place): must be a table like { en = \"…\", zh = \"…\" }", key: key, anchor: anchor); return nil }
        for name in table.keys where name != "en" && name != "zh" { fail("\(place): unknown field \"\(name)\" (expected en, zh)", key: key, anchor: anchor) }
        let (text, problems) = Self.pair(table, place: place)
        problems.forEach { fail($0, key: key, anchor: anchor) }
        return text
    }

    /// The `{ en, zh }` text of one element of the `choices` list; problems are placed on the element.
    private mutating func texts(_ table: TOMLTable, allowed: Set<String>, index: Int, anchor: Anchor, place: String) -> LocalizedText? {
        for name in table.keys where !allowed.contains(name) {
            failElement("\(place): unknown field \"\(name)\" (expected \(allowed.sorted().joined(separator: ", ")))", index: index, anchor: anchor)
        }
        let (text, problems) = Self.pair(table, place: place)
        problems.forEach { failElement($0, index: index, anchor: anchor) }
        return text
    }

    private static func pair(_ table: TOMLTable, place: String) -> (LocalizedText?, [String]) {
        let english = table["en"]?.string
        let chinese = table["zh"]?.string
        var problems: [String] = []
        if english?.trimmed.isEmpty ?? true { problems.append("\(place): the English text (en) is missing or empty") }
        if chinese?.trimmed.isEmpty ?? true { problems.append("\(place): the Chinese translation (zh) is missing or empty") }
        guard let english, let chinese, !english.trimmed.isEmpty, !chinese.trimmed.isEmpty else { return (nil, problems) }
        return (LocalizedText(en: english, zh: chinese), problems)
    }

    private mutating func unknownKeys(_ table: TOMLTable, allowed: Set<String>, anchor: Anchor, place: String) {
        for name in table.keys where !allowed.contains(name) {
            fail("\(place): unknown field \"\(name)\" (expected \(allowed.sorted().joined(separator: ", ")))", key: name, anchor: anchor)
        }
    }

    private mutating func fail(_ message: String, key: String?, anchor: Anchor) {
        let start = anchorLine(anchor)
        let line = key.flatMap { locator.line(ofKey: $0, from: start) } ?? start
        errors.append(StandardError(line: line, column: locator.column(ofLine: line), message: message))
    }

    private mutating func failElement(_ message: String, index: Int, anchor: Anchor) {
        let start = anchorLine(anchor)
        if let keyLine = locator.line(ofKey: "choices", from: start), let position = locator.position(ofElement: index, inArrayOn: keyLine) {
            errors.append(StandardError(line: position.line, column: position.column, message: message))
        } else {
            fail(message, key: "choices", anchor: anchor)
        }
    }

    private func anchorLine(_ anchor: Anchor) -> Int {
        anchor.id.flatMap { locator.line(ofID: $0, occurrence: anchor.occurrence) } ?? 1
    }
}
