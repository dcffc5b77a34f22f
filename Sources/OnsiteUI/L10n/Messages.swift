import OnsiteCore

/// The words for errors and gaps, in both languages.
public enum Messages {
    private static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    static let pasteCut = t("The pasted text was too long; it was cut at \(TextField.maxLength) characters.", "粘贴的文字过长,已截断为\(TextField.maxLength)个字符。")

    /// A failed save: what happened, and that nothing is lost.
    public static func notSaved(_ error: StorageError) -> LocalizedText {
        let reason = storage(error)
        return t("NOT SAVED: \(reason.en). Your changes are kept here; the next change retries.",
                 "未保存:\(reason.zh)。修改仍保留在程序中,下一次修改时会重试。")
    }

    /// A storage error in plain words.
    public static func storage(_ error: StorageError) -> LocalizedText {
        switch error {
        case .diskFull(let path): t("the disk is full (\(path))", "磁盘已满(\(path))")
        case .permissionDenied(let path): t("no permission to write \(path)", "没有写入权限:\(path)")
        case .ioFailure(let path, let operation, _, let message): t("\(operation) failed on \(path): \(message)", "\(operation) 失败:\(path):\(message)")
        case .locked(let path, let pid):
            t("another Onsite (process \(pid.map(String.init) ?? "?")) is using \(path)", "另一个 Onsite(进程 \(pid.map(String.init) ?? "?"))正在使用 \(path)")
        case .encodingFailed(let detail): t("the record could not be written (\(detail))", "记录无法写出(\(detail))")
        }
    }

    /// Any domain error in plain words.
    static func describe(_ error: any Error, _ state: AppState) -> LocalizedText {
        if let arrival = error as? ArrivalError { return self.arrival(arrival, state) }
        if let storage = error as? StorageError { return self.storage(storage) }
        if let day = error as? DayError { return DayWords.error(day, state) }
        if let exit = error as? ExitError { return ExitWords.error(exit, state) }
        if let form = error as? ExitPromptError { return form.text }
        return t("Something went wrong: \(error)", "出错了:\(error)")
    }

    static func arrival(_ error: ArrivalError, _ state: AppState) -> LocalizedText {
        switch error {
        case .incomplete(_, let gaps):
            let parts = gaps.map { gap($0, state) }
            return t("Not yet: " + parts.map(\.en).joined(separator: "; "), "还不能完成:" + parts.map(\.zh).joined(separator: ";"))
        case .reasonRequired, .emptyText: return t("Please type something first.", "请先填写内容。")
        case .textTooLong(let limit): return t("That is longer than \(limit) characters.", "内容超过\(limit)个字符。")
        case .unknownItem, .unknownRecord, .unknownCrewMember: return t("That entry no longer exists.", "该条目已不存在。")
        }
    }

    /// One gap of the arrival checklist in plain words.
    public static func gap(_ gap: ArrivalGap, _ state: AppState) -> LocalizedText {
        switch gap {
        case .itemOpen(let itemID):
            let title = state.currentStandard.arrivalItem(itemID)?.title ?? t(itemID, itemID)
            return t("\(title.en): not done", "\(title.zh):未完成")
        case .noClientRules: return t("no client rule recorded yet", "尚未记录客户的规定")
        case .notAcknowledged(let names):
            return t("not yet told: \(names.joined(separator: ", "))", "尚未传达:\(names.joined(separator: "、"))")
        case .noCrew: return t("the site has no crew", "现场没有组员")
        case .workAreaMissing: return t("work area not set", "未确定工作地点")
        case .storageAreaMissing: return t("storage area not set", "未确定放置区域")
        case .custodyMissing: return t("nobody responsible for stored items", "未确定保管责任人")
        case .noLiaisons: return t("no liaison person recorded", "尚未记录配合人员")
        case .liaisonsWithoutDuties(let names):
            return t("duties missing for \(names.joined(separator: ", "))", "未记录职责:\(names.joined(separator: "、"))")
        }
    }

    /// A form field problem in plain words.
    public static func field(_ problem: FieldProblem) -> LocalizedText {
        switch problem {
        case .required: t("required", "必填")
        case .tooLong(let limit): t("max \(limit) characters", "最多\(limit)个字符")
        case .invalidDate: t("use YYYY-MM-DD", "格式:年-月-日")
        case .noSuchDate: t("no such date", "日期不存在")
        case .endBeforeStart: t("before the start", "早于开始日期")
        case .invalidPhone: t("not a phone number", "不是电话号码")
        case .nameTaken: t("another site already has this name", "已有同名现场")
        }
    }
}
