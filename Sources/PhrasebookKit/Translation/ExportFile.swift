/// Writing an exported file (XLIFF, TBX) atomically, so a translator never receives half a file.
public enum ExportFile {
    /// Writes `bytes` to `path` through a temporary file beside it.
    public static func write(_ bytes: [UInt8], to path: String) throws(PhrasebookError) {
        try AtomicFile.write(bytes, to: path)
    }
}
