import Foundation
import OnsiteCore

/// The client signs the delivery report or confirms the site restored: the same pad, typed name and seal
/// as the day's sign-off. A signed document shows its signature as stored.
enum ExitSignatureScreen {
    /// The stored signature of a document, if signed.
    static func signed(_ kind: ExitDocumentKind, _ site: Site) -> SignOff? {
        kind == .delivery ? site.exit.delivery : site.exit.restoration
    }

    /// The document as it stands (what the client signs now).
    static func document(_ kind: ExitDocumentKind, _ site: Site) -> ExitDocument {
        kind == .delivery ? .delivery(of: site) : .restoration(of: site)
    }

    /// Rows above the pad: title, what is signed, instructions.
    static let headerRows = 3

    /// The pad's frame on screen (absolute cells).
    static func padBox(_ state: AppState) -> Rect {
        Rect(column: 2, row: 1 + headerRows, width: state.width - 4, height: state.height - 3 - headerRows - 1)
    }

    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .exitSignature(let siteID, let kind, var pad) = state.screen, let site = state.site(siteID) else { return [] }
        if action == .back {
            AppUpdate.pop(&state)
            return []
        }
        let isSigned = signed(kind, site) != nil
        switch action {
        case .open:
            if isSigned {
                state.message = StatusMessage(ExitWords.error(.alreadySigned, state), .error)
            } else if !pad.signature.isDrawn {
                state.message = StatusMessage(ExitWords.error(.emptySignature, state), .error)
            } else {
                state.prompt = PromptState(purpose: .exit(.clientName(kind)), fields: [TextField(pad.clientName)])
            }
        case .clearPad where !isSigned: pad.clear()
        case .undoStroke where !isSigned: _ = pad.undo()
        case .redoStroke where !isSigned: _ = pad.redo()
        default: return []
        }
        if !isSigned { state.screen = .exitSignature(siteID: siteID, document: kind, pad) }
        return []
    }

    /// Submit of the name form: signs and seals the document as it stands; a refusal keeps the name and the strokes.
    static func sign(_ kind: ExitDocumentKind, name: String, _ siteID: String, _ state: inout AppState, _ env: AppEnvironment) -> PromptOutcome {
        guard case .exitSignature(let screenSite, let screenKind, var pad) = state.screen, screenSite == siteID, screenKind == kind else { return .done([]) }
        pad.clientName = name
        pad.end()
        state.screen = .exitSignature(siteID: siteID, document: kind, pad)
        let signature = pad.signature
        let outcome = PromptOutcome.from(AppUpdate.change(siteID, &state) { site in
            switch kind {
            case .delivery: try site.signDelivery(clientName: name, signature: signature, at: env.now, signer: env.signer)
            case .restoration: try site.signRestoration(clientName: name, signature: signature, at: env.now, signer: env.signer)
            }
        }, &state)
        if case .done = outcome, let site = state.site(siteID), let signOff = signed(kind, site) {
            state.screen = .exitSignature(siteID: siteID, document: kind, SignaturePadState())
            let who = TextSanitizer.singleLine(signOff.clientName)
            state.message = StatusMessage(LocalizedText(en: "Signed by \(who) at \(signOff.signedAt.clockTime). The record is saved and sealed.",
                                                        zh: "\(who) 已于 \(signOff.signedAt.clockTime) 签字。记录已保存并封存。"), .success)
        }
        return outcome
    }

    static func handleMouse(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] {
        guard case .exitSignature(let siteID, let kind, var pad) = state.screen, let site = state.site(siteID), signed(kind, site) == nil else { return [] }
        switch pad.handle(mouse, in: padBox(state).inset(1)) {
        case .unchanged: return []
        case .started: state.message = state.unsaved.isEmpty ? nil : state.message
        case .changed: break
        }
        state.screen = .exitSignature(siteID: siteID, document: kind, pad)
        return []
    }

    static func render(_ state: AppState, _ siteID: String, _ kind: ExitDocumentKind, _ pad: SignaturePadState, into grid: inout Grid, _ area: Rect) {
        guard let site = state.site(siteID) else { return }
        let x = area.column + 2
        let width = area.width - 4
        let title = kind == .delivery ? state.t("Delivery report: the client signs", "交付报告:客户签字") : state.t("Site restored: the client confirms", "现场恢复:客户确认")
        grid.put(title, column: x, row: area.row, role: .title, maxWidth: width)
        let box = padBox(state)
        if let signOff = signed(kind, site) {
            let who = TextSanitizer.singleLine(signOff.clientName)
            grid.put(state.t("Signed by \(who) at \(signOff.signedAt.shortText)", "\(who) 于 \(signOff.signedAt.shortText) 签字"),
                     column: x, row: area.row + 1, role: .success, maxWidth: width)
            let intact = signOff.sealCheck(type: document(kind, site).type, recordID: SealPayload.recordID(siteID: siteID, type: document(kind, site).type))
            let line = intact.isTampered ? DayWords.tampered.text(in: state.language)
                : state.t("Record SHA-256 ", "记录 SHA-256 ") + String(signOff.recordHash.prefix(16)) + state.t(" · kept exactly as signed", " · 按签字时原样保存")
            grid.put(line, column: x, row: area.row + 2, role: intact.isTampered ? .error : .muted, maxWidth: width)
            grid.box(box, unicode: state.unicodeLines, title: state.t("Signature", "签名"))
            SignatureScreen.drawStrokes(signOff.signature.strokes, width: signOff.signature.width, height: signOff.signature.height, state, into: &grid, box.inset(1))
            return
        }
        let document = document(kind, site)
        let what = kind == .delivery
            ? state.t("Signs for: formal acceptance, \(site.exit.handover.count) item(s) handed over", "签字内容:正式验收,移交\(site.exit.handover.count)项")
            : state.t("Signs for: ", "签字内容:") + TextSanitizer.singleLine(site.exit.restorationRequest)
        let hash = state.t(" · record ", " · 记录 ") + String(StandardLoader.sha256(of: Data(document.canonicalText.utf8)).prefix(16))
        grid.put(TextWidth.truncate(what, to: max(0, width - TextWidth.cells(of: hash))) + hash, column: x, row: area.row + 1, role: .muted, maxWidth: width)
        let help = state.mouseEnabled ? state.t("Sign in the box with the mouse or a finger, then Enter to type the name.", "请用鼠标或手指在框内签名,然后按回车输入姓名。")
            : state.t("The pad needs a mouse or a touchscreen, and the mouse is off (--no-mouse).", "签名板需要鼠标或触摸屏,但鼠标已关闭(--no-mouse)。")
        grid.put(help, column: x, row: area.row + 2, role: state.mouseEnabled ? .accent : .warning, maxWidth: width)
        grid.box(box, unicode: state.unicodeLines, title: state.t("Signature", "签名"))
        SignatureScreen.drawStrokes(pad.strokes, width: pad.width, height: pad.height, state, into: &grid, box.inset(1))
        let status = pad.strokes.isEmpty ? state.t("The pad is empty.", "签名板为空。")
            : state.t("\(pad.strokes.count) stroke(s), \(pad.pointCount) dots.", "\(pad.strokes.count)笔,\(pad.pointCount)个点。")
        grid.put(status, column: x, row: box.bottom, role: .muted, maxWidth: width)
    }
}
