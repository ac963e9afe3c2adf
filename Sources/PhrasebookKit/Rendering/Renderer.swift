/// What one renderer is asked to produce.
struct RenderJob: Sendable {
    /// The book.
    let book: Book
    /// The options.
    let options: RenderOptions
    /// Fragments kept from the previous build of a process that builds again and again, if any.
    var memory: RenderMemory? = nil
    /// Only these files (paths in the output folder), when set: a server renders the pages being looked at
    /// ahead of the rest. A renderer may skip the others (the HTML renderer does, and always writes its assets);
    /// the caller drops whatever else it hands over.
    var only: Set<String>? = nil
    /// The previous build's pages, whose situation bodies a render into an output folder reads back instead of
    /// rendering them again (``FragmentIndex``); `nil` for a render that is not written into one.
    var pages: PreviousPages? = nil
    /// The views and phrase directory every format of this render shares, when its formats render side by side;
    /// `nil` when each format makes its own (``SharedViews``).
    var views: SharedViews? = nil

    /// This job with views that every format rendering it shares (``SharedViews``).
    func sharingViews() -> RenderJob {
        var job = self
        job.views = SharedViews(book: book)
        return job
    }

    /// What `role` sees (the whole book when `nil`): the shared view, or one made for the caller.
    func view(of role: Label?) -> BookView {
        views?.view(of: role) ?? BookView(book: book, role: role)
    }

    /// Every phrase of the book by id: the shared directory, or one made for the caller.
    func phraseDirectory() -> PhraseDirectory {
        views?.phrases ?? PhraseDirectory(book)
    }

    /// Whether the file at `path` is asked for.
    func wants(_ path: String) -> Bool { only?.contains(path) ?? true }

    /// What the pages of a render by a renderer that read `inputs` with `templates`, rendering each kind of page
    /// of `pages` by the templates named there, are made from; `nil` for a book whose files have no digests
    /// (every page is then rendered).
    func pageInputs(_ inputs: [String: String], templates: TemplateSet, pages: [String: [String]]) -> PageInputs? {
        PageInputs(book: book, options: options, inputs: inputs, templates: templates, pages: pages)
    }

    /// Hands `sink` the page at `path`, made by `make`, unless the job asks for other files only, or the sink
    /// keeps the previous build's page made from the same `inputs` (``PageInputs``; `make` is then not called).
    /// `inputs` is worked out only for a page asked for.
    func page(
        _ path: String, inputs: @autoclosure () -> String?, into sink: any FileSink,
        make: () throws(PhrasebookError) -> String
    ) throws(PhrasebookError) {
        try page(path, inputs: inputs(), into: sink) { () throws(PhrasebookError) in
            AssembledPage(pieces: [.text(try make()[...])])
        }
    }

    /// Hands `sink` the page at `path` as ``page(_:inputs:into:make:)`` does; `make` puts it together from parts.
    func page(
        _ path: String, inputs: @autoclosure () -> String?, into sink: any FileSink,
        make: () throws(PhrasebookError) -> AssembledPage
    ) throws(PhrasebookError) {
        guard wants(path) else { return }
        let inputs = inputs()
        if let inputs, try sink.keepUnchanged(path, inputs: inputs) { return }
        let made = try make()
        var file = OutputFile(path: path, pieces: made.pieces)
        file.lasting = made.lasting
        file.frame = made.frame
        file.bodies = made.bodies
        if let inputs { try sink.accept(file, inputs: inputs) } else { try sink.accept(file) }
    }

    /// The fragments this job's render of `format` may reuse, from the memory or the previous pages (`nil`
    /// without either: nothing is kept): a renderer that reads `inputs` asks for them once, and hands them back
    /// with ``keep(_:)`` when the whole format rendered.
    func fragmentStore(_ format: OutputFormat, inputs: [String: String]) -> FragmentStore? {
        guard memory != nil || pages != nil else { return nil }
        let generation = RenderMemory.generation(book: book, options: options, inputs: inputs)
        if let memory { return memory.begin(format, generation: generation, pages: pages) }
        return FragmentStore(format: format, generation: generation, pages: pages)
    }

    /// Keeps the fragments of a finished render for the next build (nothing without a memory, nor after a
    /// render of only some files, which would keep only theirs).
    func keep(_ store: FragmentStore?) {
        if let store, only == nil { memory?.keep(store) }
    }

    /// The roles whose handbooks and cards to write: the chosen one, or every role.
    var roles: [Label] {
        guard let role = options.role else { return book.roles }
        return book.roles.filter { $0.id == role }
    }

    /// Whether this render has an earlier one's work to take: the previous build's pages with their situation
    /// bodies, or a memory that has kept fragments. Then most pages are kept or assembled, not rendered.
    var hasEarlierWork: Bool { !(pages?.index.places.isEmpty ?? true) || memory?.hasKept == true }

    /// Whether the whole book's pages are written too (not when only one role is asked for).
    var includesWholeBook: Bool { options.role == nil }
}

/// A renderer of one output format.
protocol Renderer: Sendable {
    /// Produces the format's files, paths relative to the output folder, handing each to `sink` when it is done.
    func render(_ job: RenderJob, into sink: any FileSink) throws(PhrasebookError)

    /// Every file the renderer read from the templates folder, by path, with the SHA-256 of the bytes it read
    /// (the files `OutputFormat.inputFiles` lists).
    var inputs: [String: String] { get }

    /// The format's templates.
    var templates: TemplateSet { get }
}
