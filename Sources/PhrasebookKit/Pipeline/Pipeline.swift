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

    /// Loads and checks the content.
    public func check() throws(PhrasebookError) -> (book: Book?, diagnostics: [Diagnostic]) {
        let loaded = try ContentLoader(folder: contentFolder).load()
        return (loaded.book, Checker().check(loaded))
    }

    /// Checks, and when the content passes (no errors; no warnings either when `strict`), renders and publishes.
    public func build(_ options: RenderOptions, strict: Bool = false) throws(PhrasebookError) -> BuildResult {
        let (book, diagnostics) = try check()
        guard let book, !diagnostics.fail(strict: strict) else {
            return BuildResult(diagnostics: diagnostics, files: [], published: false)
        }
        try options.validate(against: book)
        let publisher = Publisher(folder: outputFolder)
        let staging = try publisher.stage()
        defer { staging.discard() }
        try render(book, options, into: staging)
        try publisher.commit(staging, replacing: options.role == nil ? options.formats : [])
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

    /// Renders every chosen format into `sink`. Formats run one after the other, each on every core (its pages
    /// and handbooks are independent); running formats side by side as well would nest parallel loops, and the
    /// inner ones would get no core of their own.
    func render(_ book: Book, _ options: RenderOptions, into sink: any FileSink) throws(PhrasebookError) {
        let renderers = try options.formats.map { format throws(PhrasebookError) in
            try format.makeRenderer(templatesFolder: templatesFolder)
        }
        let job = RenderJob(book: book, options: options)
        for renderer in renderers { try renderer.render(job, into: sink) }
    }
}
