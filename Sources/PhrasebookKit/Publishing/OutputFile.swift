import Foundation

/// A generated file: its path inside the output folder and its text (or, for a copied asset, its bytes), handed
/// to a `FileSink` when made.
public struct OutputFile: Sendable, Hashable {
    /// The path relative to the output folder, with `/` separators (`html/situations/silent-call.html`).
    public var path: String
    /// The file's text, written as UTF-8; empty for a binary file.
    public var contents: String
    /// A binary file's bytes (an image, a font), written as they are instead of `contents`; `nil` for text.
    public var binary: Data?
    /// The situation bodies the page shows that a later build may read back from it (``FragmentIndex``).
    var lasting: [LastingFragment] = []
    /// A digest that names the file's bytes, when whoever made them already hashed what they follow from (a
    /// stamped page: ``EditionStamping``); `digest` is then this instead of the SHA-256 of the bytes.
    var knownDigest: String? = nil

    /// Creates a text file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
        binary = nil
    }

    /// Creates a file from bytes, copied as they are.
    public init(path: String, binary: Data) {
        self.path = path
        contents = ""
        self.binary = binary
    }

    /// The file's size in bytes.
    var byteCount: Int { binary?.count ?? contents.utf8.count }
}

extension OutputFile {
    /// What names the bytes written, to tell whether a file is the same as before: the SHA-256 of the bytes, in
    /// hex, or the `knownDigest`.
    var digest: String {
        if let knownDigest { return knownDigest }
        if let binary { return FileDigest.of(binary) }
        var text = contents
        return text.withUTF8 { FileDigest.of(UnsafeRawBufferPointer($0)) }
    }
}
