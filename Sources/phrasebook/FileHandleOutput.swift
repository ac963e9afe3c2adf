import Foundation

/// Writing to standard error.
enum FileHandleOutput {
    /// Writes `text` to standard error; a standard error that cannot be written (a closed terminal: EIO, a reader
    /// gone: EPIPE) loses the text instead of stopping the process, which may still have a folder to remove.
    static func standardError(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }
}
