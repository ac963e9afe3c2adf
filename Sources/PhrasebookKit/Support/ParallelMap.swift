import Foundation

/// Maps a collection on every core, keeping the order of the results; items are handed out one at a time. Used
/// where work items are independent: rendering pages, laying out situations.
enum ParallelMap {
    /// `transform` applied to every element of `items`, in order; the first error thrown is rethrown.
    static func map<Item: Sendable, Result: Sendable, Failure: Error>(
        _ items: [Item], _ transform: @Sendable (Item) throws(Failure) -> Result
    ) throws(Failure) -> [Result] {
        guard items.count > 1 else {
            var results: [Result] = []
            for item in items { results.append(try transform(item)) }
            return results
        }
        let slots = ResultSlots<Result, Failure>(count: items.count)
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, items.count)
        // Each worker takes the next item not yet taken, so a long item does not hold back the items behind it.
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.claim() {
                do throws(Failure) {
                    slots.set(index, try transform(items[index]))
                } catch {
                    slots.fail(error)
                    return
                }
            }
        }
        return try slots.collect()
    }
}
