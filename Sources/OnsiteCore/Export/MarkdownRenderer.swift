import Foundation

/// Writes a `Report` as Markdown (CommonMark with GitHub tables). Every user-typed text is escaped;
/// a signature is an inline SVG image (a data URI), so the file needs nothing beside it.
public enum MarkdownRenderer {
    /// The whole document.
    public static func render(_ report: Report) -> String {
        var lines: [String] = []
        if report.demo { lines += ["> **\(m(report.demoBanner))**", ""] }
        lines.append("# " + m(report.title) + (report.demo ? " \\[DEMO\\]" : ""))
        lines.append("")
        lines.append(report.subtitle.map(m).joined(separator: "<br>\n"))
        for section in report.sections {
            lines.append("")
            lines.append(String(repeating: "#", count: min(6, section.level + 1)) + " " + m(section.title))
            if section.level == 1, section.pageBreakBefore, report.demo { lines += ["", "*\(m(report.demoBanner))*"] }
            for block in section.blocks {
                lines.append("")
                lines.append(contentsOf: render(block))
            }
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    private static func render(_ block: ReportBlock) -> [String] {
        switch block {
        case .fields(let fields):
            return fields.map { "- **\(m($0.label)):** \(m($0.value))" }
        case .table(let headers, let rows):
            return [row(headers), "|" + headers.map { _ in " --- |" }.joined()] + rows.map(row)
        case .text(let text):
            return [m(text)]
        case .note(let text):
            return ["*\(m(text))*"]
        case .alert(let text):
            return ["**\(m(text))**"]
        case .signed(let record):
            return signed(record)
        case .attachments(let heading, let files):
            return ["**\(m(heading))**", ""] + files.map { file in
                var line = "- \(m(file.name)) (\(m(file.size)), \(m(file.mediaType))) — SHA-256 \(hash(file.sha256))"
                if !file.note.isEmpty { line += " — " + m(file.note) }
                if file.missing { line += " — **\(m(file.missingText))**" }
                return line
            }
        }
    }

    private static func row(_ cells: [String]) -> String {
        "|" + cells.map { " " + (m($0).isEmpty ? " " : m($0)) + " |" }.joined()
    }

    private static func signed(_ record: SignedRecordView) -> [String] {
        let labels = record.labels
        let svg = SignatureSVG.svg(record.signature, label: labels.signature)
        let image = "data:image/svg+xml;base64," + Data(svg.utf8).base64EncodedString()
        var lines = [
            "**\(m(record.title))**", "",
            "- **\(m(labels.clientName)):** \(m(record.clientName))",
            "- **\(m(labels.signedAt)):** \(m(record.signedAt))",
            "- **\(m(labels.signature)):** ![\(m(labels.signature))](\(image))",
            "- **\(m(labels.recordHash)):** \(hash(record.recordHash))",
        ]
        if let seal = record.sealHash { lines.append("- **\(m(labels.sealHash)):** \(hash(seal))") }
        if let sequence = record.sequence { lines.append("- **\(m(labels.sequence)):** \(sequence)") }
        if let key = record.keyID { lines.append("- **\(m(labels.keyID)):** \(hash(key))") }
        let status = m(record.verificationText)
        lines.append("- **\(m(labels.verification)):** " + (record.verification == .verified ? status : "**\(status)**"))
        return lines
    }

    /// A hash in a code span when it is hex (as written by the program), escaped text otherwise.
    private static func hash(_ text: String) -> String { ExportEscaping.isHex(text) ? "`\(text)`" : m(text) }

    private static func m(_ text: String) -> String { ExportEscaping.markdown(text) }
}
