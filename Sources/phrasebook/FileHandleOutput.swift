import Foundation

/// Writing to standard error (and, unbuffered, to standard output).
enum FileHandleOutput {
    /// Writes `text` to standard error; a standard error that cannot be written (a closed terminal: EIO, a reader
    /// gone: EPIPE) loses the text instead of stopping the process, which may still have a folder to remove.
    static func standardError(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// Writes `text` to standard output at once (no buffer holds it back from a reader waiting for it); a standard
    /// output that cannot be written loses the text, as ``standardError(_:)`` does.
    static func standardOutput(_ text: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    }
}
