import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Parallel map")
struct ParallelMapTests {
    @Test("results keep the items' order however long each item takes")
    func keepsOrder() {
        let items = Array(0..<60)
        let results = ParallelMap.map(items) { item in
            usleep(UInt32((item * 7919) % 5) * 200)
            return item * item
        }
        #expect(results == items.map { $0 * $0 })
    }

    @Test("an error thrown by one item is rethrown")
    func rethrowsFirstError() {
        #expect(throws: PhrasebookError.self) {
            _ = try ParallelMap.map(Array(0..<20)) { item throws(PhrasebookError) in
                if item == 13 { throw .invalidOption("item \(item)") }
                return item
            }
        }
    }
}
