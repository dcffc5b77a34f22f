import OnsiteCore

extension ArrivalItemScreen {
    static func render(_ state: AppState, _ siteID: String, _ itemID: String, _ position: ListPosition, into grid: inout Grid, _ area: Rect) {
        guard let site = state.site(siteID), let item = state.currentStandard.arrivalItem(itemID) else { return }
        let x = area.column + 2
        let width = area.width - 4
        grid.put(item.title.text(in: state.language), column: x, row: area.row, role: .title, maxWidth: width)
        if let help = item.help {
            grid.paragraph(help.text(in: state.language), in: Rect(column: x, row: area.row + 1, width: width, height: 2), role: .muted)
        }
        let gaps = site.gaps(for: item)
        if !gaps.isEmpty, site.arrival.record(for: item.id).state != .notApplicable {
            let text = state.t("Needs: ", "还需要:") + gaps.map { Messages.gap($0, state).text(in: state.language) }.joined(separator: "; ")
            grid.paragraph(text, in: Rect(column: x, row: area.row + 3, width: width, height: 2), role: .warning)
        }
        let list = entries(site, item)
        let top = area.row + headerHeight
        let visible = area.bottom - top
        for (index, entry) in list.enumerated().dropFirst(position.scroll).prefix(visible) {
            let y = top + index - position.scroll
            let (text, role) = line(entry, site, item, state)
            grid.listRow(" " + text, column: x, row: y, width: width, selected: index == position.selection, role: role)
        }
    }

    private static func line(_ entry: Entry, _ site: Site, _ item: ChecklistItemDefinition, _ state: AppState) -> (String, StyleRole) {
        let symbols = Symbols(unicode: state.unicodeLines)
        let record = site.arrival.record(for: item.id)
        let clean = TextSanitizer.singleLine
        switch entry {
        case .status:
            let mark = symbols.mark(record.state, resolved: site.isResolved(item))
            let who = [record.by, record.at?.shortText].compactMap { $0 }.joined(separator: ", ")
            switch record.state {
            case .open: return ("\(mark) " + state.t("Open — Space marks it done", "未完成 — 按空格标记完成"), .normal)
            case .done: return ("\(mark) " + state.t("Done", "已完成") + (who.isEmpty ? "" : " — " + who), site.isResolved(item) ? .success : .warning)
            case .notApplicable:
                return ("\(mark) " + state.t("Not applicable: ", "不适用:") + clean(record.reason) + (who.isEmpty ? "" : " — " + who), .accent)
            }
        case .note:
            return (state.t("Note: ", "备注:") + (record.note.isEmpty ? state.t("(none — Enter to write one)", "(无 — 按回车填写)") : clean(record.note)),
                    record.note.isEmpty ? .muted : .normal)
        case .files:
            return (AttachWords.summary(record.attachments ?? [], state), .normal)
        case .written:
            return ((site.arrival.rulesInWriting ? symbols.mark(.done, resolved: true) : "[ ]") + " " + state.t("The client gave the rules in writing", "客户提供了书面规定"), .normal)
        case .rule(let rule):
            return ("\(symbols.bullet) " + clean(rule.text), .normal)
        case .addRule: return ("+ " + state.t("Add a client rule", "添加一条客户规定"), .accent)
        case .crew(let member):
            if let ack = site.arrival.acknowledgment(of: member.id), site.arrival.hasAcknowledgedCurrentRules(member.id) {
                return (symbols.mark(.done, resolved: true) + " " + clean(member.name) + state.t(" — told ", " — 已传达 ") + ack.at.shortText, .success)
            }
            let stale = site.arrival.acknowledgment(of: member.id) != nil
            return ("[ ] " + clean(member.name) + (stale ? state.t(" — told before the newest rule; tell again", " — 新规定之前传达的,需重新传达") : state.t(" — not told yet", " — 尚未传达")), stale ? .warning : .normal)
        case .workArea:
            return (state.t("Work area: ", "工作地点:") + (site.arrival.workArea.isEmpty ? state.t("(not set)", "(未确定)") : clean(site.arrival.workArea)), .normal)
        case .storageArea:
            return (state.t("Storage area: ", "放置区域:") + (site.arrival.storageArea.isEmpty ? state.t("(not set)", "(未确定)") : clean(site.arrival.storageArea)), .normal)
        case .custody(let custody):
            return ("\(symbols.bullet) " + clean(custody.items) + state.t(" — kept by ", " — 保管人 ") + clean(custody.responsible), .normal)
        case .addCustody: return ("+ " + state.t("Add who keeps what", "添加保管责任"), .accent)
        case .liaison(let liaison):
            let duties = liaison.role.isEmpty ? state.t("(duties not recorded)", "(未记录职责)") : clean(liaison.role)
            return ("\(symbols.bullet) " + clean(liaison.name) + " — " + duties + (liaison.phone.isEmpty ? "" : " · " + clean(liaison.phone)), liaison.role.isEmpty ? .warning : .normal)
        case .addLiaison: return ("+ " + state.t("Add a liaison person", "添加配合人员"), .accent)
        }
    }
}
