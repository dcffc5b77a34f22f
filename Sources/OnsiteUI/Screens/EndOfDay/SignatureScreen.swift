import Foundation
import OnsiteCore

/// The client signs the day's work record: first the gate (briefing and cleanup), then a pad drawn with the mouse
/// or a finger in Braille dots, the typed full name, and the signature with the record's SHA-256, sealed by the device's key.
/// A client who cannot sign is recorded as an exception; they may sign later on the same screen.
enum SignatureScreen {
    /// What the screen offers for a day.
    enum Mode: Equatable {
        /// Signed: the signature is shown as stored, read-only.
        case signed(SignOff)
        /// Not ready: what is missing before the pad is offered.
        case gate([SignOffGap])
        /// The pad (also for a day closed without signature, which can be signed later).
        case pad
    }

    /// Where a day stands on this screen.
    static func mode(_ day: WorkDay, _ state: AppState) -> Mode {
        if let signOff = day.signOff { return .signed(signOff) }
        let gaps = day.signOffGaps(cleanupItems: state.currentStandard.cleanup.map(\.id))
        if day.exception == nil, !gaps.isEmpty { return .gate(gaps) }
        return .pad
    }

    /// Rows above the pad: title, record, the exception (if any), instructions.
    static func headerRows(_ day: WorkDay) -> Int { day.exception == nil ? 3 : 4 }

    /// The pad's frame on screen (absolute cells).
    static func padBox(_ state: AppState, _ day: WorkDay) -> Rect {
        let area = Rect(column: 0, row: 1, width: state.width, height: state.height - 3)
        let top = headerRows(day)
        return Rect(column: area.column + 2, row: area.row + top, width: area.width - 4, height: area.height - top - 1)
    }

    /// The cells the client draws in (inside the frame).
    static func padArea(_ state: AppState, _ day: WorkDay) -> Rect { padBox(state, day).inset(1) }

