import OnsiteCore

/// The words of the exit screens, in both languages.
enum ExitWords {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    /// Shown when a change is asked of a closed or archived site.
    static let readOnly = t("This site is closed or archived: it can be read, not changed.", "该现场已关闭或已归档:只能查看,不能修改。")

    /// A step's name.
    static func step(_ step: ExitStep) -> LocalizedText {
        switch step {
        case .preAcceptance: t("Pre-acceptance", "预验收")
        case .formalAcceptance: t("Formal acceptance", "正式验收")
        case .delivery: t("Delivery report and handover", "交付报告及移交")
        case .leftovers: t("Leftover materials", "剩余物料")
        case .restoration: t("Site restored", "现场恢复")
        case .borrowings: t("Borrowed items returned", "借用物品归还")
        case .survey: t("Satisfaction survey", "满意度调查")
        case .thanks: t("Thanks given", "向客户致谢")
        }
    }

    /// What the standard asks of a step, one line.
    static func stepHelp(_ step: ExitStep) -> LocalizedText {
        switch step {
        case .preAcceptance: t("With the project manager, the client's supervisor and the engineering head, before the formal acceptance.",
                               "正式验收前,与项目经理、客户主管人员、工程部部长一起预验收,形成预验收记录。")
        case .formalAcceptance: t("With the project manager and the client; keep the acceptance report.", "会同项目经理与客户一起正式验收,并保存验收报告。")
        case .delivery: t("The client signs the delivery report; hand over spare parts and technical documents.", "向客户提交交付报告并请客户签名,移交备件和技术资料。")
        case .leftovers: t("Count what is left, list it, take it back to the warehouse.", "清点剩余物料并列出清单,带回公司交物料部处理。")
        case .restoration: t("Restore the site as the client asked; the client confirms it.", "现场恢复到客户要求的状态,并请客户确认。")
        case .borrowings: t("Give back everything borrowed from the client.", "撤离现场时归还所有借用物品。")
        case .survey: t("Hand over the survey; the client seals it for the engineering head.", "提交《现场服务满意度调查表》,客户填写后装入信封交工程安装部部长。")
        case .thanks: t("Thank the client before leaving.", "向客户道谢致意。")
        }
    }

    static func role(_ role: ParticipantRole) -> LocalizedText {
        switch role {
        case .projectManager: t("Project manager", "项目经理")
        case .clientSupervisor: t("Client's supervisor", "客户主管")
        case .engineeringHead: t("Engineering head", "工程部部长")
        case .client: t("Client", "客户")
        }
    }

    static func result(_ result: AcceptanceResult) -> LocalizedText {
        switch result {
        case .accepted: t("accepted", "验收通过")
        case .acceptedWithReservations: t("accepted with reservations", "有保留地通过")
        case .notAccepted: t("not accepted", "未通过")
        }
    }

    static func phase(_ phase: SitePhase) -> LocalizedText {
        switch phase {
        case .arrival: t("arrival", "进场")
        case .working: t("working", "施工中")
        case .exit: t("exit", "验收撤离")
        case .closed: t("closed", "已关闭")
        }
    }

    static func kind(_ kind: HandoverKind) -> LocalizedText {
        switch kind {
        case .sparePart: t("spare part", "备件")
        case .document: t("document", "技术资料")
        }
    }

