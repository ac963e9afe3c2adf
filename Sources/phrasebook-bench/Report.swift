import Foundation

/// The benchmark's Markdown table.
enum Report {
    static func table(_ results: [SizeResult]) -> String {
        let header = [
            "phrases", "situations", "load", "check", "html", "markdown", "text", "render (all)", "publish", "cold",
            "no change", "one edit", "template edit", "peak RSS", "xmllint floor", "total / floor", "output",
            "Hugo (equivalent site)", "html / Hugo",
        ]
        var lines = [row(header), row(header.map { _ in "---:" })]
        for result in results {
            lines.append(
                row([
                    "\(result.phrases)", "\(result.situations)", seconds(result.load), seconds(result.check),
                    seconds(result.html), seconds(result.markdown), seconds(result.text), seconds(result.render),
                    seconds(result.publish), "**" + seconds(result.total) + "** (CPU " + seconds(result.totalCPU) + ")",
                    "**" + seconds(result.noChange) + "**",
                    "**" + seconds(result.oneEdit) + "** (CPU " + seconds(result.oneEditCPU)
                        + "; \(result.oneEditWritten) written)",
                    "**" + seconds(result.templateEdit) + "** (\(result.templateEditWritten) written)",
                    megabytes(result.peakBytes) + (result.peakPerBuild ? "" : "*"),
                    result.xmllint.map(seconds) ?? "n/a",
                    result.xmllint.map { String(format: "%.2f×", result.total / $0) } ?? "n/a",
                    "\(result.outputFiles) files, " + megabytes(result.outputBytes),
                    result.hugo.map { seconds($0.seconds) + ", " + megabytes($0.outputBytes) } ?? "n/a",
                    result.hugo.map { String(format: "%.2f×", result.html / $0.seconds) } ?? "n/a",
                ]))
        }
        var notes = [
            "",
            "Medians of \(results.first?.runs ?? 0) runs, wall time in seconds (CPU: user and system time of every "
                + "thread of the process meanwhile, which moves less than wall time on a shared machine). cold = "
                + "`Pipeline.build` with `clean` "
                + "(load, check, render the formats in turn, each on every core, writing each file into the staging "
                + "folder as it is made, commit); no change = `Pipeline.build` again, nothing changed (up to date); one "
                + "edit = `Pipeline.build` after one phrase's English text changed (files whose bytes did not change are "
                + "kept); template edit = the same after a line is added to \(IncrementalRun.editedTemplate) (the other "
                + "formats are kept without rendering); render (all) = `Pipeline.render` of the three formats, in memory; html/markdown/text "
                + "= one format alone, in memory; publish = `Publisher.publish` of the in-memory files (in a build, the "
                + "writing overlaps the rendering). Peak RSS = the highest resident memory of the first cold build, as "
                + "a fresh process has it. Hugo = `hugo --quiet` building the "
                + "same book as a Hugo site from nothing (a page per situation, a page per chapter, a role taxonomy whose "
                + "pages show each role's situations in full; written by `HugoSite`), with its output size; html / "
                + "Hugo compares our HTML render alone (in memory) with Hugo's whole build.",
        ]
        if results.contains(where: { !$0.peakPerBuild }) {
            notes.append("* peak of the measuring process from its start")
        }
        if results.contains(where: { $0.problems > 0 }) { notes.append("Warning: some books had errors or warnings.") }
        return (lines + notes).joined(separator: "\n")
    }

    /// The line on the template engines' own speed.
    static func engine(_ results: EngineRun.Results) -> String {
        String(
            format: "\nTemplate engine alone (`html/renderings` over 30,000 texts, one core): compiled templates "
                + "%.1f MB/s, %.1f µs per text entry; swift-mustache %.1f MB/s, %.1f µs per text entry.",
            results.compiled.megabytesPerSecond, results.compiled.microsecondsPerEntry,
            results.swiftMustache.megabytesPerSecond, results.swiftMustache.microsecondsPerEntry)
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    private static func seconds(_ value: Double) -> String {
        value < 0.1 ? String(format: "%.3f", value) : String(format: "%.2f", value)
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.0f MB", Double(bytes) / 1_048_576)
    }
}
