/// Small charts drawn with block characters (or ASCII on the Linux console): sparklines and horizontal bars.
struct BlockChart {
    let unicode: Bool

    private static let rising: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    private static let risingASCII: [Character] = ["_", ".", ",", ":", "-", "=", "+", "#"]
    private static let partial: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// One character per value, its height scaled to `peak`: the lowest step for zero, the full block for `peak`.
    func sparkline(_ values: [Int], peak: Int) -> String {
        let steps = unicode ? BlockChart.rising : BlockChart.risingASCII
        return String(values.map { value in
            guard peak > 0, value > 0 else { return steps[0] }
            // Rounded to the nearest step; any value above zero is at least the second step, so it never reads as zero.
            let step = (min(value, peak) * (steps.count - 1) + peak / 2) / peak
            return steps[min(steps.count - 1, max(1, step))]
        })
    }

    /// A bar `value / peak` of `width` cells, in eighths of a cell where the terminal can draw them; blank beyond.
    func bar(_ value: Int, peak: Int, width: Int) -> String {
        guard width > 0, peak > 0, value > 0 else { return "" }
        let eighths = max(1, min(value, peak) * width * 8 / peak)
        guard unicode else { return String(repeating: "#", count: max(1, eighths / 8)) }
        var text = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { text.append(BlockChart.partial[eighths % 8 - 1]) }
        return text
    }

    /// A score out of `maximum`, as filled and empty cells ("███░░").
    func score(_ value: Int, of maximum: Int) -> (filled: String, empty: String) {
        let filled = min(max(0, value), maximum)
        return (String(repeating: unicode ? "█" : "#", count: filled), String(repeating: unicode ? "░" : "-", count: maximum - filled))
    }
}
