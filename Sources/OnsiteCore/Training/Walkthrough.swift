/// One chapter of a guided walkthrough of the standard: steps done in the real screens, then a quiz.
public struct Walkthrough: Hashable, Sendable {
    public var id: String
    /// Chapters are offered in this order (built-in ones count in tens, so a trainer's file can go between).
    public var order: Int
    public var title: LocalizedText
    public var steps: [WalkthroughStep]
    public var quiz: [QuizQuestion]
    /// Where the chapter came from: "built-in" or the file's path.
    public var source: String

    public init(id: String, order: Int, title: LocalizedText, steps: [WalkthroughStep], quiz: [QuizQuestion], source: String) {
        self.id = id
        self.order = order
        self.title = title
        self.steps = steps
        self.quiz = quiz
        self.source = source
    }
}

/// One step: what to do, why it matters, and the condition that says it was done.
public struct WalkthroughStep: Hashable, Sendable {
    public var id: String
    public var text: LocalizedText
    public var why: LocalizedText
    public var condition: StepCondition
    /// The screen where the step is done (required for `.screen`, a hint for the others).
    public var screen: TrainingScreen?

    public init(id: String, text: LocalizedText, why: LocalizedText, condition: StepCondition, screen: TrainingScreen?) {
        self.id = id
        self.text = text
        self.why = why
        self.condition = condition
        self.screen = screen
    }
}

/// A multiple-choice question with exactly one correct choice and the reason for it.
public struct QuizQuestion: Hashable, Sendable {
    public var id: String
    public var question: LocalizedText
    public var choices: [LocalizedText]
    /// Index (from 0) of the correct choice.
    public var answer: Int
    public var reason: LocalizedText

    public init(id: String, question: LocalizedText, choices: [LocalizedText], answer: Int, reason: LocalizedText) {
        self.id = id
        self.question = question
        self.choices = choices
        self.answer = answer
        self.reason = reason
    }
}

/// The screens a step can name, by the name a walkthrough file uses.
public enum TrainingScreen: String, CaseIterable, Hashable, Sendable {
    case welcome, home, arrival, arrivalItem = "arrival-item", siteRules = "site-rules", days, day, briefing, log, register, problem
    case cleanup, review, signPreview = "sign-preview", signature, dashboard, exit, exitStep = "exit-step", exitSignature = "exit-signature"

    /// How the screen is named to the trainee, with the way to reach it.
    public var title: LocalizedText {
        switch self {
        case .welcome: LocalizedText(en: "the list of sites", zh: "现场列表")
        case .home: LocalizedText(en: "the site's home (Enter on the site)", zh: "现场主页(在现场上按 Enter)")
        case .arrival: LocalizedText(en: "the arrival checklist (A on the site's home)", zh: "进场检查表(在现场主页按 A)")
        case .arrivalItem: LocalizedText(en: "an arrival item (Enter on the item)", zh: "一个进场项目(在项目上按 Enter)")
        case .siteRules: LocalizedText(en: "the site rules (R)", zh: "现场规范(按 R)")
        case .days: LocalizedText(en: "the list of days (D on the site's home)", zh: "工作日列表(在现场主页按 D)")
        case .day: LocalizedText(en: "today (T on the site's home)", zh: "今天(在现场主页按 T)")
        case .briefing: LocalizedText(en: "the morning briefing (Enter on its row of the day)", zh: "班前会(在当天的班前会一行按 Enter)")
        case .log: LocalizedText(en: "the day's log (Enter on its row of the day)", zh: "当天日志(在当天的日志一行按 Enter)")
        case .register: LocalizedText(en: "a register (Enter on its row of the day)", zh: "登记簿(在当天的登记簿一行按 Enter)")
        case .problem: LocalizedText(en: "a problem (Enter on it in the problem register)", zh: "一个问题(在问题登记簿中按 Enter)")
        case .cleanup: LocalizedText(en: "the 5S cleanup (Enter on its row of the day)", zh: "5S 清理(在当天的清理一行按 Enter)")
        case .review: LocalizedText(en: "the review with the client (Enter on its row of the day)", zh: "与客户回顾(在当天的回顾一行按 Enter)")
        case .signPreview: LocalizedText(en: "the record the client signs", zh: "客户签字的记录")
        case .signature: LocalizedText(en: "the client's signature pad", zh: "客户签名板")
        case .dashboard: LocalizedText(en: "the site at a glance (O on the site's home)", zh: "现场概览(在现场主页按 O)")
        case .exit: LocalizedText(en: "the exit (X on the site's home)", zh: "撤场(在现场主页按 X)")
        case .exitStep: LocalizedText(en: "an exit step (Enter on the step)", zh: "一个撤场步骤(在步骤上按 Enter)")
        case .exitSignature: LocalizedText(en: "the exit signature pad", zh: "撤场签名板")
        }
    }
}

/// What the program checks on the sandbox to know a step was done (a small closed set).
public enum StepCondition: String, CaseIterable, Hashable, Sendable {
    /// Nothing to do: the step is read and discussed.
    case read
    /// The step's screen is shown.
    case screen
    /// One more arrival item is ticked than when the step began.
    case arrivalTicked = "arrival-ticked"
    /// Today's morning briefing is held.
    case briefingHeld = "briefing-held"
    /// Today's log has a new entry.
    case logEntry = "log-entry"
    /// A problem was added to the register.
    case problemAdded = "problem-added"
    /// Extra work was added to the register.
    case extraWorkAdded = "extra-work-added"
    /// An item borrowed from the client was recorded.
    case borrowingAdded = "borrowing-added"
    /// Today was signed by the client.
    case daySigned = "day-signed"
    /// One more exit step was recorded.
    case exitStep = "exit-step"
}
