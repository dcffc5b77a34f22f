import OnsiteCore

/// What a mouse event did to the pad.
enum PadChange {
    case unchanged, started, changed
}

extension SignaturePadState {
    /// A mouse event on a pad drawn in `area` (cells): a press starts a stroke, drags continue it
    /// (gaps filled), a release ends it.
    mutating func handle(_ mouse: MouseEvent, in area: Rect) -> PadChange {
        let width = area.width * 2, height = area.height * 4
        guard width > 0, height > 0 else { return .unchanged }
        let inside = mouse.column >= area.column && mouse.column < area.right && mouse.row >= area.row && mouse.row < area.bottom
        // The cell's dot on the pad as it is now, then in the size the strokes were started at.
        func dot(_ padWidth: Int, _ padHeight: Int) -> SignaturePoint {
            let column = min(max(mouse.column - area.column, 0), area.width - 1)
            let row = min(max(mouse.row - area.row, 0), area.height - 1)
            return SignaturePoint(x: column * 2 * padWidth / width, y: (row * 4 + 1) * padHeight / height)
        }
        let storedWidth = strokes.isEmpty ? width : self.width
        let storedHeight = strokes.isEmpty ? height : self.height
        switch mouse.kind {
        case .drag where drawing:
            extend(to: dot(storedWidth, storedHeight))
        case .press, .drag:
            // A press always starts a new stroke; a drag without a press (a terminal that lost it) starts one too.
            guard inside else { return .unchanged }
            end()
            begin(at: dot(storedWidth, storedHeight), padWidth: storedWidth, padHeight: storedHeight)
            return .started
        case .release:
            guard drawing else { return .unchanged }
            if inside { extend(to: dot(storedWidth, storedHeight)) }
            end()
        case .wheelUp, .wheelDown:
            return .unchanged
        }
        return .changed
    }
}
