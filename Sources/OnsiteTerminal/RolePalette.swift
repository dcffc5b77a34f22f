import CNcursesw
import OnsiteUI

/// How each style role is drawn: ncurses attributes and one colour pair per
/// role, allocated once at start from the theme.
struct RolePalette {
    /// The ncurses form of one role's style.
    struct Look {
        var attributes: attr_t
        var pair: Int16
    }

    private var looks: [StyleRole: Look] = [:]

    /// Builds the looks; with `colors` false, only attributes are used.
    /// Needs `start_color` (and `use_default_colors`, if `defaultColors`) to have run when `colors` is true.
    init(theme: Theme, colors: Bool, defaultColors: Bool) {
        let colorCount = Int(onsite_colors())
        let pairLimit = Int(onsite_color_pairs())
        var nextPair = 1
        for role in StyleRole.allCases {
            let style = theme.style(for: role)
            var look = Look(attributes: Self.attributes(of: style), pair: 0)
            if colors, style.foreground != nil || style.background != nil, nextPair < pairLimit {
                let foreground = Self.number(of: style.foreground, colorCount: colorCount)
                    ?? (defaultColors ? -1 : Int16(COLOR_WHITE))
                let background = Self.number(of: style.background, colorCount: colorCount)
                    ?? (defaultColors ? -1 : Int16(COLOR_BLACK))
                if init_pair(Int16(nextPair), foreground, background) != onsite_err() {
                    look.pair = Int16(nextPair)
                    nextPair += 1
                }
            }
            looks[role] = look
        }
    }

    /// The look of a role.
    func look(for role: StyleRole) -> Look {
        looks[role] ?? Look(attributes: onsite_a_normal(), pair: 0)
    }

    private static func attributes(of style: TextStyle) -> attr_t {
        var attributes = onsite_a_normal()
        if style.bold { attributes |= onsite_a_bold() }
        if style.reverse { attributes |= onsite_a_reverse() }
        if style.underline { attributes |= onsite_a_underline() }
        if style.dim { attributes |= onsite_a_dim() }
        return attributes
    }

    /// The ncurses colour number; a palette index needs a 256-colour terminal.
    private static func number(of color: TerminalColor?, colorCount: Int) -> Int16? {
        guard let color else { return nil }
        switch color {
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        case .indexed(let index, let fallback):
            return colorCount >= 256 ? Int16(index) : number(of: TerminalColor(fallback), colorCount: colorCount)
        }
    }
}
