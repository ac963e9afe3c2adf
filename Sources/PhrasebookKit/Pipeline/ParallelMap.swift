import Foundation

/// Maps a collection on every core, keeping the order of the results. Used where work items are independent:
/// parsing files, rendering pages.
enum ParallelMap {
    /// `transform` applied to every element of `items`, in order; the first error thrown is rethrown.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (Item) throws(PhrasebookError) -> Result
    ) throws(PhrasebookError) -> [Result] {
        guard items.count > 1 else {
            var results: [Result] = []
            for item in items { results.append(try transform(item)) }
            return results
        }
        let slots = ResultSlots<Result>(count: items.count)
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < items.count {
                do throws(PhrasebookError) {
                    slots.set(index, try transform(items[index]))
                } catch {
                    slots.fail(error)
                    return
                }
                index += workers
            }
        }
        return try slots.collect()
    }
}
