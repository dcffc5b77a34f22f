import Foundation
import OnsiteCore

/// How the log's and the registers' kinds and states are worded, and how typed choices are read back.
enum RegisterWords {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    /// A register's name.
    static func title(_ kind: RegisterKind) -> LocalizedText {
        switch kind {
        case .problems: t("Problems", "问题")
        case .extraWork: t("Extra work outside the contract", "合同外追加工作")
        case .borrowings: t("Borrowed from the client", "向客户借用的物品")
        case .materials: t("Materials short", "欠料")
        case .conduct: t("Conduct", "行为记录")
        }
    }

    /// A log entry's kind.
    static func logKind(_ kind: LogEntryKind) -> LocalizedText {
        switch kind {
        case .progress: t("Progress", "进展")
        case .situation: t("Special situation", "特殊状况")
        }
    }

    /// A problem's severity.
    static func severity(_ severity: ProblemSeverity) -> LocalizedText {
        switch severity {
        case .low: t("low", "低")
        case .medium: t("medium", "中")
        case .high: t("high", "高")
        case .critical: t("critical", "严重")
        }
    }

    /// The style a severity is drawn in.
    static func role(_ severity: ProblemSeverity) -> StyleRole {
        switch severity {
        case .low: .muted
        case .medium: .normal
        case .high: .warning
        case .critical: .error
        }
    }

    /// A problem's status.
    static func status(_ status: ProblemStatus) -> LocalizedText {
        switch status {
        case .open: t("open", "未解决")
        case .solved: t("solved", "已解决")
        case .confirmed: t("confirmed", "客户已确认")
        }
    }

    /// The style a problem's status is drawn in.
    static func role(_ status: ProblemStatus) -> StyleRole {
        switch status {
        case .open: .warning
        case .solved: .accent
        case .confirmed: .success
        }
    }

    /// Whom a problem was reported to.
    static func recipient(_ recipient: ReportRecipient) -> LocalizedText {
        switch recipient {
        case .projectManager: t("project manager", "项目经理")
        case .engineeringHead: t("engineering head", "工程主管")
        }
    }

    /// How a report was passed on.
    static func channel(_ channel: ReportChannel) -> LocalizedText {
        switch channel {
        case .phone: t("phone", "电话")
        case .inPerson: t("in person", "当面")
        case .message: t("message", "消息")
        case .email: t("email", "邮件")
        }
    }

    /// A shortage's status.
    static func shortage(_ status: ShortageStatus) -> LocalizedText {
        switch status {
        case .open: t("open", "未订")
        case .ordered: t("ordered", "已订")
        case .arrived: t("arrived", "已到")
        }
    }

    /// The style a shortage's status is drawn in.
    static func role(_ status: ShortageStatus) -> StyleRole {
        switch status {
        case .open: .warning
        case .ordered: .accent
        case .arrived: .success
        }
    }

    /// A conduct entry's kind.
    static func conduct(_ kind: ConductKind) -> LocalizedText {
        switch kind {
        case .incident: t("incident", "违规")
        case .commendation: t("commendation", "表扬")
        }
    }

    // MARK: Typed choices

    /// A severity typed as 1–4 or its name in either language (or the start of it).
    static func parseSeverity(_ text: String) -> ProblemSeverity? {
        choose(text, ProblemSeverity.allCases, severity)
    }

    /// The numbered list of a choice, for a form label's hint ("1 low, 2 medium …").
    static func numbered<T>(_ cases: [T], _ name: (T) -> LocalizedText, _ language: Language) -> String {
        cases.enumerated().map { "\($0.offset + 1) " + name($0.element).text(in: language) }.joined(separator: language == .english ? ", " : "、")
    }

    /// A choice typed as its number (1-based) or the start of its name, in either language.
    private static func choose<T>(_ text: String, _ cases: [T], _ name: (T) -> LocalizedText) -> T? {
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !typed.isEmpty else { return nil }
        if let number = Int(typed), cases.indices.contains(number - 1) { return cases[number - 1] }
        if let exact = cases.first(where: { name($0).en == typed || name($0).zh == typed }) { return exact }
        let matches = cases.filter { name($0).en.hasPrefix(typed) || name($0).zh.hasPrefix(typed) }
        return matches.count == 1 ? matches[0] : nil
    }

    // MARK: Dates and times

    /// `MM-DD` of a date (the lists are narrow; the year shows in the detail).
    static func monthDay(_ date: LocalDate) -> String { String(date.isoText.dropFirst(5)) }

    /// A moment on a date at a typed `HH:MM`, at the UTC offset of `reference` (the site's clock now).
    static func moment(on date: LocalDate, at clockText: String, offset reference: Timestamp) -> Timestamp? {
        guard let clock = WorkDay.clockTime(clockText) else { return nil }
        let parts = clock.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        let seconds = date.dayNumber * 86_400 + parts[0] * 3_600 + parts[1] * 60 - reference.offsetSeconds
        return Timestamp(date: Date(timeIntervalSince1970: TimeInterval(seconds)), offsetSeconds: reference.offsetSeconds)
    }

    /// Text trimmed of spaces and newlines at both ends.
    static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Untrusted text on one line: newlines become spaces, everything else sanitised.
    static func oneLine(_ text: String) -> String {
        TextSanitizer.singleLine(text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
    }
}
