import Foundation

/// A test hook into the commit: `PHRASEBOOK_FAULT=fail:<step>` makes the commit fail at `<step>` the way a failed
/// rename would, `kill:<step>` kills the process there (SIGKILL, no clean-up), so that tests can show every step
/// is safe to stop at. Steps, in order: `journal`, each format folder (`html`, `markdown`, `text`), `manifest`,
/// `state` (the build state), `commit` (all swapped, journal still there), `cleanup` (committed, staging folder not yet removed; only
/// `kill` acts there, the commit being done).
struct FaultInjection: Sendable, Equatable {
    /// What happens at the step.
    enum Action: String, Sendable {
        case fail, kill
    }

    /// What happens.
    var action: Action
    /// Where.
    var step: String

    /// The fault named by `PHRASEBOOK_FAULT`, if any.
    static var environment: FaultInjection? {
        guard let setting = ProcessInfo.processInfo.environment["PHRASEBOOK_FAULT"] else { return nil }
        let parts = setting.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let action = Action(rawValue: parts[0]) else { return nil }
        return FaultInjection(action: action, step: parts[1])
    }

    /// Fails or kills when `step` is this fault's step.
    func reach(_ step: String, in folder: String) throws(PhrasebookError) {
        guard step == self.step else { return }
        switch action {
        case .fail: throw .outputFailed(path: folder, reason: "injected failure at \(step) (PHRASEBOOK_FAULT)")
        case .kill: kill(getpid(), SIGKILL)
        }
    }
}
