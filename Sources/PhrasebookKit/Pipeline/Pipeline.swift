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
        /// Whether `Output/` was written (or, when `upToDate`, already held this build).
        public var published: Bool
        /// Whether the output was already up to date: nothing the last build read had changed, so nothing was
        /// rendered or written, and `diagnostics` are the ones that build reported.
        public var upToDate = false
        /// How many situation bodies were read back from the previous build's handbooks instead of rendered.
        public var reusedBodies = 0
    }

    /// Loads and checks the content. First puts back the previous output if a build into the output folder was
    /// killed while committing, and removes what it left (see `Publisher.recover`).
    /// With a `memory` (a process that checks again and again), unchanged situation files are not read again and
    /// an unchanged book is not checked again (``LoadMemory``).
    public func check(memory: LoadMemory? = nil) throws(PhrasebookError) -> (book: Book?, diagnostics: [Diagnostic]) {
        try Publisher(folder: outputFolder).recover()
        return try loadAndCheck(memory: memory)
    }

    /// Loads and checks the content, taking from `memory` what did not change since its last load and check; the
    /// text checks take their findings in unchanged situation files from the memory's last check, else from
    /// `earlier`.
    func loadAndCheck(memory: LoadMemory?, earlier: EarlierCheck? = nil) throws(PhrasebookError) -> (
        book: Book?, diagnostics: [Diagnostic]
    ) {
        let loaded = try ContentLoader(folder: contentFolder).load(memory: memory)
        let checker = Checker()
        guard let memory, let book = loaded.book, !book.contentHash.isEmpty else {
            return (loaded.book, checker.check(loaded, earlier: earlier, folder: contentFolder))
        }
        if let known = memory.diagnostics(contentHash: book.contentHash) { return (book, known) }
        let diagnostics = checker.check(loaded, earlier: memory.lastCheck ?? earlier, folder: contentFolder)
        memory.keep(diagnostics, of: book)
        return (book, diagnostics)
    }

    /// What the build recorded in the output folder found, when this same executable checked this same content
    /// folder then (``EarlierCheck``), with the options it rendered with.
    func earlierCheck() -> EarlierCheck? {
        guard let state = BuildState.read(folder: outputFolder), state.tool == BuildState.toolIdentity,
            state.content == contentFolder
        else { return nil }
        return EarlierCheck(
            digests: Dictionary(state.inputs.map { ($0.path, $0.digest) }, uniquingKeysWith: { first, _ in first }),
            diagnostics: state.diagnostics, renderedWith: state.options)
    }

    /// Checks, and when the content passes (no errors; no warnings either when `strict`), renders and publishes.
    /// Refuses an output folder that is the content or templates folder, holds or is inside either, `/` or the home
    /// folder, and one holding something the tool did not make where the build would write.
    ///
    /// Incremental unless `clean`: when nothing the last build read has changed (`BuildState`), nothing is rendered
    /// or written and the result says `upToDate`; otherwise a format whose inputs did not change (the content,
    /// its templates and assets) is kept whole without rendering, and in the others every file whose bytes are
    /// unchanged is kept as it is.
    /// A one-role build is always whole and leaves no state (it adds to the output).
    ///
    /// A process that builds again and again (`phrasebook serve`) passes the same `memory` to every build: the
    /// phrases and situation bodies whose inputs did not change are then taken from the previous build instead of
    /// rendered again (``RenderMemory``); the output is the same.
    public func build(
        _ options: RenderOptions, strict: Bool = false, clean: Bool = false, memory: RenderMemory? = nil
    ) throws(PhrasebookError) -> BuildResult {
        try OutputFolderGuard(content: contentFolder, templates: templatesFolder).check(outputFolder)
        let inputs =
            options.role == nil
            ? try? BuildInputs.scan(content: contentFolder, templates: templatesFolder, formats: options.formats) : nil
        if !clean, let inputs, let result = upToDate(options, strict: strict, inputs: inputs) { return result }
        try Publisher(folder: outputFolder).recover()
        let earlier = clean ? nil : earlierCheck()
        // The templates do not depend on the content: they are read and parsed while it loads and is checked (on
        // an edit, between the check and the render, they were 40 ms with a core idle).
        let templates = BackgroundWork { () throws(PhrasebookError) in try makeRenderers(options) }
        let (book, diagnostics) = try loadAndCheck(memory: memory?.loads, earlier: earlier)
        guard let book, !diagnostics.fail(strict: strict) else {
            return BuildResult(diagnostics: diagnostics, files: [], published: false)
        }
        try options.validate(against: book)
        // Broken templates are refused before the output folder is touched (made, or its lock file written).
        let renderers = try templates.wait()
        let publisher = Publisher(folder: outputFolder)
        let staging = try publisher.stage(
            options.formats, mode: options.role == nil ? .replace : .merge, keeping: !clean)
        let result: BuildResult
        let recorded: BuildState?
        do throws(PhrasebookError) {
            let kept =
                clean ? [] : inputs.map { reusable(options, inputs: $0, previous: staging.previousState) } ?? []
            for format in kept { try staging.keepAll(format) }
            let rendered = zip(options.formats, renderers).filter { !kept.contains($0.0) }.map(\.1)
            let notesBefore = earlier?.rendered(with: options)
            let reported = try withRenderingNotes(
                diagnostics, of: book, options, renderers: renderers, earlier: notesBefore
            ) {
                () throws(PhrasebookError) in
                try render(book, options, with: rendered, into: staging, memory: memory, pages: staging.previousPages)
            }
            staging.carryOverOtherFormats()
            recorded = inputs.map { state(options, inputs: $0, book: book, renderers: renderers, staging, reported) }
            if let recorded { try staging.record(recorded) }
            try publisher.commit(staging)
            // While the output is still locked: the state file is then the one this build wrote.
            recorded?.remember(in: outputFolder)
            result = BuildResult(
                diagnostics: reported, files: staging.written, published: true,
                reusedBodies: staging.previousPages.taken)
        } catch {
            staging.abandon()
            throw error
        }
        staging.discard()
        // What the build leaves (the model, the previous pages' index and open files, the state it recorded) is
        // freed on another thread: tens of milliseconds of a command about to exit, which frees it all at once.
        FreeMemory.releaseInBackground((consume book, consume staging, consume recorded, consume earlier))
        return result
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
        try render(book, options, with: try makeRenderers(options), into: sink)
    }

    /// The renderers of the chosen formats, their templates read.
    func makeRenderers(_ options: RenderOptions) throws(PhrasebookError) -> [any Renderer] {
        try options.formats.map { format throws(PhrasebookError) in
            try format.makeRenderer(templatesFolder: templatesFolder)
        }
    }

    /// Renders with `renderers` into `sink`, reusing the fragments `memory` kept and the situation bodies of the
    /// previous build's `pages`; only the files at `only` (and what the renderers always write) when set.
    func render(
        _ book: Book, _ options: RenderOptions, with renderers: [any Renderer], into sink: any FileSink,
        memory: RenderMemory? = nil, only: Set<String>? = nil, pages: PreviousPages? = nil
    ) throws(PhrasebookError) {
        let job = RenderJob(
            book: try Self.shown(book, options), options: options, memory: memory, only: only, pages: pages)
        let stamping = EditionStamping(sink: sink)
        guard job.hasEarlierWork, let first = renderers.first else {
            for renderer in renderers {
                try renderer.render(job, into: stamping)
                FreeMemory.giveBack()
            }
            FreeMemory.releaseInBackground(consume job)
            return
        }
        // An edit: each format renders a few pages and assembles the rest from the previous build's, leaving cores
        // idle between its stages; the formats render side by side, sharing the book's views. The first format's
        // error is the one reported, as when they run one after the other, and every format has stopped before it is.
        let together = job.sharingViews()
        let others = renderers.dropFirst().map { renderer in
            BackgroundWork { () throws(PhrasebookError) in try renderer.render(together, into: stamping) }
        }
        var failure: PhrasebookError?
        do { try first.render(together, into: stamping) } catch { failure = error }
        for work in others {
            do { try work.wait() } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
        // The views of the whole book, several of them: freed beside what follows the render.
        FreeMemory.releaseInBackground((consume job, consume together, consume others))
    }

    /// `book` as a render shows it: without drafts unless `options` include them, with `options.edition` as its
    /// edition, and ``Edition/placeholder`` for its content hash, which ``EditionStamping`` fills in.
    private static func shown(_ book: Book, _ options: RenderOptions) throws(PhrasebookError) -> Book {
        var book = options.includesDrafts ? book : book.withoutDrafts
        if let edition = options.edition {
            guard Edition.isValid(edition) else {
                throw .invalidOption(
                    "--edition \(edition): 1 to 24 ASCII letters, digits, '.', '_', '-', starting with a letter or digit"
                )
            }
            book.edition = edition
        }
        if !book.contentHash.isEmpty { book.contentHash = Edition.placeholder }
        return book
    }
}
