import ArgumentParser
import PhrasebookKit

/// `phrasebook export`: the content in exchange formats for translators' tools.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export for translators' CAT tools: the glossary as TBX-Basic.",
        discussion: """
            The content is checked first and not exported when it has errors
            (or warnings under --strict).

            --tbx writes the glossary of phrasebook.xml (<glossary>) as TBX-Basic
            (ISO 30042, DCA style): per term and language the preferred rendering,
            the admitted ones, and the forbidden variants as deprecated terms.
            "-" prints it to standard output.

            Examples:
              phrasebook export --tbx glossary.tbx
              phrasebook export --tbx - --content Content
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(
        help: ArgumentHelp("Write the glossary as TBX-Basic to this file (- for standard output).", valueName: "file"))
    var tbx: String?

    func validate() throws {
        guard tbx != nil else { throw ValidationError("nothing to export: give --tbx FILE") }
    }

    func run() throws {
        let (book, diagnostics) = try common.pipeline.check()
        guard let book, !diagnostics.fail(strict: common.strict) else {
            _ = common.report(diagnostics, notes: false)
            throw ExitCode(1)
        }
        if let tbx {
            if tbx == "-" {
                print(try TBXExport.document(book), terminator: "")
            } else {
                try TBXExport.write(book, to: tbx)
            }
        }
    }
}
