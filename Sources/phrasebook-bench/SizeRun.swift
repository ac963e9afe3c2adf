import BookSynth
import Foundation
import PhrasebookKit

/// The measurements of one book size, run inside the child process.
struct SizeRun {
    let phrases: Int
    let content: String
    let templates: String
    let schema: String
    let runs: Int

    func measure() throws -> SizeResult {
        let output = (content as NSString).deletingLastPathComponent + "/output"
        let pipeline = Pipeline(contentFolder: content, templatesFolder: templates, outputFolder: output)

        // End to end first, in a fresh process: cold (--clean) builds, then builds with nothing changed, then
        // builds after one phrase's text is edited. The peak memory is the first cold build's, as a user's
        // `phrasebook build --clean` has it: a later build in the same process starts with what the earlier ones
        // left in the allocator's free lists, which reads as resident memory it never used.
        let perBuild = Measure.resetPeak()
        var (built, first, firstCPU) = try Measure.timeWithCPU { try pipeline.build(RenderOptions(), clean: true) }
        let peak = Measure.peakResidentBytes()
        var totals = [first]
        var totalsCPU = [firstCPU]
        for _ in 1..<max(runs, 1) {
            let (result, seconds, cpu) = try Measure.timeWithCPU { try pipeline.build(RenderOptions(), clean: true) }
            totals.append(seconds)
            totalsCPU.append(cpu)
            built = result
        }
        let incremental = try IncrementalRun(pipeline: pipeline, runs: runs).measure()
        let problems = built.diagnostics.filter { $0.severity == .error || $0.severity == .warning }.count
        let outputFiles = built.files.count
        let outputBytes = built.files.reduce(0) { $0 + $1.bytes }

        // Then stage by stage.
        var load: [Double] = []
        var check: [Double] = []
        var render: [Double] = []
        var publish: [Double] = []
        var perFormat: [OutputFormat: [Double]] = [:]
        var situations = 0
        var lastBook: Book?
        for _ in 0..<runs {
            let (book, loadTime, checkTime) = try LoadCheckRun.once(content)
            load.append(loadTime)
            check.append(checkTime)
            situations = book.situations.count
            lastBook = book
            for format in OutputFormat.allCases {
                let (_, seconds) = try Measure.time { try pipeline.render(book, RenderOptions(formats: [format])) }
                perFormat[format, default: []].append(seconds)
            }
            let (files, renderTime) = try Measure.time { try pipeline.render(book, RenderOptions()) }
            render.append(renderTime)
            let (_, publishTime) = try Measure.time {
                try Publisher(folder: output).publish(files, formats: OutputFormat.allCases)
            }
            publish.append(publishTime)
        }

        return SizeResult(
            phrases: phrases, situations: situations, contentBytes: Self.folderBytes(content), outputFiles: outputFiles,
            outputBytes: outputBytes, runs: runs, load: Measure.median(load), check: Measure.median(check),
            html: Measure.median(perFormat[.html] ?? []), markdown: Measure.median(perFormat[.markdown] ?? []),
            text: Measure.median(perFormat[.text] ?? []), render: Measure.median(render),
            publish: Measure.median(publish), total: Measure.median(totals), totalCPU: Measure.median(totalsCPU),
            noChange: incremental.noChange, oneEdit: incremental.oneEdit, oneEditCPU: incremental.oneEditCPU,
            oneEditWritten: incremental.written, templateEdit: incremental.templateEdit,
            templateEditWritten: incremental.templateWritten, peakBytes: peak, peakPerBuild: perBuild,
            xmllint: try xmllint(), hugo: try lastBook.flatMap(hugo), problems: problems)
    }

    /// Hugo on the equivalent site (``HugoSite``): median wall time of `hugo --quiet` building it from nothing,
    /// and the bytes it wrote; `nil` without `hugo` on the PATH's usual place.
    private func hugo(_ book: Book) throws -> SizeResult.Hugo? {
        let executable = "/usr/bin/hugo"
        guard FileManager.default.isExecutableFile(atPath: executable) else { return nil }
        let parent = (content as NSString).deletingLastPathComponent
        let site = parent + "/hugo-site"
        let output = parent + "/hugo-output"
        try? FileManager.default.removeItem(atPath: site)
        try HugoSite(book: book).write(to: site)
        var times: [Double] = []
        for _ in 0..<runs {
            try? FileManager.default.removeItem(atPath: output)
            let (seconds, status) = try Measure.run(
                executable,
                ["--quiet", "--source", site, "--destination", output, "--cacheDir", parent + "/hugo-cache"])
            guard status == 0 else { throw CocoaError(.fileWriteUnknown) }
            times.append(seconds)
        }
        let bytes = Self.folderBytes(output)
        for folder in [site, output, parent + "/hugo-cache"] { try? FileManager.default.removeItem(atPath: folder) }
        return SizeResult.Hugo(seconds: Measure.median(times), outputBytes: bytes)
    }

    /// The floor: `xmllint --noout --relaxng <schema>` over every content file, median of the runs.
    private func xmllint() throws -> Double? {
        let executable = "/usr/bin/xmllint"
        guard FileManager.default.isExecutableFile(atPath: executable) else { return nil }
        let situations = (try FileManager.default.contentsOfDirectory(atPath: content + "/situations"))
            .filter { $0.hasSuffix(".xml") }.sorted().map { content + "/situations/" + $0 }
        let files = [content + "/phrasebook.xml", content + "/taboos.xml"] + situations
        var times: [Double] = []
        for _ in 0..<runs {
            let (seconds, status) = try Measure.run(executable, ["--noout", "--relaxng", schema] + files)
            guard status == 0 else { throw CocoaError(.fileReadCorruptFile) }
            times.append(seconds)
        }
        return Measure.median(times)
    }

    private static func folderBytes(_ folder: String) -> Int {
        let manager = FileManager.default
        let names = manager.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        return names.reduce(0) { sum, name in
            sum + ((try? manager.attributesOfItem(atPath: folder + "/" + name)[.size] as? Int) ?? 0)
        }
    }
}
