import OnsiteCore

extension SignatureScreen {
    /// The title with the day's state, then the gate, the pad, or the signature as signed.
    static func render(_ state: AppState, _ screen: Screen, into grid: inout Grid, _ area: Rect) {
        guard case .signature(let siteID, let date, let pad) = screen, let site = state.site(siteID) else { return }
        let x = area.column + 2
        let width = area.width - 4
        let title = state.t("Client's signature", "客户签字") + " · " + date.isoText
        let used = grid.put(title, column: x, row: area.row, role: .title, maxWidth: width)
        guard let day = state.day(siteID, date) else {
            grid.put(state.t("This day has no record yet: start it from the day screen.", "这一天还没有记录:请在当天界面开始工作。"),
                     column: x, row: area.row + 2, role: .muted, maxWidth: width)
            return
        }
        let mode = mode(day, state)
        let stateWord = "  " + DayWords.state(day.state).text(in: state.language)
        let stateWidth = grid.put(stateWord, column: x + used, row: area.row, role: DayWords.role(day.state), maxWidth: max(0, width - used))
        if mode == .pad {
            // The record the client signs, by its hash, at the right of the title when there is room.
            let hash = state.t("Record ", "记录 ") + String(site.record(of: day).sha256.prefix(16))
            let hashWidth = TextWidth.cells(of: hash)
            if used + stateWidth + 2 + hashWidth <= width { grid.put(hash, column: x + width - hashWidth, row: area.row, role: .muted) }
        }
        switch mode {
        case .gate(let gaps):
            renderGate(state, gaps, into: &grid, Rect(column: x, row: area.row + 1, width: width, height: area.height - 1))
        case .signed(let signOff):
            renderSigned(state, day, signOff, into: &grid, Rect(column: x, row: area.row + 1, width: width, height: area.height - 1))
        case .pad:
            renderPad(state, site, day, pad, into: &grid, Rect(column: x, row: area.row + 1, width: width, height: area.height - 1))
        }
    }

    /// What is missing before the client can sign, item by item.
    private static func renderGate(_ state: AppState, _ gaps: [SignOffGap], into grid: inout Grid, _ rect: Rect) {
        let symbols = Symbols(unicode: state.unicodeLines)
        var lines: [(String, StyleRole)] = [(state.t("Before the client can sign, finish:", "客户签字之前,请先完成:"), .heading)]
        for gap in gaps {
            lines.append(("  " + symbols.bullet + " " + DayWords.gap(gap, state).text(in: state.language), .warning))
            if case .cleanup(let ids) = gap {
                for id in ids {
                    let name = state.currentStandard.cleanupItem(id)?.title.text(in: state.language) ?? id
                    lines.append(("      " + symbols.mark(.open, resolved: false) + " " + name, .normal))
                }
            }
        }
        let footer = state.t("Enter opens the first of these. Recording that the client cannot sign (x) needs them done too.",
                             "按回车打开第一项。记录客户无法签字(x)同样需要先完成这些。")
        let footerLines = TextWidth.wrap(footer, width: rect.width)
        let room = max(1, rect.height - footerLines.count - 1)
        var shown = Array(lines.prefix(room))
        if lines.count > room {
            shown.removeLast()
            shown.append((state.t("      … and \(lines.count - room + 1) more", "      …… 另有\(lines.count - room + 1)项"), .muted))
        }
        for (index, line) in shown.enumerated() {
            grid.put(line.0, column: rect.column, row: rect.row + index, role: line.1, maxWidth: rect.width)
        }
        grid.paragraph(footer, in: Rect(column: rect.column, row: rect.row + shown.count + 1, width: rect.width, height: footerLines.count), role: .muted)
    }

    /// A signed day: who signed and when, the record's hash, and the signature drawn back from its strokes.
    private static func renderSigned(_ state: AppState, _ day: WorkDay, _ signOff: SignOff, into grid: inout Grid, _ rect: Rect) {
        // A very long name is cut so the time always shows.
        let who = TextWidth.truncate(TextSanitizer.singleLine(signOff.clientName), to: max(8, rect.width - 32))
        let when = signOff.signedAt.localDate == day.date ? signOff.signedAt.clockTime : signOff.signedAt.shortText
        grid.put(state.t("Signed by \(who) at \(when)", "\(who) 于 \(when) 签字"), column: rect.column, row: rect.row, role: .success, maxWidth: rect.width)
        if state.isTampered(day) {
            grid.put(DayWords.tampered.text(in: state.language), column: rect.column, row: rect.row + 1, role: .error, maxWidth: rect.width)
        } else {
            grid.put(state.t("Record SHA-256 ", "记录 SHA-256 ") + String(signOff.recordHash.prefix(16)) + state.t(" · kept exactly as signed", " · 按签字时原样保存"),
                     column: rect.column, row: rect.row + 1, role: .muted, maxWidth: rect.width)
        }
        if let exception = day.exception {
            grid.put(TextWidth.truncate(exceptionLine(exception, state, earlier: true), to: rect.width), column: rect.column, row: rect.row + 2, role: .warning)
        }
        let box = padBox(state, day)
        grid.box(box, unicode: state.unicodeLines, title: state.t("Signature", "签名"))
        drawStrokes(signOff.signature.strokes, width: signOff.signature.width, height: signOff.signature.height, state, into: &grid, box.inset(1))
        grid.put(TextWidth.truncate(state.t("Corrections go in as amendments (m on the day screen).", "更正请添加补充说明(在当天界面按 m)。"), to: rect.width),
                 column: rect.column, row: box.bottom, role: .muted)
    }