    /// A key on the signature screen: Enter signs, c/u/r edit the pad, x records that the client cannot sign.
    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .signature(let siteID, let date, var pad) = state.screen else { return [] }
        if action == .back {
            AppUpdate.pop(&state)
            return []
        }
        guard let day = state.day(siteID, date) else { return [] }
        let mode = mode(day, state)
        switch action {
        case .open:
            return signPressed(mode, siteID, date, pad, &state, env)
        case .clearPad, .undoStroke, .redoStroke:
            guard mode == .pad else { return [] }
            switch action {
            case .clearPad: pad.clear()
            case .undoStroke: if !pad.undo() { state.message = StatusMessage(LocalizedText(en: "Nothing to undo.", zh: "没有可撤销的笔画。")) }
            default: if !pad.redo() { state.message = StatusMessage(LocalizedText(en: "Nothing to redo.", zh: "没有可恢复的笔画。")) }
            }
            state.screen = .signature(siteID: siteID, date: date, pad)
        case .withoutSignature:
            askException(mode, day, siteID, date, &state, env)
        default: break
        }
        return []
    }

    /// Enter: signed → the domain's refusal; gate → opens what is missing; pad → checks the pad, then asks for the name.
    private static func signPressed(_ mode: Mode, _ siteID: String, _ date: LocalDate, _ pad: SignaturePadState,
                                    _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        switch mode {
        case .signed:
            // The domain says why (already signed); nothing changes.
            let cleanupIDs = state.currentStandard.cleanup.map(\.id)
            return AppUpdate.changeDay(siteID, date, &state) { day, site in
                try site.signOff(&day, clientName: pad.clientName, signature: pad.signature, at: env.now,
                                 cleanupItems: cleanupIDs, signer: env.signer)
            }
        case .gate(let gaps):
            // The first thing missing, in the day's order: the briefing, then the cleanup.
            if gaps.first == .briefing {
                state.stack.append(.briefing(siteID: siteID, date: date, ListPosition()))
            } else {
                state.stack.append(.cleanup(siteID: siteID, date: date, ListPosition()))
            }
        case .pad:
            if pad.pointCount == 0 {
                state.message = StatusMessage(DayWords.error(.emptySignature, state), .error)
            } else if !pad.signature.isDrawn {
                state.message = StatusMessage(LocalizedText(
                    en: "That is only a dot: the client draws the whole signature on the pad (c clears it).",
                    zh: "这只是一个点:请客户在签名板上写完整的签名(按 c 清空)。"), .error)
            } else {
                state.prompt = PromptState(purpose: .endOfDay(.clientName(date: date)), fields: [TextField(pad.clientName)])
            }
        }
        return []
    }

    /// x: the form for a client who cannot sign; refused at once when the day is signed, closed or not ready.
    private static func askException(_ mode: Mode, _ day: WorkDay, _ siteID: String, _ date: LocalDate, _ state: inout AppState, _ env: AppEnvironment) {
        switch mode {
        case .signed:
            state.message = StatusMessage(DayWords.error(.alreadySigned, state), .error)
        case .gate(let gaps):
            state.message = StatusMessage(DayWords.error(.notReadyToSign(gaps), state), .error)
        case .pad where day.exception != nil:
            state.message = StatusMessage(LocalizedText(
                en: "The day is already closed without signature. The client can still sign here.",
                zh: "这一天已经未签字关闭。客户仍可在此补签。"), .info)
        case .pad:
            state.prompt = PromptState(purpose: .endOfDay(.exception(date: date)),
                                       fields: [TextField(), TextField(), TextField(env.now.clockTime), TextField()])
        }
    }

    /// Submit of the name form: signs the pad's strokes with the name and the hash of the record as it stands.
    /// A refusal keeps the form, the name and the strokes.
    static func sign(name: String, _ siteID: String, _ date: LocalDate, _ state: inout AppState, _ env: AppEnvironment) -> PromptOutcome {
        guard case .signature(let screenSite, let screenDate, var pad) = state.screen, screenSite == siteID, screenDate == date else { return .done([]) }
        pad.clientName = name
        pad.end()
        state.screen = .signature(siteID: siteID, date: date, pad)
        let cleanupIDs = state.currentStandard.cleanup.map(\.id)
        let signature = pad.signature
        let outcome = PromptOutcome.from(AppUpdate.changeDay(siteID, date, &state) { day, site in
            try site.signOff(&day, clientName: name, signature: signature, at: env.now, cleanupItems: cleanupIDs, signer: env.signer)
        }, &state)
        if case .done = outcome, let signed = state.day(siteID, date)?.signOff {
            state.screen = .signature(siteID: siteID, date: date, SignaturePadState())
            let who = TextSanitizer.singleLine(signed.clientName)
            state.message = StatusMessage(LocalizedText(en: "Signed by \(who) at \(signed.signedAt.clockTime). The record is saved.",
                                                        zh: "\(who) 已于 \(signed.signedAt.clockTime) 签字。记录已保存。"), .success)
        }
        return outcome
    }

    /// Submit of the exception form: who consented, how, at what time, why.
    static func closeWithoutSignature(_ values: [String], _ siteID: String, _ date: LocalDate, _ state: inout AppState, _ env: AppEnvironment) -> PromptOutcome {
        func blank(_ index: Int) -> Bool { TextSanitizer.singleLine(values[safe: index] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        if blank(0) {
            return .refused(LocalizedText(en: "Who on the client's side agreed? Type the name.", zh: "客户方由谁同意?请填写姓名。"))
        }
        guard let channel = EndOfDayPrompts.channel(values[safe: 1] ?? "") else {
            return .refused(LocalizedText(en: "How was the consent given? Type in person, phone or message.",
                                          zh: "客户以什么方式同意?请填当面、电话或消息。"))
        }
        if blank(3) {
            return .refused(LocalizedText(en: "Why could the client not sign? Type the reason.", zh: "客户为何无法签字?请填写原因。"))
        }
        let cleanupIDs = state.currentStandard.cleanup.map(\.id)
        let outcome = PromptOutcome.from(AppUpdate.changeDay(siteID, date, &state) { day, _ in
            try day.closeWithoutSignature(consentedBy: values[0], channel: channel, consentTime: values[safe: 2] ?? "", reason: values[3],
                                          at: env.now, cleanupItems: cleanupIDs)
        }, &state)
        if case .done = outcome {
            state.message = StatusMessage(LocalizedText(en: "Closed without signature. The client can still sign here later.",
                                                        zh: "已未签字关闭。客户之后仍可在此补签。"), .success)
        }
        return outcome
    }

    /// Mouse on the pad: a press starts a stroke, drags continue it (gaps filled), a release ends it.
    static func handleMouse(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] {
        guard case .signature(let siteID, let date, var pad) = state.screen, let day = state.day(siteID, date), mode(day, state) == .pad else { return [] }
        switch pad.handle(mouse, in: padArea(state, day)) {
        case .unchanged: return []
        case .started: state.message = state.unsaved.isEmpty ? nil : state.message
        case .changed: break
        }
        state.screen = .signature(siteID: siteID, date: date, pad)
        return []
    }
}
