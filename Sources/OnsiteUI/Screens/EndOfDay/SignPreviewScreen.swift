import Foundation
import OnsiteCore

/// What the client signs, before the pad: the day's `DayRecord` laid out line by line with its SHA-256, scrollable.
/// Enter goes on to the pad, which remembers the hash the client read and refuses to sign a record that changed since.
/// On a signed day it shows the record as it was signed (the canonical text kept with the sign-off).
enum SignPreviewScreen {
    /// Rows above the document: title, full hash, what to do.
    static let listTop = 3

    /// Rows the document has on screen.
    static func visibleRows(_ state: AppState) -> Int { max(1, state.height - 3 - listTop) }

    /// The record shown: the one kept with the sign-off on a signed day, otherwise the record as it would be signed now
    /// (`Site.record(of:)`, the very value `Site.signOff` hashes).
    static func record(_ state: AppState, _ siteID: String, _ date: LocalDate) -> DayRecord? {
        guard let site = state.site(siteID), let day = state.day(siteID, date) else { return nil }
        if let signOff = day.signOff {
            return try? JSONDecoder().decode(DayRecord.self, from: Data(signOff.record.utf8))
        }
        return site.record(of: day)
    }

    /// The document for the state's width.
    static func document(_ state: AppState, _ siteID: String, _ date: LocalDate) -> SignPreviewDocument? {
        guard let site = state.site(siteID), let record = record(state, siteID, date) else { return nil }
        return SignPreviewDocument(record, crew: site.profile.crew, standard: state.standard(for: siteID), state, width: state.width - 4)
    }

    /// Opens the preview of a day on top of the stack.
    static func open(_ siteID: String, _ date: LocalDate, _ state: inout AppState) {
        state.stack.append(.signPreview(siteID: siteID, date: date, ListPosition()))
    }

    /// A key on the preview: scroll line by line or by page, Enter on to the pad, Esc back.
    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        guard case .signPreview(let siteID, let date, var position) = state.screen else { return [] }
        if action == .back {
            AppUpdate.pop(&state)
            return []
        }
        guard let document = document(state, siteID, date) else { return [] }
        let visible = visibleRows(state)
        let bottom = max(0, document.lines.count - visible)
        if position.scrollText(action, visible: visible, bottom: bottom) {
            state.screen = .signPreview(siteID: siteID, date: date, position)
            return []
        }
        switch action {
        case .open:
            toPad(siteID, date, hash: document.hash, &state)
            return []
        default: break
        }
        position.scroll = min(max(0, position.scroll), bottom)
        state.screen = .signPreview(siteID: siteID, date: date, position)
        return []
    }

    /// Enter: back to the pad it was opened from, or on to a new pad; either way the pad keeps the hash the client read.
    private static func toPad(_ siteID: String, _ date: LocalDate, hash: String, _ state: inout AppState) {
        if state.day(siteID, date)?.signOff != nil {
            state.message = StatusMessage(LocalizedText(en: "This day is signed: this is the record as the client signed it.",
                                                        zh: "这一天已签字:以上为客户签字时的记录。"))
            return
        }
        state.stack.removeLast()
        if case .signature(let padSite, let padDate, var pad) = state.screen, padSite == siteID, padDate == date {
            pad.previewedHash = hash
            state.screen = .signature(siteID: siteID, date: date, pad)
        } else {
            state.stack.append(.signature(siteID: siteID, date: date, SignaturePadState(previewedHash: hash)))
        }
    }

    /// The title with the short hash, the full hash, and the window of the document.
    static func render(_ state: AppState, _ screen: Screen, into grid: inout Grid, _ area: Rect) {
        guard case .signPreview(let siteID, let date, let position) = screen else { return }
        let x = area.column + 2
        let width = area.width - 4
        let title = state.t("What the client signs", "客户签字的内容") + " · " + date.isoText
        guard let document = document(state, siteID, date), let day = state.day(siteID, date) else {
            grid.put(title, column: x, row: area.row, role: .title, maxWidth: width)
            // A sign-off made before the record's text was kept with it has nothing to show but its hash.
            let text = state.day(siteID, date)?.signOff.map { signOff in
                state.t("This sign-off does not keep the record's text; its SHA-256 is \(signOff.recordHash).",
                        "此签字未保存记录原文;其 SHA-256 为 \(signOff.recordHash)。")
            } ?? state.t("This day has no record to sign yet.", "这一天还没有可签字的记录。")
            grid.paragraph(text, in: Rect(column: x, row: area.row + listTop, width: width, height: max(0, area.height - listTop)), role: .muted)
            return
        }
        let short = "SHA-256 " + String(document.hash.prefix(12))
        let used = grid.put(title, column: x, row: area.row, role: .title, maxWidth: width)
        if used + 2 + TextWidth.cells(of: short) <= width {
            grid.put(short, column: x + width - TextWidth.cells(of: short), row: area.row, role: .accent)
        }
        let status: String
        let role: StyleRole
        if day.signOff != nil {
            status = state.isTampered(day) ? DayWords.tampered.text(in: state.language) : state.t("Signed: the record as it was signed.", "已签字:签字时的记录。")
            role = state.isTampered(day) ? .error : .success
        } else {
            status = state.t("The client reads it all, then Enter: the pad.", "请客户读完全部内容,然后按回车签字。")
            role = .muted
        }
        // The full hash on a line of its own (cut only on a terminal too narrow for it; the document ends with it in groups).
        grid.put("SHA-256 " + document.hash, column: x, row: area.row + 1, role: .accent, maxWidth: width)
        grid.put(status, column: x, row: area.row + 2, role: role, maxWidth: width)
        let visible = max(0, area.height - listTop)
        for (offset, line) in document.lines.dropFirst(position.scroll).prefix(visible).enumerated() {
            grid.put(line.text, column: x, row: area.row + listTop + offset, role: line.role, maxWidth: width)
        }
        // Where the window stands in a longer document.
        if document.lines.count > visible, visible > 1 {
            let arrows = state.unicodeLines ? ("▲", "▼") : ("^", "v")
            if position.scroll > 0 { grid.put(arrows.0, column: area.right - 1, row: area.row + listTop, role: .muted) }
            if position.scroll + visible < document.lines.count { grid.put(arrows.1, column: area.right - 1, row: area.bottom - 1, role: .muted) }
        }
    }
}