    /// The pad: what is signed, the exception if the day was closed without signature, the drawing so far.
    private static func renderPad(_ state: AppState, _ site: Site, _ day: WorkDay, _ pad: SignaturePadState, into grid: inout Grid, _ rect: Rect) {
        let record = site.record(of: day)
        func count(_ number: Int, _ one: String, _ many: String) -> String { "\(number) " + (number == 1 ? one : many) }
        var parts = [state.t(count(record.log.count, "log entry", "log entries"), "工作记录\(record.log.count)条")]
        if !record.problems.isEmpty { parts.append(state.t(count(record.problems.count, "new problem", "new problems"), "新问题\(record.problems.count)个")) }
        if !record.extraWork.isEmpty { parts.append(state.t(count(record.extraWork.count, "extra job", "extra jobs"), "追加工作\(record.extraWork.count)项")) }
        if !record.scheduleChanges.isEmpty {
            parts.append(state.t(count(record.scheduleChanges.count, "schedule change", "schedule changes"), "工期变更\(record.scheduleChanges.count)项"))
        }
        grid.put(TextWidth.truncate(state.t("Signs for: ", "签字内容:") + parts.joined(separator: state.t(", ", "、")), to: rect.width),
                 column: rect.column, row: rect.row, role: .muted)
        var row = rect.row + 1
        if let exception = day.exception {
            grid.put(TextWidth.truncate(exceptionLine(exception, state, earlier: false), to: rect.width), column: rect.column, row: row, role: .warning)
            row += 1
        }
        let box = padBox(state, day)
        if state.mouseEnabled {
            let text = day.exception == nil
                ? state.t("Sign in the box with the mouse or a finger, then Enter to type the name.", "请用鼠标或手指在框内签名,然后按回车输入姓名。")
                : state.t("Signing later: draw in the box with the mouse or a finger, then Enter.", "补签:请用鼠标或手指在框内签名,然后按回车。")
            grid.put(TextWidth.truncate(text, to: rect.width), column: rect.column, row: row, role: .accent)
        } else {
            grid.put(state.t("The pad needs a mouse or a touchscreen, and the mouse is off (--no-mouse).", "签名板需要鼠标或触摸屏,但鼠标已关闭(--no-mouse)。"),
                     column: rect.column, row: row, role: .warning, maxWidth: rect.width)
        }
        grid.box(box, unicode: state.unicodeLines, title: state.t("Signature", "签名"))
        let inner = box.inset(1)
        if !state.mouseEnabled && pad.strokes.isEmpty {
            grid.paragraph(state.t("Start Onsite without --no-mouse to use the pad. If the client cannot sign today, record who consented, how, when and why: press x.",
                                   "请不带 --no-mouse 重新启动 Onsite 以使用签名板。如客户今天无法签字,请按 x 记录同意人、方式、时间和原因。"),
                           in: Rect(column: inner.column + 1, row: inner.row, width: inner.width - 2, height: inner.height), role: .muted)
        } else {
            drawStrokes(pad.strokes, width: pad.width, height: pad.height, state, into: &grid, inner)
        }
        var status = pad.strokes.isEmpty ? state.t("The pad is empty.", "签名板为空。")
            : state.t("\(pad.strokes.count) stroke(s), \(pad.pointCount) dots.", "\(pad.strokes.count)笔,\(pad.pointCount)个点。")
        if !pad.clientName.isEmpty { status += state.t(" Name: ", " 姓名:") + TextSanitizer.singleLine(pad.clientName) }
        grid.put(status, column: rect.column, row: box.bottom, role: .muted, maxWidth: rect.width)
    }

    /// One line about a day closed without signature.
    private static func exceptionLine(_ exception: SignOffException, _ state: AppState, earlier: Bool) -> String {
        let who = TextSanitizer.singleLine(exception.consentedBy)
        let how = EndOfDayPrompts.channelName(exception.channel, state)
        let why = TextSanitizer.singleLine(exception.reason)
        let head = earlier ? state.t("Earlier closed without signature: ", "此前未签字关闭:") : state.t("Closed without signature: ", "未签字关闭:")
        return head + state.t("\(who) agreed \(how) at \(exception.consentTime) — \(why)", "\(who) \(exception.consentTime) \(how)同意 —— \(why)")
    }

    /// Strokes (in dots of a pad of `width` × `height`) drawn into a rectangle of cells.
    static func drawStrokes(_ strokes: [[SignaturePoint]], width: Int, height: Int, _ state: AppState, into grid: inout Grid, _ rect: Rect) {
        guard rect.width > 0, rect.height > 0, !strokes.isEmpty else { return }
        var canvas = DotCanvas(columns: rect.width, rows: rect.height)
        canvas.draw(strokes, sourceWidth: width, sourceHeight: height)
        for (index, line) in canvas.rows(unicode: state.unicodeLines).enumerated() {
            grid.put(line, column: rect.column, row: rect.row + index, role: .normal)
        }
    }
}
