import OnsiteCore

/// A chapter's quiz: one question at a time, immediate feedback with the reason, the score kept in the sandbox.
enum TrainingQuiz {
    static func handle(_ key: Key, _ progress: QuizProgress, _ state: inout AppState, _ env: AppEnvironment,
                       next: TrainingInput.Next) -> [Effect] {
        guard let training = state.training, let chapter = training.currentChapter,
              let question = chapter.quiz[safe: progress.question] else { return [] }
        var progress = progress
        let action = KeyMap.action(for: key, on: .quiz, typing: false)
        if progress.answered == nil {
            switch action {
            case .moveUp: progress.selection = max(0, progress.selection - 1)
            case .moveDown: progress.selection = min(question.choices.count - 1, progress.selection + 1)
            case .answer:
                guard let number = TrainingKeys.answerNumber(key), number <= question.choices.count else { return [] }
                answer(number - 1, question, &progress)
            case .open: answer(progress.selection, question, &progress)
            case .chapterMenu, .back:
                state.training?.panel = .menu(training.chapter)
                return []
            case .switchLanguage, .quit, .help: return next(key, &state, env)
            default: return []
            }
            state.training?.panel = .quiz(progress)
            return []
        }
        switch action {
        case .open, .nextStep:
            if progress.question + 1 < chapter.quiz.count {
                var following = QuizProgress()
                following.question = progress.question + 1
                following.correct = progress.correct
                state.training?.panel = .quiz(following)
                return []
            }
            let score = QuizScore(trainee: training.trainee, chapterID: chapter.id, correct: progress.correct,
                                  total: chapter.quiz.count, at: env.now)
            state.training?.scores.append(score)
            state.training?.panel = .result(score)
            return [.recordScore(score)]
        case .chapterMenu, .back:
            state.training?.panel = .menu(training.chapter)
        case .switchLanguage, .quit, .help: return next(key, &state, env)
        default: break
        }
        return []
    }

    private static func answer(_ choice: Int, _ question: QuizQuestion, _ progress: inout QuizProgress) {
        progress.answered = choice
        progress.selection = choice
        if choice == question.answer { progress.correct += 1 }
    }

    /// The result: PgDn or Enter goes on to the next chapter (the same trainee), Esc to the chapters.
    static func handleResult(_ key: Key, _ state: inout AppState, _ env: AppEnvironment, next: TrainingInput.Next) -> [Effect] {
        guard let training = state.training else { return [] }
        switch KeyMap.action(for: key, on: .quiz, typing: false) {
        case .open, .nextStep:
            if training.chapter + 1 < training.chapters.count {
                TrainingFlow.begin(chapter: training.chapter + 1, &state)
            } else {
                TrainingInput.leave(&state)
                state.training?.panel = .menu(0)
            }
        case .back, .chapterMenu:
            TrainingInput.leave(&state)
            state.training?.panel = .menu(min(training.chapter + 1, training.chapters.count - 1))
        case .switchLanguage, .quit, .help: return next(key, &state, env)
        default: break
        }
        return []
    }
}
