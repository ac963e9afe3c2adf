import ArgumentParser
import Foundation
import PhrasebookKit

/// Incremental builds of a book already built: with nothing changed, after one phrase's English text is edited
/// (a word added, then taken out again, so that every run changes the text), and after a Markdown template is
/// edited (in a copy of the templates).
struct IncrementalRun {
    let pipeline: Pipeline
    let runs: Int

    /// The template the template-edit builds change.
    static let editedTemplate = "markdown/situation.mustache"

    /// Medians in seconds (for one edit also of the CPU time), and how many files the last edited build of each
    /// kind wrote.
    func measure() throws -> (
        noChange: Double, oneEdit: Double, oneEditCPU: Double, written: Int, templateEdit: Double, templateWritten: Int
    ) {
        _ = try pipeline.build(RenderOptions())
        var noChange: [Double] = []
        for _ in 0..<runs {
            let (result, seconds) = try Measure.time { try pipeline.build(RenderOptions()) }
            guard result.upToDate else { throw ValidationError("a build with nothing changed was not up to date") }
            noChange.append(seconds)
        }
        let file = try firstSituation()
        let original = try String(contentsOfFile: file, encoding: .utf8)
        guard let phrase = original.range(of: "<phrase "),
            let english = original.range(of: "<en", range: phrase.upperBound..<original.endIndex),
            let text = original.range(of: ">", range: english.upperBound..<original.endIndex)
        else { throw ValidationError("no phrase with an <en> text in \(file)") }
        let edited = original.replacingCharacters(in: text, with: ">Really, ")
        defer { try? original.write(toFile: file, atomically: true, encoding: .utf8) }
        var oneEdit: [Double] = []
        var oneEditCPU: [Double] = []
        var written = 0
        for run in 0..<runs {
            try (run % 2 == 0 ? edited : original).write(toFile: file, atomically: true, encoding: .utf8)
            let (result, seconds, cpu) = try Measure.timeWithCPU { try pipeline.build(RenderOptions()) }
            guard result.published, !result.upToDate else { throw ValidationError("the edited build did not publish") }
            oneEdit.append(seconds)
            oneEditCPU.append(cpu)
            written = result.files.count { !$0.kept }
        }
        let (templateEdit, templateWritten) = try templateEdits()
        return (
            Measure.median(noChange), Measure.median(oneEdit), Measure.median(oneEditCPU), written, templateEdit,
            templateWritten
        )
    }

    /// Builds into an output folder of their own with a copy of the templates whose `editedTemplate` gets a line
    /// more, then one less: the median time, and how many files the last build wrote.
    private func templateEdits() throws -> (Double, Int) {
        let root = (pipeline.outputFolder as NSString).deletingLastPathComponent
        let templates = root + "/templates-copy"
        try? FileManager.default.removeItem(atPath: templates)
        try FileManager.default.copyItem(atPath: pipeline.templatesFolder, toPath: templates)
        let copy = Pipeline(
            contentFolder: pipeline.contentFolder, templatesFolder: templates, outputFolder: root + "/output-templates")
        _ = try copy.build(RenderOptions())
        let file = templates + "/" + Self.editedTemplate
        let original = try String(contentsOfFile: file, encoding: .utf8)
        var times: [Double] = []
        var written = 0
        for run in 0..<runs {
            try (run % 2 == 0 ? original + "\n(edited)\n" : original).write(
                toFile: file, atomically: true, encoding: .utf8)
            let (result, seconds) = try Measure.time { try copy.build(RenderOptions()) }
            guard result.published, !result.upToDate else { throw ValidationError("the edited build did not publish") }
            times.append(seconds)
            written = result.files.count { !$0.kept }
        }
        return (Measure.median(times), written)
    }

    private func firstSituation() throws -> String {
        let folder = pipeline.contentFolder + "/situations"
        guard
            let name = try FileManager.default.contentsOfDirectory(atPath: folder).filter({ $0.hasSuffix(".xml") })
                .min()
        else { throw ValidationError("no situation in \(folder)") }
        return folder + "/" + name
    }
}
