/// Builds the daily report and the site dossier as `Report`s, from an export's data. Pure: no clock, no files.
public enum ReportBuilder {
    /// The report of one working day: briefing, log, problems, extra work, cleanup, the client's signature.
    public static func daily(_ export: SiteExport, date: LocalDate) -> Report {
        let words = export.words
        let title = words.t("Daily report", "日报") + " — " + export.site.profile.name + " — " + date.isoText
        var sections: [ReportSection] = []
        if let day = export.day(date) {
            sections += daySections(export, day: day, level: 1)
        } else if let reason = export.unreadable[date] {
            sections.append(ReportSection(words.t("Day", "工作日"), level: 1, blocks: [.alert(words.t("The day's file cannot be read: ", "该日文件无法读取:") + reason)]))
        } else {
            sections.append(ReportSection(words.t("Day", "工作日"), level: 1, blocks: [.note(words.t("No record of this day.", "没有该日的记录。"))]))
        }
        sections.append(verificationSection(export, level: 1))
        return report(export, title: title, sections: sections)
    }

    /// The whole site: setup, arrival, every day, the registers, the exit and the survey.
    public static func dossier(_ export: SiteExport) -> Report {
        let words = export.words
        let title = words.t("Site dossier", "现场档案") + " — " + export.site.profile.name
        var sections = [verificationSection(export, level: 1)]
        sections += setupSections(export)
        sections += arrivalSections(export)
        for summary in export.site.days {
            let heading = words.t("Day", "工作日") + " " + summary.date.isoText
            if let day = export.day(summary.date) {
                sections.append(ReportSection(heading, level: 1, pageBreakBefore: true, blocks: []))
                sections += daySections(export, day: day, level: 2)
            } else {
                let reason = export.unreadable[summary.date] ?? words.t("the file is missing", "文件缺失")
                sections.append(ReportSection(heading, level: 1, pageBreakBefore: true,
                                              blocks: [.alert(words.t("The day's file cannot be read: ", "该日文件无法读取:") + reason)]))
            }
        }
        sections += registerSections(export)
        sections += exitSections(export)
        return report(export, title: title, sections: sections)
    }

    private static func report(_ export: SiteExport, title: String, sections: [ReportSection]) -> Report {
        let words = export.words
        let site = export.site
        var subtitle = [
            words.t("Client", "客户") + ": " + site.profile.client,
            words.t("Address", "地址") + ": " + site.profile.address,
            words.t("Times are the site's local time", "时间均为现场当地时间") + " (" + ExportWords.zone(site.createdAt.offsetSeconds) + ")",
        ]
        if let generated = export.generatedAt { subtitle.append(words.t("Generated", "生成时间") + ": " + words.time(generated)) }
        let banner = site.isDemo
            ? words.t("DEMO — training data, not a client's record", "演示数据(DEMO)——仅供培训,不是客户的真实记录") : ""
        return Report(title: title, subtitle: subtitle, demo: site.isDemo, demoBanner: banner, language: export.language, sections: sections)
    }

    /// The chain of seals as `onsite verify` sees it.
    static func verificationSection(_ export: SiteExport, level: Int) -> ReportSection {
        let words = export.words
        let block: ReportBlock
        switch export.chain {
        case .success(let report):
            block = .text(words.t("Chain of seals intact: \(report.signedRecords) signed records, every seal and signature valid.",
                                  "签名链完整:共 \(report.signedRecords) 份已签记录,所有封签和签名均有效。"))
        case .failure(let failure):
            block = .alert(words.t("CHAIN BROKEN — ", "签名链损坏——") + failure.description)
        }
        return ReportSection(words.t("Verification", "校验"), level: level, blocks: [block])
    }

    /// A table, or "none recorded" when it has no rows.
    /// The files of one owner, or nothing when it has none.
    static func files(_ export: SiteExport, _ heading: String, _ attachments: [Attachment]?) -> [ReportBlock] {
        guard let attachments, !attachments.isEmpty else { return [] }
        let words = export.words
        let shown = attachments.map { file in
            ReportAttachment(name: file.name, size: Attachment.sizeText(file.size), sha256: file.sha256, mediaType: file.mediaType,
                             note: file.note ?? "", image: file.isImage ? export.files.images[file.sha256] : nil,
                             missing: !export.files.present.contains(file.sha256),
                             missingText: words.t("the stored copy is missing from the site's files folder", "现场 files 文件夹中缺少该文件的副本"))
        }
        return [.attachments(heading: heading, shown)]
    }

    static func table(_ words: ExportWords, _ headers: [String], _ rows: [[String]]) -> ReportBlock {
        rows.isEmpty ? .note(words.none) : .table(headers: headers, rows: rows)
    }

