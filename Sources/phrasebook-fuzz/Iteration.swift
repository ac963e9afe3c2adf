import BookSynth
import Foundation
import PhrasebookKit

/// One fuzzing input and its run: a book of two shipped situations (one of them, its `taboos.xml`, its
/// `phrasebook.xml` or one template mutated), checked, and rendered when it passes.
struct Iteration {
    /// What was mutated, and how.
    enum Target: String {
        case damagedSituation = "damaged situation"
        case damagedBook = "damaged phrasebook.xml"
        case damagedTaboos = "damaged taboos.xml"
        case richerText = "texts enriched"
        case damagedTemplate = "damaged template"
    }

    let target: Target
    let files: [String: [UInt8]]
    let templateFiles: [String: [UInt8]]
    let format: OutputFormat
    let twice: Bool
    let scratch: String

    /// The input of iteration `index` of `seed`.
    init(corpus: Corpus, seed: UInt64, index: Int, scratch: String) {
        var mutator = Mutator(random: SplitMix64(seed: seed &* 0x9E37_79B9 &+ UInt64(index)))
        let picked = (0..<2).map { _ in corpus.situations[mutator.below(corpus.situations.count)] }
        let ids = Array(Set(picked.map(\.id))).sorted()
        var files: [String: [UInt8]] = ["phrasebook.xml": Array(corpus.book(listing: ids).utf8)]
        for situation in picked { files["situations/\(situation.id).xml"] = situation.bytes }
        var templateFiles = Dictionary(corpus.templates.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        let roll = mutator.below(10)
        let victim = "situations/\(picked[0].id).xml"
        switch roll {
        case 0..<3:
            target = .damagedSituation
            files[victim] = mutator.damage(picked[0].bytes, tokens: Mutator.xmlTokens)
        case 3:
            target = .damagedBook
            files["phrasebook.xml"] = mutator.damage(files["phrasebook.xml"]!, tokens: Mutator.xmlTokens)
        case 4:
            target = .damagedTaboos
            files["taboos.xml"] = mutator.damage(corpus.taboos, tokens: Mutator.xmlTokens)
        case 5..<8:
            target = .richerText
            files[victim] = mutator.enrichText(picked[0].bytes)
        default:
            target = .damagedTemplate
            let template = corpus.templates[mutator.below(corpus.templates.count)]
            templateFiles[template.path] = mutator.damage(
                template.bytes, tokens: Mutator.templateTokens(for: template.path, among: corpus.templates))
        }
        self.files = files
        self.templateFiles = templateFiles
        format = OutputFormat.allCases[mutator.below(OutputFormat.allCases.count)]
        twice = mutator.below(4) == 0
        self.scratch = scratch
    }

    /// Writes the book and the templates into the scratch folder (emptied first).
    func write() throws {
        try? FileManager.default.removeItem(atPath: scratch)
        for (path, bytes) in files { try Self.save(bytes, to: scratch + "/Content/" + path) }
        for (path, bytes) in templateFiles { try Self.save(bytes, to: scratch + "/Templates/" + path) }
    }

    /// What one run found.
    struct Outcome {
        var kind: String
        var finding: String?
    }

    /// Checks the book and renders it in the chosen format when it passes; runs twice when `twice`.
    func run() -> Outcome {
        let first = result()
        if let finding = first.finding { return Outcome(kind: target.rawValue, finding: finding) }
        if twice, result().summary != first.summary {
            return Outcome(kind: target.rawValue, finding: "two runs of the same input differ")
        }
        return Outcome(kind: target.rawValue, finding: nil)
    }

    /// Copies the scratch folder into `findings`, named after the target.
    func keep(in findings: String) {
        let destination = findings + "/" + target.rawValue.replacingOccurrences(of: " ", with: "-")
        try? FileManager.default.createDirectory(atPath: findings, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: destination)
        try? FileManager.default.copyItem(atPath: scratch, toPath: destination)
    }

    private func result() -> (summary: [String], finding: String?) {
        let pipeline = Pipeline(
            contentFolder: scratch + "/Content", templatesFolder: scratch + "/Templates",
            outputFolder: scratch + "/Output")
        do throws(PhrasebookError) {
            let (book, diagnostics) = try pipeline.check()
            if let bad = diagnostics.first(where: { $0.location.line < 1 || $0.location.column < 1 }) {
                return ([], "a diagnostic without a place: \(bad.formatted)")
            }
            var summary = diagnostics.map(\.formatted)
            guard let book, !diagnostics.contains(where: { $0.severity == .error }) else { return (summary, nil) }
            let files = try pipeline.render(book, RenderOptions(formats: [format]))
            summary += files.map { $0.path + "\n" + $0.contents }
            return (summary, nil)
        } catch {
            // The tool's own failures (a broken template, an unreadable file) are answers, not findings.
            return (["\(error)"], nil)
        }
    }

    private static func save(_ bytes: [UInt8], to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
