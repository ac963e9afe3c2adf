/// A tally of units of work (bytes read, texts hashed) that tests bind to the current task to prove that a cost
/// grows linearly with the input: they compare the tallies of two input sizes instead of timing them. Outside
/// such a test no counter is bound and counting costs one task-local read.
final class WorkCount: Sendable {
    private let tally = Locked(0)

    /// The units counted so far.
    var units: Int { tally.withLock { $0 } }

    /// The counter bound to the current task, if any.
    @TaskLocal static var current: WorkCount?

    /// Adds `units` to the counter bound to the current task, if there is one (`units` is not even computed
    /// otherwise).
    static func add(_ units: @autoclosure () -> Int) {
        guard let counter = current else { return }
        let units = units()
        counter.tally.withLock { $0 += units }
    }

    /// Runs `body` with a fresh counter bound and returns the units it counted.
    static func counting(_ body: () throws -> Void) rethrows -> Int {
        let counter = WorkCount()
        try $current.withValue(counter) { try body() }
        return counter.units
    }
}