    /// A signed record's block.
    static func signed(_ export: SiteExport, title: String, _ signOff: SignOff, verification: RecordVerification) -> ReportBlock {
        let words = export.words
        return .signed(SignedRecordView(
            title: title, clientName: signOff.clientName, signedAt: words.time(signOff.signedAt), signature: signOff.signature,
            recordHash: signOff.recordHash, sealHash: signOff.seal?.hash, sequence: signOff.seal?.sequence, keyID: signOff.seal?.keyID,
            verification: verification, verificationText: words.verification(verification), labels: words.signedLabels))
    }

    // MARK: Setup and arrival

    static func setupSections(_ export: SiteExport) -> [ReportSection] {
        let words = export.words
        let site = export.site
        let profile = site.profile
        var fields = [
            ReportField(words.t("Site", "现场"), profile.name), ReportField(words.t("Site id", "现场编号"), site.id),
            ReportField(words.t("Client", "客户"), profile.client), ReportField(words.t("Address", "地址"), profile.address),
            ReportField(words.t("Project manager", "项目经理"), profile.projectManager),
            ReportField(words.t("Engineering head", "工程主管"), profile.engineeringHead),
            ReportField(words.t("Planned", "计划工期"), profile.plannedStart.isoText + " – " + profile.plannedEnd.isoText),
            ReportField(words.t("Created", "创建时间"), words.time(site.createdAt)),
            ReportField(words.t("Standard", "服务标准"), "\(export.standard.name.text(in: export.language)) (\(site.standard.id) v\(site.standard.version), SHA-256 \(site.standard.sha256))"),
        ]
        if let closed = site.closedAt { fields.append(ReportField(words.t("Closed", "关闭时间"), words.time(closed))) }
        if let archived = site.archivedAt { fields.append(ReportField(words.t("Archived", "归档时间"), words.time(archived))) }
        let crew = profile.crew.map { [$0.name, $0.role] }
        let liaisons = profile.liaisons.map { [$0.name, $0.role, $0.phone] }
        return [
            ReportSection(words.t("Site setup", "现场信息"), level: 1, pageBreakBefore: true, blocks: [.fields(fields)]),
            ReportSection(words.t("Crew", "施工队"), blocks: [table(words, [words.t("Name", "姓名"), words.t("Role", "职务")], crew)]),
            ReportSection(words.t("Client's liaison people", "客户联络人"),
                          blocks: [table(words, [words.t("Name", "姓名"), words.t("Role", "职责"), words.t("Phone", "电话")], liaisons)]),
        ]
    }

    static func arrivalSections(_ export: SiteExport) -> [ReportSection] {
        let words = export.words
        let arrival = export.site.arrival
        var sections = [ReportSection(words.t("Arrival", "进场"), level: 1, pageBreakBefore: true, blocks: [])]
        let headers = [words.t("Item", "项目"), words.t("State", "状态"), words.t("By", "经办人"), words.t("Time", "时间"), words.t("Note or reason", "备注或理由")]
        for section in export.standard.arrival {
            let rows = section.items.map { item -> [String] in
                let record = arrival.record(for: item.id)
                let remark = [record.reason, record.note].filter { !$0.isEmpty }.joined(separator: "\n")
                return [item.title.text(in: export.language), words.itemState(record.state), record.by ?? "", record.at.map(words.time) ?? "", remark]
            }
            let files = section.items.flatMap { item in
                Self.files(export, words.t("Files: ", "附件:") + item.title.text(in: export.language), arrival.items[item.id]?.attachments)
            }
            sections.append(ReportSection(section.title.text(in: export.language), blocks: [table(words, headers, rows)] + files))
        }
        let rules = arrival.clientRules.map { [words.time($0.addedAt), $0.text] }
        sections.append(ReportSection(words.t("Client's site rules", "客户现场规定"), blocks: [
            .fields([ReportField(words.t("Given in writing", "书面提供"), arrival.rulesInWriting ? words.yes : words.no)]),
            table(words, [words.t("Added", "添加时间"), words.t("Rule", "规定")], rules),
        ]))
        let acks = arrival.acknowledgments.map { ack in
            [export.crewName(ack.crewMemberID), words.time(ack.at),
             ack.rulesVersion >= arrival.rulesVersion ? words.yes : words.no]
        }
        sections.append(ReportSection(words.t("Rules relayed to the crew", "规定已传达给施工队"), blocks: [
            table(words, [words.t("Crew member", "成员"), words.t("Told at", "传达时间"), words.t("Current rules", "最新规定")], acks),
        ]))
        let custody = arrival.custody.map { [$0.items, $0.responsible] }
        sections.append(ReportSection(words.t("Work and storage areas", "施工区域与存放区域"), blocks: [
            .fields([ReportField(words.t("Work area", "施工区域"), arrival.workArea), ReportField(words.t("Storage area", "存放区域"), arrival.storageArea)]),
            table(words, [words.t("Items kept", "保管物品"), words.t("Responsible", "负责人")], custody),
        ]))
        return sections
    }
}
