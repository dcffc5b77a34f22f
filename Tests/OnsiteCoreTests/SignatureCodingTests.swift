import Foundation
import XCTest
@testable import OnsiteCore

/// A signature is stored as one text per stroke; files of the earlier shape still read, and a seal's hash of the
/// strokes stays the one taken of the earlier shape.
final class SignatureCodingTests: XCTestCase {
    /// The earlier stored shape (synthesized coding), which is also the shape a seal hashes.
    private struct EarlierSignature: Codable {
        var width: Int
        var height: Int
        var strokes: [[SignaturePoint]]
    }

    private let signatures = [
        DayFixture.signature,
        Signature(width: 40, height: 16),
        Signature(width: 40, height: 16, strokes: [[], [SignaturePoint(x: 0, y: 0)]]),
        Signature(width: 200, height: 64, strokes: [
            (0..<150).map { SignaturePoint(x: $0, y: 63 - $0 % 64) }, [SignaturePoint(x: -3, y: 123_456_789)],
        ]),
    ]

    func testAStrokeIsStoredAsOneTextOfItsDots() throws {
        let data = try JSONFormat.encode(Signature(width: 40, height: 16, strokes: [
            [SignaturePoint(x: 2, y: 10), SignaturePoint(x: 4, y: 8)], [], [SignaturePoint(x: 12, y: 3)],
        ]))
        let text = try XCTUnwrap(String(data: data, encoding: .utf8))
        XCTAssertTrue(text.contains("\"2,10 4,8\""), text)
        XCTAssertTrue(text.contains("\"12,3\""), text)
        XCTAssertFalse(text.contains("\"x\""), text)
    }

    func testEverySignatureReadsBackAsItWasWritten() throws {
        for signature in signatures {
            let read = try JSONFormat.decode(Signature.self, from: JSONFormat.encode(signature))
            XCTAssertEqual(read, signature)
        }
    }

    func testASignatureOfTheEarlierShapeReads() throws {
        for signature in signatures {
            let earlier = EarlierSignature(width: signature.width, height: signature.height, strokes: signature.strokes)
            XCTAssertEqual(try JSONFormat.decode(Signature.self, from: JSONFormat.encode(earlier)), signature)
        }
    }

    func testTheSealsHashOfTheStrokesIsTheEncodersCanonicalJSONOfTheEarlierShape() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for signature in signatures {
            let earlier = EarlierSignature(width: signature.width, height: signature.height, strokes: signature.strokes)
            let expected = try encoder.encode(earlier)
            XCTAssertEqual(String(decoding: signature.canonicalJSON, as: UTF8.self), String(decoding: expected, as: UTF8.self))
            XCTAssertEqual(SealPayload.strokesHash(signature), StandardLoader.sha256(of: expected))
        }
    }

    func testAStrokeTextThatIsNotDotsIsAClearProblem() {
        for bad in ["1,2  3,4", "1,2,3", "1;2", "x,y", "1,", ",2", "1,2 ", " 1,2", "1,2\u{1B}[31m", "12345678901,1", "1,2 三,4"] {
            XCTAssertNil(Signature.stroke(fromText: bad), bad)
            let file = Data("{\"width\":40,\"height\":16,\"strokes\":[\"\(bad.replacingOccurrences(of: "\u{1B}", with: "\\u001b"))\"]}".utf8)
            XCTAssertThrowsError(try JSONFormat.decode(Signature.self, from: file), bad) { error in
                XCTAssertTrue(String(describing: error).contains("a stroke is not dots"), "\(bad): \(error)")
            }
        }
        XCTAssertEqual(Signature.stroke(fromText: ""), [])
        XCTAssertEqual(Signature.stroke(fromText: "-1,0 7,-8"), [SignaturePoint(x: -1, y: 0), SignaturePoint(x: 7, y: -8)])
    }
}
