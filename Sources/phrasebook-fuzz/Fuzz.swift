import ArgumentParser
import BookSynth
import Foundation
import PhrasebookKit

/// `phrasebook-fuzz`: feeds mutated shipped content and templates to the loader, the checks and the renderers,
/// and fails on a finding: a crash (the process dies), a hang (an iteration over `--timeout`), a result that
/// differs between two runs of the same input, or a diagnostic without a place. Iterations are reproducible:
/// iteration `i` of seed `s` is always the same input (`--seed s --first i --iterations 1` replays it).
@main
struct Fuzz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phrasebook-fuzz",
        abstract: "Fuzz the loader, the checks and the template layer with mutated shipped content.",
        discussion: """
            Examples:
              swift run phrasebook-fuzz --seconds 60                 what CI runs
              swift run -c release phrasebook-fuzz --seconds 3600    an hour, on a fresh seed each time:
              swift run -c release phrasebook-fuzz --seconds 3600 --seed $RANDOM
            A finding is kept in --findings (the scratch book and templates of the iteration) and the exit status
            is 1; replay it with the --seed and --first the message names and --iterations 1.
            """)

    @Option(help: "Stop after this many seconds.") var seconds = 60.0
    @Option(help: "Stop after this many iterations (default: no limit).") var iterations: Int?
    @Option(help: "The seed of the run.") var seed: UInt64 = 1
    @Option(help: "The first iteration's number (to replay one).") var first = 0
    @Option(help: "A finding: an iteration running longer than this many seconds.") var timeout = 60.0
    @Option(help: ArgumentHelp("The content folder to mutate.", valueName: "dir")) var content = "Content"
    @Option(help: ArgumentHelp("The templates folder to mutate.", valueName: "dir")) var templates = "Templates"
    @Option(help: ArgumentHelp("Where findings are kept.", valueName: "dir")) var findings = ".build/fuzz-findings"

    func run() throws {
        let corpus = try Corpus(content: content, templates: templates)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("phrasebook-fuzz-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let watchdog = Watchdog(limit: timeout)
        let deadline = Date().addingTimeInterval(seconds)
        var counts: [String: Int] = [:]
        var index = first
        while Date() < deadline, iterations.map({ index < first + $0 }) ?? true {
            let iteration = Iteration(corpus: corpus, seed: seed, index: index, scratch: scratch)
            try iteration.write()
            watchdog.begin { iteration.keep(in: findings) }
            let outcome = iteration.run()
            watchdog.end()
            if let finding = outcome.finding {
                iteration.keep(in: findings)
                FileHandle.standardError.write(
                    Data("phrasebook-fuzz: finding at --seed \(seed) --first \(index): \(finding)\n".utf8))
                throw ExitCode(1)
            }
            counts[outcome.kind, default: 0] += 1
            index += 1
        }
        let summary = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        print("phrasebook-fuzz: \(index - first) iterations (\(summary)), seed \(seed), no findings")
    }
}
