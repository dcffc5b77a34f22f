import OnsiteCore

/// The entry form that attaches a file: its path (Tab completes it) and an optional note.
public enum AttachPrompt: Codable, Hashable, Sendable {
    case file(siteID: String, owner: AttachmentOwner)
}

/// Opening, completing and submitting the attach form. The copy is made by the runner (`Effect.attachFile`),
/// which then records the attachment through `AttachActions.stored`.
enum AttachActions {
    /// Handles the attach keys on an owner's screen: `f` opens the form, `F` the list. False for other actions.
    static func handle(_ action: Action?, _ siteID: String, _ owner: AttachmentOwner, _ state: inout AppState) -> Bool {
        switch action {
        case .attachFile: openPrompt(siteID, owner, &state)
        case .listFiles: state.stack.append(.attachments(siteID: siteID, owner: owner, ListPosition()))
        default: return false
        }
        return true
    }

    /// Opens the form, unless the owner can no longer change (a signed day, a closed site): then says why.
    static func openPrompt(_ siteID: String, _ owner: AttachmentOwner, _ state: inout AppState) {
        if let refusal = refusal(siteID, owner, state) {
            state.message = StatusMessage(refusal, .error)
            return
        }
        state.prompt = PromptState(purpose: .attach(.file(siteID: siteID, owner: owner)), fields: [TextField(""), TextField("")])
    }

    /// Why the owner cannot take a file now, checked on a copy before anything is copied.
    static func refusal(_ siteID: String, _ owner: AttachmentOwner, _ state: AppState) -> LocalizedText? {
        guard var site = state.site(siteID) else { return nil }
        switch owner {
        case .problem(let id), .extraWork(let id):
            if let archived = state.archivedRefusal(id, siteID: siteID) { return archived }
        default: break
        }
        let probe = Attachment(sha256: String(repeating: "0", count: 64), name: "probe", size: 0, mediaType: "", attachedAt: Timestamp(date: .init(timeIntervalSince1970: 0), offsetSeconds: 0))
        do {
            if case .day(let date) = owner {
                guard var day = state.day(siteID, date) else { return DayWords.error(.unknownRecord(date.isoText), state) }
                try site.attach(probe, to: &day)
            } else {
                try site.attach(probe, to: owner, standard: state.standard(for: siteID))
            }
            return nil
        } catch {
            return Messages.describe(error, state)
        }
    }

    /// Tab in the path field: completes it through the environment's completer; the candidates go to the message line.
    static func complete(_ state: inout AppState, _ env: AppEnvironment) {
        guard var prompt = state.prompt, prompt.focus == 0, prompt.fields.indices.contains(0) else { return }
        let result = env.completePath(prompt.fields[0].text)
        if result.text != prompt.fields[0].text { prompt.fields[0] = TextField(result.text) }
        prompt.problem = nil
        state.prompt = prompt
        if result.candidates.isEmpty {
            state.message = nil
        } else {
            let shown = result.candidates.prefix(12).map(TextSanitizer.singleLine).joined(separator: "  ")
            let more = result.candidates.count > 12 ? "  (+\(result.candidates.count - 12))" : ""
            state.message = StatusMessage(LocalizedText(en: shown + more, zh: shown + more), .info)
        }
    }

    static func title(_ prompt: AttachPrompt, _ state: AppState) -> String {
        switch prompt {
        case .file(_, let owner):
            state.t("Attach a file to ", "附加文件到") + AttachWords.owner(owner, state)
        }
    }

    static func labels(_ prompt: AttachPrompt, _ state: AppState) -> [String] {
        [state.t("File", "文件"), state.t("Note", "备注")]
    }

    static func submit(_ prompt: AttachPrompt, _ values: [String], _ state: inout AppState) -> PromptOutcome {
        let path = (values.first ?? "").trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else { return .refused(AttachWords.noPath) }
        guard !path.unicodeScalars.contains(where: TextSanitizer.isUnsafe) else { return .refused(AttachWords.badPath) }
        switch prompt {
        case .file(let siteID, let owner):
            if let refusal = refusal(siteID, owner, state) { return .refused(refusal) }
            let note = values.dropFirst().first ?? ""
            return .done([.attachFile(siteID: siteID, owner: owner, path: path, note: note)])
        }
    }

    /// Records a file the runner copied (or says why it was not), and asks for the save.
    public static func stored(_ state: inout AppState, siteID: String, owner: AttachmentOwner,
                              _ result: Result<Attachment, AttachmentError>) -> [Effect] {
        let attachment: Attachment
        switch result {
        case .failure(let error):
            state.message = StatusMessage(AttachWords.notAttached(error.message), .error)
            return []
        case .success(let stored): attachment = stored
        }
        var added = true
        let effects: [Effect]
        if case .day(let date) = owner {
            effects = AppUpdate.changeDay(siteID, date, &state) { day, site in added = try site.attach(attachment, to: &day) }
        } else {
            let standard = state.standard(for: siteID)
            effects = AppUpdate.change(siteID, &state) { site in added = try site.attach(attachment, to: owner, standard: standard) }
        }
        if effects.isEmpty { return [] }
        state.message = StatusMessage(added ? AttachWords.attached(attachment) : AttachWords.alreadyAttached(attachment), added ? .success : .info)
        return added ? effects : []
    }
}
