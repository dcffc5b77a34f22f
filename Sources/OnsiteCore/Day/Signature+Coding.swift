import Foundation

/// A signature is stored with each stroke as one text of its dots, `"12,3 13,4 14,4"`: a signature of a few
/// hundred dots as objects was the largest part of a signed day's file, and decoding a JSON object per dot cost
/// more than the rest of the day. Files written before read as they are (strokes as lists of `{"x":…,"y":…}`).
extension Signature: Codable {
    private enum CodingKeys: String, CodingKey {
        case width, height, strokes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        width = try container.decode(Int.self, forKey: .width)
        height = try container.decode(Int.self, forKey: .height)
        if let texts = try? container.decode([String].self, forKey: .strokes) {
            strokes = try texts.map { text in
                guard let stroke = Signature.stroke(fromText: text) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .strokes, in: container, debugDescription: "a stroke is not dots written as x,y separated by spaces: \(text.prefix(40))")
                }
                return stroke
            }
        } else {
            strokes = try container.decode([[SignaturePoint]].self, forKey: .strokes)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(width, forKey: .width)
        try container.encode(height, forKey: .height)
        try container.encode(strokes.map(Signature.text(of:)), forKey: .strokes)
    }

    /// A stroke as stored: its dots as `x,y`, separated by one space.
    static func text(of stroke: [SignaturePoint]) -> String {
        stroke.map { "\($0.x),\($0.y)" }.joined(separator: " ")
    }

    /// The dots of a stored stroke, or nil when the text is not dots as `text(of:)` writes them.
    static func stroke(fromText text: String) -> [SignaturePoint]? {
        var bytes = text.utf8[...]
        var stroke: [SignaturePoint] = []
        while !bytes.isEmpty {
            if !stroke.isEmpty {
                guard bytes.first == UInt8(ascii: " ") else { return nil }
                bytes = bytes.dropFirst()
            }
            guard let x = integer(&bytes), bytes.popFirst() == UInt8(ascii: ","), let y = integer(&bytes) else { return nil }
            stroke.append(SignaturePoint(x: x, y: y))
        }
        return stroke
    }

    /// Reads an optionally negative whole number of at most 9 digits from the front of `bytes`.
    private static func integer(_ bytes: inout Substring.UTF8View) -> Int? {
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        var value = 0, digits = 0
        while let byte = bytes.first, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            guard digits < 9 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
            bytes = bytes.dropFirst()
        }
        guard digits > 0 else { return nil }
        return negative ? -value : value
    }

    /// The strokes' canonical JSON, as a seal hashes it: keys sorted, no whitespace, each dot an object
    /// (`{"height":16,"strokes":[[{"x":1,"y":2}]],"width":40}`). Written out here because this is the form
    /// seals made before the stored form changed were taken of; a test holds it equal to `JSONEncoder`'s.
    var canonicalJSON: Data {
        var text = "{\"height\":\(height),\"strokes\":["
        for (index, stroke) in strokes.enumerated() {
            text += index == 0 ? "[" : ",["
            for (dot, point) in stroke.enumerated() {
                text += dot == 0 ? "{\"x\":" : ",{\"x\":"
                text += "\(point.x),\"y\":\(point.y)}"
            }
            text += "]"
        }
        text += "],\"width\":\(width)}"
        return Data(text.utf8)
    }
}
