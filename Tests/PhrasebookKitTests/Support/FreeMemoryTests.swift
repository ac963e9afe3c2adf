import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Free memory handed back")
struct FreeMemoryTests {
    /// What it hands back is measured by the benchmark's peak (Documentation/Performance.md); here, that the call
    /// is there to be made: without it a build would silently keep every free page.
    @Test("glibc's malloc_trim is found and can be called")
    func found() {
        #expect(FreeMemory.canGiveBack)
        FreeMemory.giveBack()
    }

    /// An object that says which thread freed it.
    private final class Freed: Sendable {
        let done: @Sendable (pthread_t) -> Void
        init(_ done: @escaping @Sendable (pthread_t) -> Void) { self.done = done }
        deinit { done(pthread_self()) }
    }

    @Test("a value handed over is freed on another thread, never the caller's, however soon that thread runs")
    func freedElsewhere() {
        for _ in 0..<200 {
            let freedBy = Locked<pthread_t?>(nil)
            let freed = DispatchSemaphore(value: 0)
            let value = Freed { thread in
                freedBy.withLock { $0 = thread }
                freed.signal()
            }
            FreeMemory.releaseInBackground(consume value)
            freed.wait()
            let thread = freedBy.withLock { $0 }
            #expect(thread.map { pthread_equal($0, pthread_self()) == 0 } == true)
        }
    }
}
