import ArgumentParser
import Foundation
import PhrasebookKit

/// `phrasebook import`: take translators' XLIFF files back into the content.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the changed targets of XLIFF 1.2 or 2.0 files back into the content.",
        usage: "phrasebook import <file> ... [--mark-reviewed] [--dry-run] [<options>]",
        discussion: """
            Only the renderings whose target or review state changed are edited: the text,
            and the source-hash. A unit in a state of review (final; 2.0 reviewed; 1.2
            signed-off, or approved="yes" on unchanged words) writes it; new words are
            approved by a state of review a reviewer set, not by approved="yes" (a tool
            writes it on every translated unit) nor by the final a reviewed rendering was
            exported with. --mark-reviewed marks every imported unit; it imports no
            new words the file marks untranslated (1.2 new or needs-translation, 2.0
            initial: a tool's drafts), which are left out with it too. A changed text not
            marked reviewed loses its source-hash; a reviewed unit sent back (its state
            lowered, or 1.2 approved="no", the words kept) loses it too.
            Under --strict, an import after which the checks would find a warning (or
            an error) in the content writes nothing and exits with status 1, showing
            them. Every other byte of a content file stays as it was. A rendering edited in the
            content since the export is kept where the file left the unit as exported.
            Only a unit's own <target> is read, never an <alt-trans>. A search
            keywords unit (export --keywords) writes the language's keywords into the
            situation's <keywords>, never a source-hash: keywords are not reviewed.
            Nothing is written when any unit is refused: a translated unit whose source
            changed since the export, or whose rendering was edited since and the file
            changes it too (conflict), or whose text is no longer in the book; a target
            language the book does not declare; placeholders that differ from the
            source's (or typed in full-width braces, ｛name｝, where ASCII { } are meant);
            text in braces beyond what the source has in braces ({주문 번호}: it would
            be printed, braces and all); a malformed file. A unit left as exported is never refused: one whose source
            changed or whose text is gone is left out and counted. After an import, what
            the checks say of the imported texts (speech level, numbers, end marks)
            is printed. --dry-run lists what would change and prints what the checks
            would say of those texts, the same findings at the same places, checking
            the edited content in memory: nothing is written. See
            Documentation/TranslationWorkflow.md.

            Examples:
              phrasebook import ko.xlf
              phrasebook import --dry-run out/ko.xlf out/en.xlf
              phrasebook import --mark-reviewed ko-reviewed.xlf
            """
    )

    @OptionGroup var source: ContentOptions

    @Flag(
        help: ArgumentHelp(
            "Mark every imported rendering reviewed, whatever its state; new words marked untranslated (drafts) "
                + "are still left out."))
    var markReviewed = false

    @Flag(help: "List what would change and what the checks would find in it; write nothing.")
    var dryRun = false

    @Argument(help: ArgumentHelp("XLIFF files.", valueName: "file"))
    var files: [String]

    /// Why the file at `path` could not be read, in words.
    private static func whyUnreadable(_ path: String) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return "no such file" }
        if isFolder.boolValue { return "it is a folder; name the XLIFF files in it (such as \(path)/*.xlf)" }
        return FileManager.default.isReadableFile(atPath: path)
            ? "it cannot be read" : "it is not readable (permissions)"
    }

    func run() throws {
        let book = try source.checkedBook(refused: "nothing was imported")
        // A file named twice (`ko.xlf ./ko.xlf`, a link to it) is read once: its units are not "imported twice".
        var named: Set<String> = []
        let distinct = files.filter { named.insert(URL(fileURLWithPath: $0).resolvingSymlinksInPath().path).inserted }
        let inputs = try distinct.map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw PhrasebookError.unreadableFile(path: path, reason: Self.whyUnreadable(path))
            }
            return (path: path, bytes: [UInt8](data))
        }
        let imported = XLIFFImport(book: book, files: inputs, markReviewed: markReviewed)
        let plan = imported.diagnostics.isEmpty ? try imported.plan(contentFolder: source.content) : nil
        guard let plan, plan.refused.isEmpty else {
            CommonOptions.print(imported.diagnostics + (plan?.refused ?? []), as: source.diagnostics)
            FileHandleOutput.standardError("phrasebook: nothing was imported\n")
            throw ExitCode(1)
        }
        try refuseWarnings(of: imported, planned: plan)
        if dryRun {
            for line in imported.lines { source.say(line) }
        } else {
            try plan.write()
        }
        for line in imported.summaryLines(dryRun: dryRun) { source.say(line) }
        if let nothing = imported.nothingToImport(dryRun: dryRun) { source.say(nothing) }
        try reportChecks(of: imported, planned: plan)
    }

    /// Under `--strict`, the content as the import would leave it, checked in memory before anything is written:
    /// the content passed `--strict` before the import, so a warning (or an error) now is the import's. Then the
    /// import is refused as a whole, as content with warnings is before it: the findings printed, nothing written
    /// (`--dry-run` or not), exit status 1.
    private func refuseWarnings(of imported: XLIFFImport, planned plan: XLIFFImport.Plan) throws {
        guard source.strict, !imported.changes.isEmpty else { return }
        let (book, found) = try imported.check(plan, contentFolder: source.content)
        guard book == nil || found.fail(strict: true) else { return }
        CommonOptions.print(found, as: source.diagnostics)
        if source.diagnostics == .text {
            FileHandleOutput.standardError(
                "phrasebook: \(dryRun ? "would import nothing" : "nothing was imported"): the content as the import "
                    + "would leave it has \(book == nil ? "errors" : "warnings (--strict)"); fix the imported texts in "
                    + "the translation tool and import again\n")
        }
        throw ExitCode(1)
    }

    /// What the checks say of the texts just written (a warning does not undo the import: the words are in, to be
    /// fixed like any other), or with `--dry-run` of the texts that would be: the content as the import would
    /// leave it is edited and checked in memory, and nothing is written.
    private func reportChecks(of imported: XLIFFImport, planned plan: XLIFFImport.Plan) throws {
        let (book, found) =
            dryRun
            ? try imported.check(plan, contentFolder: source.content)
            : try Pipeline(contentFolder: source.content, templatesFolder: "", outputFolder: "").check()
        // Content that no longer loads has said why above; under JSON the array is still printed.
        guard let book else { return source.report([], before: "", after: "") }
        // Notes too (a number that differs from the source's is one), but not that the words are unreviewed: every
        // text imported without a state of review is.
        source.report(
            imported.diagnostics(ofImportedIn: book, found).filter { $0.code != "unreviewed-rendering" },
            before: dryRun ? "would import; the checks found" : "imported; the checks found",
            after: "in the \(dryRun ? "texts to import" : "imported texts") (above): fix them in the content or in "
                + "the translation tool")
    }
}
