import Foundation

/// A generated file: its path inside the output folder and its text (or, for a copied asset, its bytes), handed
/// to a `FileSink` when made.
public struct OutputFile: Sendable {
    /// The path relative to the output folder, with `/` separators (`html/situations/silent-call.html`).
    public var path: String
    /// The file's text in pieces, written one after the other: a page put together from parts (a handbook and its
    /// situation bodies, a page and its stamps) is written from the parts, never copied into one text first.
    var pieces: [TextPiece]
    /// A binary file's bytes (an image, a font), written as they are instead of `contents`; `nil` for text.
    public var binary: Data?
    /// The situation bodies the page shows that a later build may read back from it (``FragmentIndex``).
    var lasting: [LastingFragment] = []
    /// The frame the page's bodies were put into, for a later build to put its bodies into (``FragmentIndex``).
    var frame: PageFrame? = nil
    /// Where the page's situation bodies sit among its pieces: its digest takes each by its own SHA-256
    /// (``FileDigest/of(_:bodies:)``).
    var bodies: [BodySpan] = []
    /// A digest that names the file's bytes, when whoever made them already hashed what they follow from (a
    /// stamped page: ``EditionStamping``); `digest` is then this instead of the SHA-256 of the bytes.
    var knownDigest: String? = nil

    /// Creates a text file.
    public init(path: String, contents: String) {
        self.init(path: path, pieces: [.text(contents[...])])
    }

    /// Creates a text file whose text is `pieces`, one after the other.
    init(path: String, pieces: [TextPiece]) {
        self.path = path
        self.pieces = pieces
        binary = nil
    }

    /// Creates a file from bytes, copied as they are.
    public init(path: String, binary: Data) {
        self.init(path: path, pieces: [])
        self.binary = binary
    }

    /// The file's text, written as UTF-8; empty for a binary file.
    public var contents: String {
        get { pieces.joinedText }
        set { pieces = [.text(newValue[...])] }
    }

    /// The file's size in bytes.
    var byteCount: Int { binary?.count ?? pieces.reduce(0) { $0 + $1.utf8Count } }

    /// Gives `body` the UTF-8 of each piece in turn.
    func forEachPiece(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        for piece in pieces { try piece.withUTF8(body) }
    }
}

extension OutputFile {
    /// What names the bytes written, to tell whether a file is the same as before: the SHA-256 of the bytes, in
    /// hex, or the `knownDigest`.
    var digest: String {
        if let knownDigest { return knownDigest }
        if let binary { return FileDigest.of(binary) }
        return FileDigest.of(pieces)
    }
}

extension OutputFile: Hashable {
    /// Two files are the same when their paths, bytes and what is remembered of them are, however their text is
    /// cut into pieces.
    public static func == (lhs: OutputFile, rhs: OutputFile) -> Bool {
        lhs.path == rhs.path && lhs.binary == rhs.binary && lhs.contents == rhs.contents && lhs.lasting == rhs.lasting
            && lhs.frame == rhs.frame && lhs.knownDigest == rhs.knownDigest
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(binary)
        hasher.combine(contents)
    }
}
