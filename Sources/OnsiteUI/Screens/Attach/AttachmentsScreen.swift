import OnsiteCore

/// The files attached to one record: name, size, type and short hash per line; the selected one in full below.
enum AttachmentsScreen {
    /// The files of an owner, as stored (a day's are in its day file).
    static func attachments(_ siteID: String, _ owner: AttachmentOwner, _ state: AppState) -> [Attachment] {
        if case .day(let date) = owner { return state.day(siteID, date)?.dayAttachments ?? [] }
        return state.siteWithHistory(siteID)?.attachments(of: owner) ?? []
    }

    static func handle(_ action: Action?, _ state: inout AppState) -> [Effect] {
        guard case .attachments(let siteID, let owner, var position) = state.screen else { return [] }
        let count = attachments(siteID, owner, state).count
        if RegisterLayout.move(action, &position, count: count, visible: RegisterLayout.listHeight(state)) {
            state.screen = .attachments(siteID: siteID, owner: owner, position)
            return []
        }
        switch action {
        case .back: AppUpdate.pop(&state)
        case .attachFile: AttachActions.openPrompt(siteID, owner, &state)
        default: break
        }
        return []
    }

    static func render(_ state: AppState, _ screen: Screen, into grid: inout Grid, _ area: Rect) {
        guard case .attachments(let siteID, let owner, var position) = screen else { return }
        let files = attachments(siteID, owner, state)
        let x = area.column + 2
        let width = area.width - 4
        let total = files.reduce(Int64(0)) { $0 &+ max(0, $1.size) }
        RegisterLayout.title(state.t("Files of ", "附件:") + AttachWords.owner(owner, state),
                             counts: files.isEmpty ? "" : state.t("\(files.count) · \(Attachment.sizeText(total))", "\(files.count) 个 · \(Attachment.sizeText(total))"),
                             state, into: &grid, area)
        RegisterLayout.hints(KeyMap.bindings.filter { $0.barScreens.contains(.attachments) && $0.action == .attachFile }, state, into: &grid, area)
        guard !files.isEmpty else {
            grid.paragraph(AttachWords.nothing.text(in: state.language),
                           in: Rect(column: x, row: area.row + RegisterLayout.listTop + 1, width: width, height: 3), role: .muted)
            return
        }
        let visible = RegisterLayout.listHeight(state)
        position.clamp(count: files.count, visible: visible)
        let rows = files.map { file in
            [RowPiece(file.name, 0, .normal), RowPiece(Attachment.sizeText(file.size), 9, .muted),
             RowPiece(file.shortHash, 12, .muted), RowPiece(file.attachedAt.shortText, 16, .muted, optional: true)]
        }
        let top = area.row + RegisterLayout.listTop
        for (index, pieces) in RegisterLayout.fitted(rows).enumerated().dropFirst(position.scroll).prefix(visible) {
            RegisterLayout.row(pieces, column: x, row: top + index - position.scroll, width: width, selected: index == position.selection, into: &grid)
        }
        guard let file = files[safe: position.selection] else { return }
        var lines: [(String, StyleRole)] = [
            ("SHA-256 " + file.sha256, .normal),
            (state.t("Type ", "类型 ") + file.mediaType + " · " + state.t("\(file.size) bytes", "\(file.size) 字节"), .muted),
            (state.t("Kept in the site's files/ folder under its SHA-256", "以 SHA-256 为名保存在现场的 files/ 文件夹"), .muted),
        ]
        if let note = file.note { lines.insert((note, .normal), at: 0) }
        RegisterLayout.detail(file.name, lines, state, into: &grid, area)
    }
}
