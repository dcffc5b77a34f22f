import OnsiteCore

extension AppUpdate {
    /// Opens the training sandbox's walkthrough: the practice site is created when missing, and the chapters are offered.
    public static func startTraining(_ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        TrainingFlow.start(&state, env)
    }
}
