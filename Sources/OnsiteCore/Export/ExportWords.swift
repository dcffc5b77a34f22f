/// The fixed words of exported reports in English and Simplified Chinese, and how times are written.
/// The core keeps its own table (it never imports the UI); each label is written once as an English–Chinese pair.
struct ExportWords {
    let language: Language
    /// The site's UTC offset: times recorded at another offset say so.
    let offsetSeconds: Int

    /// The text in the report's language.
    func t(_ english: String, _ chinese: String) -> String { language == .chinese ? chinese : english }

    /// `UTC+08:00`.
    static func zone(_ offsetSeconds: Int) -> String {
        let sign = offsetSeconds < 0 ? "-" : "+"
        let offset = abs(offsetSeconds)
        return "UTC\(sign)\(two(offset / 3600)):\(two((offset % 3600) / 60))"
    }

    /// `YYYY-MM-DD HH:MM` in the site's time (with the offset when it was recorded at another).
    func time(_ stamp: Timestamp) -> String {
        stamp.offsetSeconds == offsetSeconds ? stamp.shortText : "\(stamp.shortText) (\(Self.zone(stamp.offsetSeconds)))"
    }

    /// A time that may be missing.
    func time(_ stamp: Timestamp?) -> String { stamp.map(time) ?? "—" }

    /// `HH:MM` when on the given day, the full time otherwise.
    func clock(_ stamp: Timestamp, on date: LocalDate) -> String {
        stamp.localDate == date && stamp.offsetSeconds == offsetSeconds ? stamp.clockTime : time(stamp)
    }

    var none: String { t("None recorded.", "无记录。") }
    var yes: String { t("yes", "是") }
    var no: String { t("no", "否") }

    func dayState(_ state: DayState) -> String {
        switch state {
        case .open: return t("open", "进行中")
        case .briefed: return t("briefed", "已班前会")
        case .signed: return t("signed", "已签字")
        case .closedWithoutSignature: return t("closed without signature", "未签字关闭")
        }
    }

    func itemState(_ state: ItemState) -> String {
        switch state {
        case .open: return t("open", "未完成")
        case .done: return t("done", "已完成")
        case .notApplicable: return t("not applicable", "不适用")
        }
    }

    func attendance(_ status: AttendanceStatus) -> String {
        switch status {
        case .present: return t("present", "出勤")
        case .late: return t("late", "迟到")
        case .absent: return t("absent", "缺勤")
        }
    }

    func caution(_ kind: CautionKind) -> String {
        switch kind {
        case .safety: return t("safety", "安全")
        case .clientRule: return t("client rule", "客户规定")
        case .other: return t("other", "其他")
        }
    }

    func logKind(_ kind: LogEntryKind) -> String {
        kind == .progress ? t("progress", "进度") : t("special situation", "特殊情况")
    }

    func severity(_ severity: ProblemSeverity) -> String {
        switch severity {
        case .low: return t("low", "低")
        case .medium: return t("medium", "中")
        case .high: return t("high", "高")
        case .critical: return t("critical", "严重")
        }
    }

    func problemStatus(_ status: ProblemStatus) -> String {
        switch status {
        case .open: return t("open", "未解决")
        case .solved: return t("solved", "已解决")
        case .confirmed: return t("confirmed by the client", "客户已确认")
        }
    }

    func recipient(_ recipient: ReportRecipient) -> String {
        recipient == .projectManager ? t("project manager", "项目经理") : t("engineering head", "工程主管")
    }

    func channel(_ channel: ReportChannel) -> String {
        switch channel {
        case .phone: return t("phone", "电话")
        case .inPerson: return t("in person", "当面")
        case .message: return t("message", "消息")
        case .email: return t("email", "邮件")
        }
    }

    func consent(_ channel: ConsentChannel) -> String {
        switch channel {
        case .inPerson: return t("in person", "当面")
        case .phone: return t("phone", "电话")
        case .message: return t("message", "消息")
        }
    }

    func shortage(_ status: ShortageStatus) -> String {
        switch status {
        case .open: return t("open", "未订")
        case .ordered: return t("ordered", "已订")
        case .arrived: return t("arrived", "已到")
        }
    }

    func conduct(_ kind: ConductKind) -> String {
        kind == .incident ? t("incident", "违规") : t("commendation", "表扬")
    }

    func role(_ role: ParticipantRole) -> String {
        switch role {
        case .projectManager: return t("project manager", "项目经理")
        case .clientSupervisor: return t("client's supervisor", "客户主管")
        case .engineeringHead: return t("engineering head", "工程主管")
        case .client: return t("client", "客户")
        }
    }

    func acceptance(_ result: AcceptanceResult) -> String {
        switch result {
        case .accepted: return t("accepted", "验收通过")
        case .acceptedWithReservations: return t("accepted with reservations", "有保留地通过")
        case .notAccepted: return t("not accepted", "未通过")
        }
    }

    func handover(_ kind: HandoverKind) -> String {
        kind == .sparePart ? t("spare part", "备件") : t("technical document", "技术文件")
    }

    /// A verification in words.
    func verification(_ value: RecordVerification) -> String {
        switch value {
        case .verified:
            return t("VERIFIED — the record is unchanged; its seal and the device's Ed25519 signature are valid; the chain holds.",
                     "已验证——记录未改动,封签与设备 Ed25519 签名有效,签名链完整。")
        case .unsealed(let intact):
            return intact
                ? t("Not sealed (signed before seals existed); the record still matches its SHA-256.",
                    "未封签(在启用封签之前签署);记录仍与其 SHA-256 一致。")
                : t("NOT VERIFIED — not sealed, and the record no longer matches its SHA-256.",
                    "未通过校验——未封签,且记录与其 SHA-256 不一致。")
        case .failed(let reason):
            return t("FAILED VERIFICATION — \(reason)", "校验失败——\(reason)")
        }
    }

    var signedLabels: SignedRecordLabels {
        SignedRecordLabels(
            clientName: t("Signed by", "签字人"), signedAt: t("Signed at", "签字时间"), signature: t("Signature", "签名"),
            recordHash: t("Record SHA-256", "记录 SHA-256"), sealHash: t("Seal hash", "封签哈希"), sequence: t("Chain sequence", "链序号"),
            keyID: t("Device key", "设备密钥"), verification: t("Verification", "校验"))
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
