import Foundation

/// Fragments kept from one build to the next by a process that builds again and again (`phrasebook serve`): a
/// phrase or a situation's body whose inputs did not change since the last build is taken as it was rendered
/// then, so that an edit re-renders its own situation's fragments and only the pages around them.
///
/// A fragment is kept under a key naming everything it is made from: the digests of the content files it
/// reads (its situation's file, and the files of the phrases its dialogues quote), the phrases the page shows,
/// and the kind of page. Everything else it may read (the options, the templates and assets, `phrasebook.xml`,
/// `taboos.xml`, the review history) forms the format's *generation*: when that changes, nothing is kept. After
/// each successful render of a format, only the fragments that render used are kept (the memory holds one
/// build's fragments, no more).
public final class RenderMemory: Sendable {
    /// The content as the last load read it and the last check's diagnostics: a build with this memory loads
    /// and checks only what changed (``LoadMemory``).
    let loads = LoadMemory()
    private let kept = Locked<[OutputFormat: (generation: String, fragments: [String: String])]>([:])
    private let counts = Locked<[OutputFormat: Reuse]>([:])

    /// How many fragments a render took from the previous build, and how many it rendered.
    public struct Reuse: Sendable, Equatable {
        /// Fragments taken as the previous build left them.
        public var reused: Int
        /// Fragments rendered (new, or with changed inputs).
        public var rendered: Int
    }

    /// An empty memory: the first build with it renders everything.
    public init() {}

    /// Whether a render has kept fragments here.
    var hasKept: Bool { kept.withLock { !$0.isEmpty } }

    /// The fragments a render of `format` may reuse, for a render whose generation is `generation`; those this
    /// memory lacks may come from the previous build's `pages`.
    func begin(_ format: OutputFormat, generation: String, pages: PreviousPages? = nil) -> FragmentStore {
        let previous = kept.withLock { kept in kept[format].flatMap { $0.generation == generation ? $0 : nil } }
        return FragmentStore(
            format: format, generation: generation, previous: previous?.fragments ?? [:], pages: pages,
            remembers: true)
    }

    /// Keeps what `store`'s render used, for the next render of its format.
    func keep(_ store: FragmentStore) {
        let used = store.used
        kept.withLock { $0[store.format] = (store.generation, used) }
        counts.withLock { $0[store.format] = store.reuse }
    }

    /// What the last finished render of `format` reused and rendered; `nil` before one.
    public func lastReuse(_ format: OutputFormat) -> Reuse? {
        counts.withLock { $0[format] }
    }

    /// The generation of a render of `book` with `options` by a renderer that read `inputs` (its templates and
    /// assets, by path): a digest of all of them and of every content file that is not a situation's.
    static func generation(book: Book, options: RenderOptions, inputs: [String: String]) -> String {
        let situationFiles = Set(book.situations.map(\.location.file))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let optionBytes = (try? encoder.encode(options)) ?? Data()
        var lines = [String(decoding: optionBytes, as: UTF8.self)]
        lines += inputs.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        lines += book.fileDigests.filter { !situationFiles.contains($0.key) }.sorted { $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }
        return FileDigest.of(lines, separator: "\n")
    }
}

/// The fragments one render of a format may reuse (the previous render's, kept in a ``RenderMemory`` or read
/// from the previous build's pages) and the ones it used.
final class FragmentStore: Sendable {
    let format: OutputFormat
    let generation: String
    private let previous: [String: String]
    /// The previous build's pages, when the render goes into an output folder (``FragmentIndex``).
    private let pages: PreviousPages?
    /// Whether the fragments used are kept for a memory's next build; else only counted.
    private let remembers: Bool
    /// The fragments this render used, by key, and how many it reused and rendered.
    private let current = Locked((used: [String: String](), reuse: RenderMemory.Reuse(reused: 0, rendered: 0)))

    /// A store for a render of `format` whose generation is `generation`, reusing `previous` (by key) and the
    /// bodies of `pages`; with `remembers`, holding every fragment used until the render is done.
    init(
        format: OutputFormat, generation: String, previous: [String: String] = [:], pages: PreviousPages? = nil,
        remembers: Bool = false
    ) {
        self.format = format
        self.generation = generation
        self.previous = previous
        self.pages = pages
        self.remembers = remembers
    }

    /// The fragment kept for `key`, by this render or the previous one.
    func stored(_ key: String) -> String? {
        current.withLock { current -> String? in
            if let known = current.used[key] { return known }
            guard let kept = previous[key] else { return nil }
            current.used[key] = kept
            current.reuse.reused += 1
            return kept
        }
    }

    /// The situation body kept for `key` (``stored(_:)``), else read back from the previous build's pages where
    /// they hold it at `place` (``placeKey(_:)``; only situation bodies are placed in pages), as the bytes read
    /// (with their SHA-256, where the previous build recorded it).
    func storedBody(_ key: String, place: String?) -> TextPiece? {
        if let kept = stored(key) { return .text(kept[...]) }
        guard let pages, let place, let read = pages.fragment(place) else { return nil }
        current.withLock { current in
            if remembers { current.used[key] = String(decoding: read.bytes, as: UTF8.self) }
            current.reuse.reused += 1
        }
        guard let digest = read.digest else { return .bytes(read.bytes[...]) }
        return .body(read.bytes[...], digest: digest)
    }

    /// The text of the handbook's frame kept under `key` (``PageFrame``): this render's, the previous one's, or
    /// the previous build's index's. Frames are not counted among the fragments reused.
    func frame(_ key: String) -> String? {
        let name = Self.frameName(key)
        guard let found = current.withLock({ $0.used[name] }) ?? previous[name] ?? pages?.frame(key) else {
            return nil
        }
        keepFrame(found, for: key)
        return found
    }

    /// Keeps the frame `text`, just rendered, under `key`, for a memory's next build.
    func keepFrame(_ text: String, for key: String) {
        guard remembers else { return }
        current.withLock { $0.used[Self.frameName(key)] = text }
    }

    /// Where a frame is kept among the fragments.
    private static func frameName(_ key: String) -> String { "frame " + key }

    /// Keeps `fragment`, just rendered, for `key` (counted once, should two threads render it at once); a store
    /// that does not remember only counts it, and does not make it.
    func store(_ fragment: @autoclosure () -> String, for key: String) {
        let kept = remembers ? fragment() : nil
        current.withLock { current in
            guard let kept else {
                current.reuse.rendered += 1
                return
            }
            if current.used.updateValue(kept, forKey: key) == nil { current.reuse.rendered += 1 }
        }
    }

    /// The key under which the fragment kept for `key` is placed in a page (``FragmentIndex``): a digest of it
    /// and the generation, so that a later build of another generation never finds it.
    func placeKey(_ key: String) -> String {
        FileDigest.of(Data("\(generation)\n\(key)".utf8))
    }

    /// How many fragments this render reused and rendered so far.
    var reuse: RenderMemory.Reuse { current.withLock { $0.reuse } }

    /// Every fragment this render used, by key.
    var used: [String: String] { current.withLock { $0.used } }
}
