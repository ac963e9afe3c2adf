import ArgumentParser
import BookSynth
import Foundation
import PhrasebookKit

/// `phrasebook-bench`: generates synthetic books of several sizes and times every stage of a build on them,
/// each size in a child process of its own so that its peak memory is its own. Prints a Markdown table.
/// Run it from the package root with a release build:
///
///     swift run -c release --scratch-path .build-release phrasebook-bench
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phrasebook-bench",
        abstract: "Times load, check, render and publish on synthetic books, against the xmllint floor.")

    @Option(help: "Book sizes in phrases, comma-separated.")
    var sizes = "1000,10000,100000"

    @Option(help: "Runs per measurement; the table shows medians.")
    var runs = 5

    @Option(help: "Seed of the synthetic books.")
    var seed: UInt64 = 20_240_601

    @Option(help: "The templates folder.")
    var templates = "Templates"

    @Option(help: "The RELAX NG schema given to xmllint.")
    var schema = "Schema/phrasebook-v1.rng"

    @Option(help: "Where the books are generated (a fresh temporary folder by default; removed afterwards).")
    var workspace: String?

    @Option(help: "Only write the book of the first size into this folder (to inspect or profile it), then stop.")
    var generate: String?

    @Option(help: "With --generate: also write the same book as a Hugo site into this folder (see HugoSite).")
    var hugoSite: String?

    @Flag(help: "Only time loading and checking the book of the first size (or of --content), --runs times.")
    var loadCheck = false

    @Option(help: .hidden)
    var one: Int?

    @Option(help: .hidden)
    var content: String?

    mutating func run() throws {
        if let one, let content {
            let result = try SizeRun(
                phrases: one, content: content, templates: templates, schema: schema, runs: max(1, runs)
            ).measure()
            let data = try JSONEncoder().encode(result)
            print(String(decoding: data, as: UTF8.self))
            return
        }
        let sizes = self.sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !sizes.isEmpty else { throw ValidationError("--sizes: give sizes in phrases, e.g. 1000,10000") }
        if loadCheck {
            try measureLoadAndCheck(size: sizes[0])
            return
        }
        if let generate {
            try BookSynth(phrases: sizes[0], seed: seed).write(to: generate)
            if let hugoSite {
                guard let book = try ContentLoader(folder: generate).load().book else {
                    throw ValidationError("the generated book did not load")
                }
                try HugoSite(book: book).write(to: hugoSite)
            }
            return
        }
        let manager = FileManager.default
        let root = workspace ?? NSTemporaryDirectory() + "phrasebook-bench-\(ProcessInfo.processInfo.processIdentifier)"
        defer { if workspace == nil { try? manager.removeItem(atPath: root) } }
        var results: [SizeResult] = []
        for size in sizes {
            let folder = root + "/book-\(size)"
            try? manager.removeItem(atPath: folder)
            log("size \(size): generating…")
            let (_, generated) = try Measure.time {
                try BookSynth(phrases: size, seed: seed).write(to: folder + "/content")
            }
            log("size \(size): generated in \(String(format: "%.2f", generated)) s; measuring \(runs) runs…")
            results.append(try child(size: size, folder: folder))
            if workspace == nil { try? manager.removeItem(atPath: folder) }
        }
        print(Report.table(results))
        let engine = try EngineRun(templates: templates, runs: max(1, runs)).measure()
        print(Report.engine(engine))
    }

    /// Times load and check of `--content`, or of a book of `size` phrases generated into a temporary folder.
    private func measureLoadAndCheck(size: Int) throws {
        let generated = NSTemporaryDirectory() + "phrasebook-bench-\(ProcessInfo.processInfo.processIdentifier)"
        defer { if content == nil { try? FileManager.default.removeItem(atPath: generated) } }
        if content == nil { try BookSynth(phrases: size, seed: seed).write(to: generated) }
        let folder = content ?? generated
        print(LoadCheckRun.line(try LoadCheckRun(content: folder, runs: max(1, runs)).measure()))
    }

    /// Measures one size in a child process (`--one SIZE`), which prints its result as JSON.
    private func child(size: Int, folder: String) throws -> SizeResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = [
            "--one", "\(size)", "--content", folder + "/content", "--runs", "\(runs)", "--templates", templates,
            "--schema", schema,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("size \(size): the measuring process failed (status \(process.terminationStatus))")
        }
        return try JSONDecoder().decode(SizeResult.self, from: data)
    }

    private func log(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
