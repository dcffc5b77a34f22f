import OnsiteCore

/// A yes/no question in a box, and its keys.
enum ConfirmView {
    static func question(_ purpose: ConfirmPurpose, _ state: AppState) -> String {
        switch purpose {
        case .removeRule: state.t("Remove this client rule?", "删除这条客户规定?")
        case .removeCustody: state.t("Remove this custody entry?", "删除这条保管责任?")
        case .removeLiaison: state.t("Remove this liaison person?", "删除这位配合人员?")
        case .removeTask: state.t("Remove this task from the briefing?", "从班前会中删除这项任务?")
        case .removeCaution: state.t("Remove this caution of the day?", "删除这条今日注意事项?")
        case .closeSite: state.t("Close the site? It is archived and becomes read-only (still readable).", "关闭该现场?现场将归档并变为只读(仍可查看)。")
        case .quitUnsaved: state.t("Some changes are NOT saved (see the red line). Quit anyway and lose them?", "有修改尚未保存(见红色提示)。仍要退出并丢弃吗?")
        }
    }

    static func render(_ state: AppState, _ purpose: ConfirmPurpose, into grid: inout Grid) {
        let width = min(state.width - 4, 60)
        let rect = Rect(column: (state.width - width) / 2, row: max(1, state.height / 2 - 3), width: width, height: 6)
        grid.fill(column: rect.column, row: rect.row, width: rect.width, height: rect.height, role: .normal)
        grid.box(rect, unicode: state.unicodeLines, role: .warning)
        let inner = rect.inset(2)
        grid.paragraph(question(purpose, state), in: Rect(column: inner.column, row: rect.row + 1, width: inner.width, height: 2), role: .warning)
        grid.put(state.t("y yes · n no", "y 是 · n 否"), column: inner.column, row: rect.bottom - 2, role: .muted)
    }
}

/// Keys while a yes/no question is open.
enum ConfirmInput {
    static func handle(_ key: Key, _ purpose: ConfirmPurpose, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        switch key {
        case .character("y"), .character("Y"):
            state.confirm = nil
            guard let siteID = state.screen.siteID else { return purpose == .quitUnsaved ? [.quit] : [] }
            switch purpose {
            case .removeRule(let id): return AppUpdate.change(siteID, &state) { try $0.removeClientRule(id) }
            case .removeCustody(let id): return AppUpdate.change(siteID, &state) { try $0.removeCustody(id) }
            case .removeLiaison(let id): return AppUpdate.change(siteID, &state) { $0.profile.liaisons.removeAll { $0.id == id } }
            case .removeTask, .removeCaution: return BriefingScreen.confirmed(purpose, &state)
            case .quitUnsaved: return [.quit]
            case .closeSite(let id): return ExitScreen.close(id, &state, env)
            }
        case .character("n"), .character("N"), .escape:
            state.confirm = nil
        default: break
        }
        return []
    }
}
