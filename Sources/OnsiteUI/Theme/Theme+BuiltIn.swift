extension Theme {
    /// The default theme: the terminal's own background, colour for meaning.
    public static let standard = Theme(name: "default", usesColor: true, styles: [
        .normal: TextStyle(),
        .title: TextStyle(foreground: .cyan, bold: true),
        .heading: TextStyle(foreground: .yellow, bold: true),
        .muted: TextStyle(foreground: .indexed(245, fallback: .white), dim: false),
        .selected: TextStyle(foreground: .black, background: .cyan),
        .accent: TextStyle(foreground: .cyan),
        .success: TextStyle(foreground: .green, bold: true),
        .warning: TextStyle(foreground: .yellow, bold: true),
        .error: TextStyle(foreground: .red, bold: true),
        .statusBar: TextStyle(foreground: .white, background: .blue),
        .statusKey: TextStyle(foreground: .yellow, background: .blue, bold: true),
        .input: TextStyle(underline: true),
        .inputFocused: TextStyle(foreground: .black, background: .white),
        .border: TextStyle(foreground: .blue),
        .progressDone: TextStyle(foreground: .green),
        .progressTodo: TextStyle(foreground: .indexed(240, fallback: .white)),
    ])

    /// No colours (NO_COLOR, or terminals without colour): attributes carry the meaning.
    public static let monochrome = Theme(name: "monochrome", usesColor: false, styles: [
        .normal: TextStyle(),
        .title: TextStyle(bold: true),
        .heading: TextStyle(bold: true, underline: true),
        .muted: TextStyle(dim: true),
        .selected: TextStyle(reverse: true),
        .accent: TextStyle(bold: true),
        .success: TextStyle(bold: true),
        .warning: TextStyle(bold: true),
        .error: TextStyle(bold: true, reverse: true),
        .statusBar: TextStyle(reverse: true),
        .statusKey: TextStyle(bold: true, reverse: true),
        .input: TextStyle(underline: true),
        .inputFocused: TextStyle(reverse: true),
        .border: TextStyle(),
        .progressDone: TextStyle(reverse: true),
        .progressTodo: TextStyle(dim: true),
    ])
}
