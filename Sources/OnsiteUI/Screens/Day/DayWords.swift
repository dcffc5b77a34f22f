import OnsiteCore

/// How the working day's states, steps and errors are worded, in both languages.
enum DayWords {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    /// A day's state as the lists show it.
    /// A signed day whose seal no longer matches it (not a damaged file: it reads, but it was changed).
    static let tampered = LocalizedText(
        en: "TAMPERED: this signed record or its signature was changed after the client signed (onsite verify tells more)",
        zh: "已被篡改:客户签字后,这份已签记录或签名被改动过(运行 onsite verify 查看详情)")

    static func state(_ state: DayState) -> LocalizedText {
        switch state {
        case .open: t("open", "进行中")
        case .briefed: t("briefed", "已开班前会")
        case .signed: t("signed", "客户已签字")
        case .closedWithoutSignature: t("closed without signature", "未签字关闭")
        }
    }

    /// The style a day's state is drawn in.
    static func role(_ state: DayState) -> StyleRole {
        switch state {
        case .open: .warning
        case .briefed: .accent
        case .signed: .success
        case .closedWithoutSignature: .error
        }
    }

    /// The next step of a day in words.
    static func step(_ step: DayStep) -> LocalizedText {
        switch step {
        case .startDay: t("Start the day (Enter)", "开始今天的工作(回车)")
        case .briefing: t("Hold the morning briefing", "召开班前会")
        case .cleanup(let open): t("Work; before leaving, inspect the 5S cleanup (\(open) open)", "施工中;离开前检查5S清洁(还有\(open)项)")
        case .signOff: t("Go through the day with the client; the client signs", "与客户沟通当天情况,请客户签字")
        case .departure: t("Record the departure time", "记录离开时间")
        case .done: t("Day complete", "当天工作已完成")
        }
    }

    /// Why a working-day action was refused.
    static func error(_ error: DayError, _ state: AppState) -> LocalizedText {
        switch error {
        case .emptyText: return t("Please type something first.", "请先填写内容。")
        case .textTooLong(let limit): return t("That is longer than \(limit) characters.", "内容超过\(limit)个字符。")
        case .unknownCrewMember, .unknownRecord: return t("That entry no longer exists.", "该条目已不存在。")
        case .dayClosed(let dayState):
            return t("This day is \(DayWords.state(dayState).en): it cannot be changed. Add an amendment instead (m on the day screen).",
                     "这一天的状态为“\(DayWords.state(dayState).zh)”,不能再修改。请改为添加更正(在当天界面按 m)。")
        case .nobodyPresent: return t("Nobody is marked present: a briefing needs at least one person there.", "没有人到场:班前会至少需要一人出席。")
        case .rollCallEmpty: return t("Call the roll first (mark who is present, late or absent).", "请先点名(标记出席、迟到或缺席)。")
        case .badClockTime(let text): return t("\"\(TextSanitizer.singleLine(text))\" is not a time: use HH:MM, e.g. 07:45.", "“\(TextSanitizer.singleLine(text))”不是时间,请用 时:分,例如 07:45。")
        case .briefingAlreadySettled: return t("The briefing is already recorded for this day.", "当天的班前会已经记录。")
        case .notReadyToSign(let gaps):
            let parts = gaps.map { gap($0, state) }
            return t("Not yet: " + parts.map(\.en).joined(separator: "; "), "还不能签字:" + parts.map(\.zh).joined(separator: ";"))
        case .emptyName: return t("Type the client's full name.", "请输入客户的全名。")
        case .emptySignature: return t("The pad is empty: the client draws the signature with the mouse or a finger.", "签名板是空的:请客户用鼠标或手指签名。")
        case .alreadySigned: return t("The client has already signed this day.", "客户已在这一天签字。")
        case .sealFailed: return t("This device's key could not seal the signature. Nothing was signed.", "本设备的密钥无法封存签名。未签字。")
        case .departureBeforeSignOff:
            return t("Nobody leaves without the client's consent: get the signature, or record the exception, first.",
                     "未经客户同意不得离开现场:请先请客户签字,或记录例外情况。")
        case .alreadyDeparted: return t("The departure is already recorded.", "离开时间已经记录。")
        case .clockWentBackwards(let now, let latest):
            return t("The clock says \(now.shortText), earlier than \(latest.shortText) already recorded. Check the laptop's clock; nothing was changed.",
                     "系统时间为 \(now.shortText),早于已记录的 \(latest.shortText)。请检查电脑时间;未作任何修改。")
        case .dayBeforeLatest(let latest):
            return t("The clock says today is before \(latest.isoText), a day already recorded. Check the laptop's clock.",
                     "系统日期早于已记录的 \(latest.isoText)。请检查电脑时间。")
        case .dayAlreadyStarted(let date): return t("The day \(date.isoText) is already started.", "\(date.isoText) 的工作已经开始。")
        case .notClosed: return t("The day is still open: change it directly.", "这一天尚未关闭,可直接修改。")
        case .badDate(let text): return t("\"\(TextSanitizer.singleLine(text))\" is not a date: use YYYY-MM-DD.", "“\(TextSanitizer.singleLine(text))”不是日期,格式:年-月-日。")
        case .badNumber(let text): return t("\"\(TextSanitizer.singleLine(text))\" is not a sensible number of days.", "“\(TextSanitizer.singleLine(text))”不是合理的天数。")
        case .statusOrder(let from, let to):
            return t("Cannot go from \(from) to \(to).", "不能从“\(statusWord(from))”改为“\(statusWord(to))”。")
        case .siteReadOnly: return ExitWords.readOnly
        }
    }

    /// A status name of a register entry (as the domain names it) in Chinese.
    private static func statusWord(_ raw: String) -> String {
        ["open": "未解决", "solved": "已解决", "confirmed": "客户已确认", "returned": "已归还", "ordered": "已订", "arrived": "已到"][raw] ?? raw
    }

    /// One gap before the sign-off.
    static func gap(_ gap: SignOffGap, _ state: AppState) -> LocalizedText {
        switch gap {
        case .briefing: return t("no briefing held (or reason why not)", "未开班前会(或未说明原因)")
        case .cleanup(let ids):
            return t("5S cleanup: \(ids.count) item(s) not inspected", "5S清洁:\(ids.count)项未检查")
        }
    }
}
