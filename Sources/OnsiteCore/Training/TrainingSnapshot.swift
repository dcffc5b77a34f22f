/// What a step's condition looks at: the screen shown and the counts of the training site and its day.
/// A step compares the sandbox now with the snapshot taken when it began, so the demo's own records never count.
public struct TrainingSnapshot: Hashable, Sendable {
    public var screen: TrainingScreen?
    public var arrivalDone = 0
    public var briefingHeld = false
    public var logEntries = 0
    public var problems = 0
    public var extraWork = 0
    public var borrowings = 0
    public var daySigned = false
    public var exitProgress = 0

    public init(screen: TrainingScreen?, site: Site?, day: WorkDay?) {
        self.screen = screen
        if let site {
            arrivalDone = site.arrival.items.values.filter { $0.state == .done }.count
            problems = site.registers.problems.count
            extraWork = site.registers.extraWork.count
            borrowings = site.registers.borrowings.count
            let exit = site.exit
            exitProgress = [exit.preAcceptance != nil, exit.delivery != nil, exit.leftoversCountedAt != nil,
                            exit.restoration != nil, exit.survey != nil, exit.thanksAt != nil].filter { $0 }.count + exit.acceptances.count
        }
        if let day {
            briefingHeld = day.briefing.heldAt != nil
            logEntries = day.log.count
            daySigned = day.signOff != nil
        }
    }
}

/// Whether a step is done, and if not, what is still missing (said to the trainee).
public struct ConditionCheck: Hashable, Sendable {
    public var met: Bool
    public var missing: LocalizedText?
}

extension WalkthroughStep {
    /// Checks the step on the sandbox now against the snapshot taken when the step began.
    public func check(_ now: TrainingSnapshot, since start: TrainingSnapshot) -> ConditionCheck {
        func result(_ met: Bool, _ en: String, _ zh: String) -> ConditionCheck {
            ConditionCheck(met: met, missing: met ? nil : LocalizedText(en: en, zh: zh))
        }
        switch condition {
        case .read:
            return ConditionCheck(met: true, missing: nil)
        case .screen:
            guard let screen else { return ConditionCheck(met: true, missing: nil) }
            return result(now.screen == screen, "Open \(screen.title.en).", "请打开\(screen.title.zh)。")
        case .arrivalTicked:
            return result(now.arrivalDone > start.arrivalDone,
                          "No arrival item was ticked yet: Space on an open item of the checklist.",
                          "还没有勾选进场项目:在检查表中未完成的项目上按空格。")
        case .briefingHeld:
            return result(now.briefingHeld, "Today's briefing is not held yet: record it as held on the briefing screen.",
                          "今天的班前会还没有记录为已召开:请在班前会界面记录召开。")
        case .logEntry:
            return result(now.logEntries > start.logEntries, "No new entry in today's log yet: add one on the log screen.",
                          "今天的日志还没有新记录:请在日志界面添加一条。")
        case .problemAdded:
            return result(now.problems > start.problems, "No problem was added yet: add one in the problem register.",
                          "还没有添加问题:请在问题登记簿中添加一条。")
        case .extraWorkAdded:
            return result(now.extraWork > start.extraWork, "No extra work was added yet: add it in the extra-work register.",
                          "还没有添加合同外工作:请在追加工作登记簿中添加。")
        case .borrowingAdded:
            return result(now.borrowings > start.borrowings, "No borrowed item was recorded yet: add it in the borrowings register.",
                          "还没有记录借用物品:请在借用登记簿中添加。")
        case .daySigned:
            return result(now.daySigned, "Today is not signed by the client yet.", "今天的记录还没有客户签字。")
        case .exitStep:
            return result(now.exitProgress > start.exitProgress, "No exit step was recorded yet: open an exit step and record it.",
                          "还没有记录撤场步骤:请打开一个撤场步骤并记录。")
        }
    }
}
