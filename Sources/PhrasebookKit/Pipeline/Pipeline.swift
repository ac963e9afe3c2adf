import Foundation

/// The whole run, stage by stage: load → check → render → publish. The command line is a thin layer over this.
public struct Pipeline: Sendable {
    /// The content folder.
    public var contentFolder: String
    /// The templates folder (with `html/`, `markdown/`, `text/`).
    public var templatesFolder: String
    /// The output folder.
    public var outputFolder: String

    /// A pipeline over the three folders.
    public init(contentFolder: String, templatesFolder: String, outputFolder: String) {
        self.contentFolder = contentFolder
        self.templatesFolder = templatesFolder
        self.outputFolder = outputFolder
    }

    /// What a build did.
    public struct BuildResult: Sendable {
        /// Every diagnostic of the content, and the notes of rendering (cards continued on more cards).
        public var diagnostics: [Diagnostic]
        /// The files written; empty when the build refused to publish.
        public var files: [PublishedFile]
        /// Whether `Output/` was written.
        public var published: Bool
    }

    /// Loads and checks the content. First puts back the previous output if a build into the output folder was
    /// killed while committing, and removes what it left (see `Publisher.recover`).
    public func check() throws(PhrasebookError) -> (book: Book?, diagnostics: [Diagnostic]) {
        try Publisher(folder: outputFolder).recover()
        let loaded = try ContentLoader(folder: contentFolder).load()
        return (loaded.book, Checker().check(loaded))
    }

    /// Everything a default `build` would report, without writing anything: the content's diagnostics, the
    /// templates read and parsed, and — when the content has no errors — every page rendered in memory and
    /// dropped (a template naming a value its page does not have throws, as in a build) and the notes of the
    /// HTML card sheets.
    public func checkAsBuild(_ options: RenderOptions = RenderOptions()) throws(PhrasebookError) -> [Diagnostic] {
        let (book, diagnostics) = try check()
        let renderers = try options.formats.map { format throws(PhrasebookError) in
            try format.makeRenderer(templatesFolder: templatesFolder)
        }
        guard let book, !diagnostics.fail(strict: false) else { return diagnostics }
        try options.validate(against: book)
        let job = RenderJob(book: book, options: options)
        for renderer in renderers { try renderer.render(job, into: DiscardedFiles()) }
        let cardNotes = options.formats.contains(.html) ? CardSheet.notes(book: book, options: options) : []
        return (diagnostics + cardNotes).sorted(by: Diagnostic.reportOrder)
    }

    /// Checks, and when the content passes (no errors; no warnings either when `strict`), renders and publishes.
    /// Refuses an output folder that is the content or templates folder, holds or is inside either, `/` or the home
    /// folder, and one holding something the tool did not make where the build would write.
    public func build(_ options: RenderOptions, strict: Bool = false) throws(PhrasebookError) -> BuildResult {
        try OutputFolderGuard(content: contentFolder, templates: templatesFolder).check(outputFolder)
        let (book, diagnostics) = try check()
        guard let book, !diagnostics.fail(strict: strict) else {
            return BuildResult(diagnostics: diagnostics, files: [], published: false)
        }
        try options.validate(against: book)
        let publisher = Publisher(folder: outputFolder)
        let staging = try publisher.stage(options.formats, mode: options.role == nil ? .replace : .merge)
        defer { staging.discard() }
        try render(book, options, into: staging)
        try publisher.commit(staging)
        let cardNotes = options.formats.contains(.html) ? CardSheet.notes(book: book, options: options) : []
        return BuildResult(
            diagnostics: (diagnostics + cardNotes).sorted(by: Diagnostic.reportOrder), files: staging.written,
            published: true)
    }

    /// Renders every chosen format in memory; files sorted by path.
    public func render(_ book: Book, _ options: RenderOptions) throws(PhrasebookError) -> [OutputFile] {
        try options.validate(against: book)
        let files = CollectedFiles()
        try render(book, options, into: files)
        return files.files
    }

    /// Renders every chosen format into `sink`, `options.edition` overriding the book's edition. Formats run one after the other, each on every core (its pages
    /// and handbooks are independent); running formats side by side as well would nest parallel loops, and the
    /// inner ones would get no core of their own.
    func render(_ book: Book, _ options: RenderOptions, into sink: any FileSink) throws(PhrasebookError) {
        let renderers = try options.formats.map { format throws(PhrasebookError) in
            try format.makeRenderer(templatesFolder: templatesFolder)
        }
        var book = options.includesDrafts ? book : book.withoutDrafts
        if let edition = options.edition {
            guard Edition.isValid(edition) else {
                throw .invalidOption(
                    "--edition \(edition): 1 to 24 ASCII letters, digits, '.', '_', '-', starting with a letter or digit"
                )
            }
            book.edition = edition
        }
        let job = RenderJob(book: book, options: options)
        for renderer in renderers { try renderer.render(job, into: sink) }
    }
}
