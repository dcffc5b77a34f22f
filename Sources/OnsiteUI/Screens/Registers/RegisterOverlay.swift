import OnsiteCore

/// The register prompts that are not forms: pickers (a list to choose from, filtered by typing) and yes/no questions.
/// `PromptInput` and `PromptView` hand them here; ordinary forms stay theirs.
enum RegisterOverlay {
    /// Keys for a picker or a question; nil when the prompt is an ordinary form.
    static func handle(_ key: Key, _ prompt: RegisterPrompt, _ state: inout AppState, _ env: AppEnvironment) -> [Effect]? {
        if case .pick(let pick) = prompt { return RegisterPicker.handle(key, pick, &state, env) }
        guard prompt.isQuestion else { return nil }
        let action = KeyMap.action(for: key, on: .prompt, typing: true)
        if key == .character("y") || key == .character("Y") || action == .open || action == .save {
            let outcome = RegisterPrompts.submit(prompt, [], &state, env)
            if state.prompt?.purpose == .register(prompt) { state.prompt = nil }
            switch outcome {
            case .done(let effects): return effects
            case .refused(let reason):
                state.message = StatusMessage(reason, .error)
                return []
            }
        }
        if key == .character("n") || key == .character("N") || action == .back { state.prompt = nil }
        return []
    }

    /// Draws a picker or a question; false when the prompt is an ordinary form.
    static func render(_ state: AppState, _ prompt: RegisterPrompt, into grid: inout Grid) -> Bool {
        if case .pick(let pick) = prompt {
            RegisterPicker.render(state, pick, into: &grid)
            return true
        }
        guard prompt.isQuestion else { return false }
        let width = min(state.width - 4, 60)
        let rect = Rect(column: (state.width - width) / 2, row: max(1, state.height / 2 - 3), width: width, height: 6)
        grid.fill(column: rect.column, row: rect.row, width: rect.width, height: rect.height, role: .normal)
        grid.box(rect, unicode: state.unicodeLines, role: .warning)
        let inner = rect.inset(2)
        grid.paragraph(RegisterPrompts.title(prompt, state), in: Rect(column: inner.column, row: rect.row + 1, width: inner.width, height: 2), role: .warning)
        grid.put(state.t("y or Enter: yes · n or Esc: no", "y 或回车:是 · n 或 Esc:否"), column: inner.column, row: rect.bottom - 2, role: .muted, maxWidth: inner.width)
        return true
    }
}
