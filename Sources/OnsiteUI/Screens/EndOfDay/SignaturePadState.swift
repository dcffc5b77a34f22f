import OnsiteCore

/// The signature pad on screen: strokes drawn so far, and what "redo" can bring back.
public struct SignaturePadState: Codable, Hashable, Sendable {
    public var strokes: [[SignaturePoint]]
    /// Strokes taken back with "undo", for "redo".
    public var undone: [[SignaturePoint]]
    /// Size in dots of the pad the strokes are drawn on (set when the first stroke starts).
    public var width: Int
    public var height: Int
    /// Whether a stroke is being drawn (the button is held or the finger is down).
    public var drawing: Bool
    /// The client's full name as last typed, kept when signing was refused.
    public var clientName: String
    /// SHA-256 of the record the client read on the preview before this pad; signing refuses a record that changed since.
    public var previewedHash: String?

    public init(strokes: [[SignaturePoint]] = [], undone: [[SignaturePoint]] = [], width: Int = 0, height: Int = 0,
                drawing: Bool = false, clientName: String = "", previewedHash: String? = nil) {
        self.previewedHash = previewedHash
        self.strokes = strokes
        self.undone = undone
        self.width = width
        self.height = height
        self.drawing = drawing
        self.clientName = clientName
    }

    private enum CodingKeys: String, CodingKey { case strokes, undone, width, height, drawing, clientName, previewedHash }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        strokes = try container.decodeIfPresent([[SignaturePoint]].self, forKey: .strokes) ?? []
        undone = try container.decodeIfPresent([[SignaturePoint]].self, forKey: .undone) ?? []
        width = try container.decodeIfPresent(Int.self, forKey: .width) ?? 0
        height = try container.decodeIfPresent(Int.self, forKey: .height) ?? 0
        // A restored session never has the button held.
        drawing = false
        clientName = try container.decodeIfPresent(String.self, forKey: .clientName) ?? ""
        previewedHash = try container.decodeIfPresent(String.self, forKey: .previewedHash)
    }

    /// The drawn signature, in dots of the pad.
    public var signature: Signature { Signature(width: width, height: height, strokes: strokes) }

    /// Dots in all strokes.
    public var pointCount: Int { signature.pointCount }

    /// Starts a stroke at a dot; a pad with nothing on it takes the size it is drawn at now.
    public mutating func begin(at point: SignaturePoint, padWidth: Int, padHeight: Int) {
        if strokes.isEmpty {
            width = padWidth
            height = padHeight
        }
        strokes.append([point])
        undone = []
        drawing = true
    }

    /// Continues the stroke to a dot, filling the dots in between so a fast move leaves no gap.
    public mutating func extend(to point: SignaturePoint) {
        guard drawing, let last = strokes.last?.last else { return }
        guard last != point else { return }
        strokes[strokes.count - 1] += DotCanvas.line(from: last, to: point).dropFirst()
    }

    /// Ends the stroke being drawn.
    public mutating func end() { drawing = false }

    /// Wipes the pad.
    public mutating func clear() {
        strokes = []
        undone = []
        drawing = false
    }

    /// Takes back the last stroke; returns whether there was one.
    @discardableResult
    public mutating func undo() -> Bool {
        drawing = false
        guard let last = strokes.popLast() else { return false }
        undone.append(last)
        return true
    }

    /// Brings back the stroke last taken back; returns whether there was one.
    @discardableResult
    public mutating func redo() -> Bool {
        drawing = false
        guard let stroke = undone.popLast() else { return false }
        strokes.append(stroke)
        return true
    }
}
