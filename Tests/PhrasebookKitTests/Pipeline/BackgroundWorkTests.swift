import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Work in the background")
struct BackgroundWorkTests {
    @Test("the work runs while the caller goes on, and wait gives its result, as often as asked")
    func runsBeside() {
        let started = DispatchSemaphore(value: 0)
        let goOn = DispatchSemaphore(value: 0)
        let work = BackgroundWork { () -> Int in
            started.signal()
            goOn.wait()
            return 42
        }
        // The work has started before anyone waits for it, and it waits for the caller: it runs on another thread.
        #expect(started.wait(timeout: .now() + 10) == .success)
        goOn.signal()
        #expect(work.wait() == 42)
        #expect(work.wait() == 42)
    }

    @Test("an error the work throws is rethrown by wait")
    func passesErrorsOn() {
        let work = BackgroundWork { () throws(PhrasebookError) -> Int in throw .invalidOption("no") }
        #expect(throws: PhrasebookError.self) { try work.wait() }
    }

    @Test("a parallel map inside the work gives every result, in order")
    func parallelInside() {
        let work = BackgroundWork { () -> [Int] in ParallelMap.map(Array(0..<100)) { $0 * 2 } }
        #expect(work.wait() == Array(0..<100).map { $0 * 2 })
    }
}
