/// A generated file: its path inside the output folder and its text, handed to a `FileSink` when made.
public struct OutputFile: Sendable, Hashable {
    /// The path relative to the output folder, with `/` separators (`html/situations/silent-call.html`).
    public var path: String
    /// The file's text, written as UTF-8.
    public var contents: String

    /// Creates an output file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
