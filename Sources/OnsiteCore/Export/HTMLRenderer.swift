/// Writes a `Report` as one self-contained HTML file for A4 printing: inline styles, inline SVG signatures,
/// no scripts, no external files. The markup is also well-formed XML (XHTML syntax), so an XML parser can check it.
public enum HTMLRenderer {
    /// The whole document.
    public static func render(_ report: Report) -> String {
        let lang = report.language == .chinese ? "zh-Hans" : "en"
        var html = [
            "<!DOCTYPE html>",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(lang)\" xml:lang=\"\(lang)\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(e(report.title))</title>",
            "<style>",
            style(report),
            "</style>",
            "</head>",
            "<body\(report.demo ? " class=\"demo\"" : "")>",
        ]
        if report.demo { html.append("<div class=\"demo-banner\">\(e(report.demoBanner))</div>") }
        html.append("<header>")
        html.append("<h1>\(e(report.title))</h1>")
        for line in report.subtitle { html.append("<p class=\"sub\">\(e(line))</p>") }
        html.append("</header>")
        for section in report.sections { html.append(contentsOf: render(section, report)) }
        html += ["</body>", "</html>", ""]
        return html.joined(separator: "\n")
    }

    private static func render(_ section: ReportSection, _ report: Report) -> [String] {
        let tag = "h\(min(6, section.level + 1))"
        var classes = ["level\(section.level)"]
        if section.pageBreakBefore { classes.append("page-break") }
        var lines = ["<section class=\"\(classes.joined(separator: " "))\">", "<\(tag)>\(e(section.title))</\(tag)>"]
        if section.level == 1, section.pageBreakBefore, report.demo {
            lines.append("<p class=\"demo-mark\">\(e(report.demoBanner))</p>")
        }
        for block in section.blocks { lines.append(contentsOf: render(block)) }
        lines.append("</section>")
        return lines
    }

    private static func render(_ block: ReportBlock) -> [String] {
        switch block {
        case .fields(let fields):
            return ["<table class=\"fields\">"] + fields.map { "<tr><th scope=\"row\">\(e($0.label))</th><td>\(e($0.value))</td></tr>" } + ["</table>"]
        case .table(let headers, let rows):
            var lines = ["<table class=\"list\">", "<thead><tr>" + headers.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>", "<tbody>"]
            lines += rows.map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>" }
            return lines + ["</tbody>", "</table>"]
        case .text(let text):
            return ["<p>\(e(text))</p>"]
        case .note(let text):
            return ["<p class=\"note\">\(e(text))</p>"]
        case .alert(let text):
            return ["<p class=\"alert\">\(e(text))</p>"]
        case .signed(let record):
            return signed(record)
        case .attachments(let heading, let files):
            return attachments(heading, files)
        }
    }

    /// Images embedded as `data:` URIs (only the four image types, recognised by their bytes); other files,
    /// and images whose copy is missing, listed with size and SHA-256. Inline sizes keep a photo on its page.
    private static func attachments(_ heading: String, _ files: [ReportAttachment]) -> [String] {
        var lines = ["<div class=\"files\">", "<h4>\(e(heading))</h4>"]
        let listed = files.filter { $0.image == nil || !MediaType.images.contains($0.mediaType) }
        for file in files where !listed.contains(file) {
            guard let data = file.image else { continue }
            let source: String = "data:" + file.mediaType + ";base64," + data.base64EncodedString()
            let alt: String = ExportEscaping.html(file.name, lineBreaks: false)
            let image: String = "<img src=\"\(source)\" alt=\"\(alt)\" style=\"max-width:100%;max-height:120mm\"/>"
            lines.append("<figure style=\"margin:2mm 0;page-break-inside:avoid;break-inside:avoid\">\(image)<figcaption>\(caption(file))</figcaption></figure>")
        }
        if !listed.isEmpty {
            lines.append("<ul>")
            lines += listed.map { "<li>\(caption($0))</li>" }
            lines.append("</ul>")
        }
        return lines + ["</div>"]
    }

    private static func caption(_ file: ReportAttachment) -> String {
        var text = "\(e(file.name)) · \(e(file.size)) · SHA-256 <code class=\"hash\">\(e(file.sha256))</code>"
        if !file.note.isEmpty { text += " · " + e(file.note) }
        if file.missing { text += " · <strong class=\"alert\">\(e(file.missingText))</strong>" }
        return text
    }

    private static func signed(_ record: SignedRecordView) -> [String] {
        let labels = record.labels
        let status = record.verification == .verified ? "ok" : "bad"
        var rows = [
            "<tr><th scope=\"row\">\(e(labels.clientName))</th><td class=\"client-name\">\(e(record.clientName))</td></tr>",
            "<tr><th scope=\"row\">\(e(labels.signedAt))</th><td>\(e(record.signedAt))</td></tr>",
            "<tr><th scope=\"row\">\(e(labels.signature))</th><td class=\"signature-box\">\(SignatureSVG.svg(record.signature, label: labels.signature + " — " + record.clientName))</td></tr>",
            "<tr><th scope=\"row\">\(e(labels.recordHash))</th><td><code class=\"hash\">\(e(record.recordHash))</code></td></tr>",
        ]
        if let seal = record.sealHash { rows.append("<tr><th scope=\"row\">\(e(labels.sealHash))</th><td><code class=\"hash\">\(e(seal))</code></td></tr>") }
        if let sequence = record.sequence { rows.append("<tr><th scope=\"row\">\(e(labels.sequence))</th><td>\(sequence)</td></tr>") }
        if let key = record.keyID { rows.append("<tr><th scope=\"row\">\(e(labels.keyID))</th><td><code>\(e(key))</code></td></tr>") }
        rows.append("<tr><th scope=\"row\">\(e(labels.verification))</th><td class=\"verification \(status)\">\(e(record.verificationText))</td></tr>")
        return ["<div class=\"signed\">", "<h4>\(e(record.title))</h4>", "<table class=\"fields\">"] + rows + ["</table>", "</div>"]
    }

    private static func e(_ text: String) -> String { ExportEscaping.html(text) }

    /// Print styles: A4, page numbers, a new page for each part of the dossier, rows and signatures never split,
    /// and on demo reports a banner in the top margin of every printed page.
    private static func style(_ report: Report) -> String {
        var css = """
        @page { size: A4; margin: 18mm 14mm 16mm 14mm;
          @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
          "WenQuanYi Micro Hei", "DejaVu Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.35; color: #000;
          max-width: 190mm; margin: 0 auto; padding: 4mm; }
        h1 { font-size: 16pt; margin: 0 0 4pt; }
        h2 { font-size: 13pt; margin: 14pt 0 4pt; border-bottom: 1pt solid #000; }
        h3 { font-size: 11pt; margin: 10pt 0 3pt; }
        h4 { font-size: 10.5pt; margin: 6pt 0 3pt; }
        h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
        p.sub { margin: 0; color: #333; }
        table { border-collapse: collapse; width: 100%; margin: 3pt 0 8pt; }
        th, td { border: 0.5pt solid #999; padding: 2pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
        table.fields th { width: 32%; background: #f2f2f2; font-weight: 600; }
        table.list thead th { background: #e8e8e8; }
        thead { display: table-header-group; }
        tr, .signed { break-inside: avoid; page-break-inside: avoid; }
        .page-break { break-before: page; page-break-before: always; }
        .note { color: #555; font-style: italic; }
        .alert, .verification.bad { color: #b00000; font-weight: bold; }
        .verification.ok { color: #005a1e; font-weight: 600; }
        code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-size: 8.5pt; }
        code.hash { word-break: break-all; font-size: 7.5pt; }
        .signed table.fields th { width: 20%; }
        table.list td:first-child { white-space: nowrap; }
        .signed { border: 1pt solid #000; padding: 4pt 6pt; margin: 6pt 0 10pt; }
        .signature-box svg { border: 0.5pt dashed #777; display: block; }
        .client-name { font-size: 11pt; font-weight: 600; }
        """
        if report.demo {
            css += "\n" + """
            @page { @top-center { content: "\(cssString(report.demoBanner))"; color: #b00000; font-weight: bold; font-size: 10pt; } }
            .demo-banner { border: 2pt solid #b00000; color: #b00000; background: #fff3c4; font-weight: bold; font-size: 12pt;
              text-align: center; padding: 4pt; margin-bottom: 8pt; }
            .demo-mark { color: #b00000; font-weight: bold; margin: 0 0 4pt; }
            """
        }
        return css
    }

    /// Text inside a CSS string: quotes, backslashes, `<` and line breaks as CSS escapes (nothing can close the style).
    private static func cssString(_ text: String) -> String {
        var output = ""
        for scalar in ExportEscaping.clean(text).unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&", "\n": output += "\\" + String(scalar.value, radix: 16) + " "
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
