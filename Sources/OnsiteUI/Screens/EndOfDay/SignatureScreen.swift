import OnsiteCore

enum SignatureScreen {
    static func handle(_ key: Key, _ action: Action?, _ state: inout AppState, _ env: AppEnvironment) -> [Effect] {
        if action == .back { AppUpdate.pop(&state) }
        return []
    }

    static func render(_ state: AppState, _ screen: Screen, into grid: inout Grid, _ area: Rect) {}
}