    /// One thing that keeps the site from closing.
    static func gap(_ gap: ClosingGap) -> LocalizedText {
        func list(_ items: [String]) -> String {
            items.prefix(3).map { TextSanitizer.singleLine($0) }.joined(separator: ", ") + (items.count > 3 ? " …" : "")
        }
        switch gap {
        case .daysUnsigned(let dates): return t("\(dates.count) day(s) not signed by the client: \(list(dates.map(\.isoText)))",
                                                "\(dates.count)天客户未签字:\(list(dates.map(\.isoText)))")
        case .problemsOpen(let names): return t("\(names.count) problem(s) not confirmed solved: \(list(names))", "\(names.count)个问题未经客户确认解决:\(list(names))")
        case .borrowingsOpen(let names): return t("Not returned to the client: \(list(names))", "尚未归还客户:\(list(names))")
        case .noPreAcceptance: return t("No pre-acceptance recorded", "未记录预验收")
        case .notAccepted: return t("No formal acceptance that accepted the work", "没有通过的正式验收")
        case .deliveryUnsigned: return t("Delivery report not signed by the client", "交付报告客户未签字")
        case .leftoversNotCounted: return t("Leftover materials not counted", "剩余物料未清点")
        case .leftoversNotReturned(let names): return t("Not taken back to the warehouse: \(list(names))", "未带回仓库:\(list(names))")
        case .restorationUnsigned: return t("The client has not confirmed the site restored", "客户未确认现场已恢复")
        case .surveyNotHanded: return t("Satisfaction survey not handed to the client", "满意度调查表未交给客户")
        case .noThanks: return t("Thanks to the client not recorded", "未记录向客户致谢")
        }
    }

    /// Why an exit action was refused.
    static func error(_ error: ExitError, _ state: AppState) -> LocalizedText {
        switch error {
        case .text(let day): return DayWords.error(day, state)
        case .siteReadOnly: return readOnly
        case .missingParticipant(let role): return t("Who was the \(self.role(role).en.lowercased())? Type the name.", "\(self.role(role).zh)是谁?请填写姓名。")
        case .badClockTime(let text): return DayWords.error(.badClockTime(text), state)
        case .badDate(let text): return t("\"\(TextSanitizer.singleLine(text))\" is not a date: use YYYY-MM-DD.", "“\(TextSanitizer.singleLine(text))”不是日期,请用 年-月-日(YYYY-MM-DD)。")
        case .dueInThePast(let date): return t("The due date \(date.isoText) is already past: choose today or later.", "期限 \(date.isoText) 已过,请选今天或以后。")
        case .noPreAcceptance: return t("Record the pre-acceptance first.", "请先记录预验收。")
        case .notAccepted: return t("The delivery report is signed after a formal acceptance that accepted the work.", "交付报告须在正式验收通过之后签字。")
        case .reservationsMissing: return t("Accepted with reservations: list the reservations.", "有保留地通过:请列出保留意见。")
        case .badQuantity(let text): return t("\"\(TextSanitizer.singleLine(text))\" is not a quantity: type a number above zero.", "“\(TextSanitizer.singleLine(text))”不是有效数量,请输入大于零的数字。")
        case .scoreOutOfRange(let score): return t("\(score) is out of range: scores go from 1 to 5.", "\(score) 超出范围:评分为 1 到 5。")
        case .nothingHandedOver: return t("List the spare parts and technical documents handed over first.", "请先列出移交的备件和技术资料。")
        case .noRestorationRequest: return t("Write down the state the client asked for first (e).", "请先写下客户要求恢复的状态(按 e)。")
        case .surveyNotHanded: return t("Record who received the survey first (h).", "请先登记调查表交给了谁(按 h)。")
        case .emptyName: return DayWords.error(.emptyName, state)
        case .emptySignature: return DayWords.error(.emptySignature, state)
        case .alreadySigned: return t("Already signed by the client: it cannot be changed.", "客户已签字,不能再修改。")
        case .sealFailed: return DayWords.error(.sealFailed, state)
        case .unknownRecord: return t("That entry no longer exists.", "该条目已不存在。")
        case .cannotClose(let gaps):
            return t("Cannot close yet — " + gaps.map { gap($0).en }.joined(separator: "; "), "还不能关闭:" + gaps.map { gap($0).zh }.joined(separator: ";"))
        case .alreadyClosed: return t("The site is already closed.", "该现场已关闭。")
        case .notArchived: return t("The site is not in the archive.", "该现场不在归档中。")
        }
    }
}
