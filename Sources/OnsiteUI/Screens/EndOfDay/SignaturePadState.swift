import OnsiteCore

/// The signature pad on screen: strokes drawn so far, and what "redo" can bring back.
public struct SignaturePadState: Codable, Hashable, Sendable {
    public var strokes: [[SignaturePoint]]
    /// Strokes taken back with "undo", for "redo".
    public var undone: [[SignaturePoint]]

    public init(strokes: [[SignaturePoint]] = [], undone: [[SignaturePoint]] = []) {
        self.strokes = strokes
        self.undone = undone
    }
}
