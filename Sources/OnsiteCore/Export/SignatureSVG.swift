/// A drawn signature as an inline SVG: one polyline per stroke, in the pad's own dot coordinates.
public enum SignatureSVG {
    /// The SVG element (XML-well-formed, no external references), `widthMM` wide and as tall as the pad's shape asks.
    /// `label` is the accessible name (escaped here).
    public static func svg(_ signature: Signature, label: String, widthMM: Double = 80) -> String {
        let width = max(1, signature.width), height = max(1, signature.height)
        let heightMM = widthMM * Double(height) / Double(width)
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"signature\" viewBox=\"0 0 \(width) \(height)\" "
                + "width=\"\(millimetres(widthMM))mm\" height=\"\(millimetres(heightMM))mm\" role=\"img\" aria-label=\"\(ExportEscaping.html(label, lineBreaks: false))\">",
            "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>",
        ]
        for stroke in signature.strokes where !stroke.isEmpty {
            let points = stroke.map { "\(clamp($0.x, width)),\(clamp($0.y, height))" }
            if points.count == 1, let point = stroke.first {
                parts.append("<circle cx=\"\(clamp(point.x, width))\" cy=\"\(clamp(point.y, height))\" r=\"0.6\" fill=\"#0a1f5c\"/>")
            } else {
                parts.append("<polyline fill=\"none\" stroke=\"#0a1f5c\" stroke-width=\"0.9\" stroke-linecap=\"round\" "
                             + "stroke-linejoin=\"round\" points=\"\(points.joined(separator: " "))\"/>")
            }
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// Dots outside the pad are drawn on its edge.
    private static func clamp(_ value: Int, _ limit: Int) -> Int { min(max(0, value), limit) }

    /// One decimal place, without a locale.
    private static func millimetres(_ value: Double) -> String {
        // A hand-edited pad can hold any size: clamp before converting, so no value traps.
        let scaled = (value * 10).rounded()
        let tenths = scaled.isFinite ? Int(min(max(scaled, 0), 1_000_000_000)) : 0
        return "\(tenths / 10).\(tenths % 10)"
    }
}
