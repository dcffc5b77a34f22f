import OnsiteUI

extension CursesTerminal {
    /// How the terminal is set up: mouse reporting and the colour theme.
    public struct Options: Sendable {
        /// Whether clicks, drags and the wheel are reported (off for `--no-mouse`).
        public var mouse: Bool
        /// How style roles look; replaced by `Theme.monochrome` on terminals without colour.
        public var theme: Theme

        /// Options with mouse reporting on and the standard theme unless told otherwise.
        public init(mouse: Bool = true, theme: Theme = .standard) {
            self.mouse = mouse
            self.theme = theme
        }
    }
}
