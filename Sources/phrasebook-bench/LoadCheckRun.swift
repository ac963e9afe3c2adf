import Foundation
import PhrasebookKit

/// Load and check alone (`phrasebook-bench --load-check`), timed as the full benchmark times those two stages:
/// `ContentLoader.load` then `Checker.check`, each run in this process. Quick enough (seconds) to compare two
/// builds of the tool run after run, which the full benchmark (minutes) is not.
struct LoadCheckRun {
    /// The content folder.
    let content: String
    /// How many times each stage runs.
    let runs: Int

    /// Each run's load and check times, in seconds.
    func measure() throws -> (load: [Double], check: [Double]) {
        var load: [Double] = []
        var check: [Double] = []
        for _ in 0..<runs {
            let run = try Self.once(content)
            load.append(run.load)
            check.append(run.check)
        }
        return (load, check)
    }

    /// The book of `content` loaded and checked once, with the seconds each stage took (the full benchmark's
    /// stage loop starts with this too); throws when the book does not load.
    static func once(_ content: String) throws -> (book: Book, load: Double, check: Double) {
        let (loaded, load) = try Measure.time { try ContentLoader(folder: content).load() }
        let (_, check) = Measure.time { Checker().check(loaded) }
        guard let book = loaded.book else { throw CocoaError(.fileReadCorruptFile) }
        return (book, load, check)
    }

    /// One line: the medians, fastest in brackets, and the runs.
    static func line(_ times: (load: [Double], check: [Double])) -> String {
        func figure(_ values: [Double]) -> String {
            String(format: "%.3f s (%.3f)", Measure.median(values), values.min() ?? .nan)
        }
        let sums = zip(times.load, times.check).map { $0 + $1 }
        return "load \(figure(times.load)), check \(figure(times.check)), load + check \(figure(sums)); "
            + "medians of \(times.load.count), fastest in brackets"
    }
}
