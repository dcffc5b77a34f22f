import OnsiteCore

/// The training sandbox's walkthrough: which chapter and step, the panel shown, the trainee and their scores.
/// Present (non-nil in `AppState.training`) for the whole run of `onsite train`.
public struct TrainingState: Sendable {
    /// What the walkthrough shows on top of the real screens.
    public enum Panel: Hashable, Sendable {
        /// No walkthrough running: the sandbox is used freely (F5 opens the chapters).
        case off
        /// The chapter menu, with its selection.
        case menu(Int)
        /// Asking the trainee's name before a chapter starts.
        case name(TextField, chapter: Int)
        /// A step's box over the real screens.
        case step
        /// One quiz question.
        case quiz(QuizProgress)
        /// The chapter's quiz result.
        case result(QuizScore)
        /// Asking to confirm a reset of the sandbox.
        case confirmReset
    }

    /// How the step box is shown: a few lines under the screen, the whole screen (to present the reasons), or hidden.
    public enum BoxSize: Hashable, Sendable {
        case compact, full, hidden
    }

    public var chapters: [Walkthrough]
    public var panel: Panel = .off
    public var trainee = ""
    /// The running chapter and step (indices).
    public var chapter = 0
    public var step = 0
    /// The sandbox as it was when the step began: conditions count from there.
    public var baseline: TrainingSnapshot?
    /// The screen shown when the step began or last looked at, to notice when the trainee goes elsewhere.
    public var lastScreen: TrainingScreen?
    /// A PgDn on a step not done yet said what is missing; the next PgDn skips the step.
    public var skipArmed = false
    /// What the box says under the step (done, what is missing, the trainee went elsewhere).
    public var notice: StatusMessage?
    public var box: BoxSize = .compact
    /// The terminal's real height; `AppState.height` is what the screens get above the step box.
    public var terminalHeight: Int
    /// Every score of this sandbox, oldest first (read at start, added to as quizzes end).
    public var scores: [QuizScore]

    public init(chapters: [Walkthrough], scores: [QuizScore] = [], terminalHeight: Int = 24) {
        self.chapters = chapters
        self.scores = scores
        self.terminalHeight = terminalHeight
        trainee = scores.last?.trainee ?? ""
    }

    /// The running chapter, if any.
    public var currentChapter: Walkthrough? { chapters[safe: chapter] }

    /// The running step, if any.
    public var currentStep: WalkthroughStep? { currentChapter?.steps[safe: step] }

    /// Rows the step box takes under the screens (0 when no box is shown).
    public var boxRows: Int {
        guard panel == .step, box == .compact else { return 0 }
        return min(10, max(6, terminalHeight - 17))
    }
}

/// Where a trainee stands in a chapter's quiz.
public struct QuizProgress: Hashable, Sendable {
    public var question = 0
    public var selection = 0
    /// The choice given for the current question (feedback is shown once it is set).
    public var answered: Int?
    public var correct = 0

    public init() {}
}
