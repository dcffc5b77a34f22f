import Foundation
import XCTest

extension TmuxSession {
    /// The client draws on the pad shown on screen (SGR mouse: press, drags, release), then types the name.
    func drawSignature(name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let pad = try waitFor("Signature", file: file, line: line)
        let top = try XCTUnwrap(TmuxSession.row(of: "Signature", in: pad), "no pad:\n\(pad)", file: file, line: line)
        let row = top + 4
        try sendLiteral("\u{1b}[<0;12;\(row)M")
        for column in stride(from: 13, through: 40, by: 3) {
            try sendLiteral("\u{1b}[<32;\(column);\(row + (column / 3) % 3)M")
        }
        try sendLiteral("\u{1b}[<0;40;\(row)m")
        _ = try waitUntil("the stroke on the pad", file: file, line: line) { $0.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) } }
        try send(keys: "Enter")
        try waitFor("Enter saves", file: file, line: line)
        try sendLiteral(name)
        try send(keys: "Enter")
        try waitFor("Signed by \(name)", file: file, line: line)
    }
}
