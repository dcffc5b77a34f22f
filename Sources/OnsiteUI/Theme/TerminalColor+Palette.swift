/// The xterm palette as RGB, for the contrast check and the 8-colour fallback.
extension TerminalColor {
    /// A basic colour from its fallback name.
    public init(_ basic: BasicFallback) {
        switch basic {
        case .black: self = .black
        case .red: self = .red
        case .green: self = .green
        case .yellow: self = .yellow
        case .blue: self = .blue
        case .magenta: self = .magenta
        case .cyan: self = .cyan
        case .white: self = .white
        }
    }

    /// Red, green, blue (0-255) as xterm shows the colour by default.
    public var rgb: (red: Int, green: Int, blue: Int) {
        switch self {
        case .black: Self.paletteRGB(0)
        case .red: Self.paletteRGB(1)
        case .green: Self.paletteRGB(2)
        case .yellow: Self.paletteRGB(3)
        case .blue: Self.paletteRGB(4)
        case .magenta: Self.paletteRGB(5)
        case .cyan: Self.paletteRGB(6)
        case .white: Self.paletteRGB(7)
        case .indexed(let index, _): Self.paletteRGB(Int(index))
        }
    }

    /// xterm's default RGB for a palette index.
    public static func paletteRGB(_ index: Int) -> (red: Int, green: Int, blue: Int) {
        let system: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        switch index {
        case 0..<16: return system[index]
        case 16..<232:
            let steps = [0, 95, 135, 175, 215, 255]
            let cube = index - 16
            return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
        default:
            let level = 8 + (index - 232) * 10
            return (level, level, level)
        }
    }

    /// The basic colour closest to a palette index (for indexed colours given without a fallback).
    static func nearestBasic(_ index: UInt8) -> BasicFallback {
        let target = paletteRGB(Int(index))
        let basics: [BasicFallback] = [.black, .red, .green, .yellow, .blue, .magenta, .cyan, .white]
        return basics.min { lhs, rhs in
            distance(TerminalColor(lhs).rgb, target) < distance(TerminalColor(rhs).rgb, target)
        } ?? .white
    }

    private static func distance(_ a: (red: Int, green: Int, blue: Int), _ b: (red: Int, green: Int, blue: Int)) -> Int {
        let dr = a.red - b.red, dg = a.green - b.green, db = a.blue - b.blue
        return dr * dr + dg * dg + db * db
    }
}
