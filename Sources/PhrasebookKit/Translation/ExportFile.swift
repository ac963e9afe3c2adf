import Foundation

/// Writing an exported file (XLIFF, TBX) atomically, so a translator never receives half a file. A failure says
/// what was not written: an export has no previous output to fall back on, only the file it would replace.
public enum ExportFile {
    /// Writes `bytes` to `path` through a temporary file beside it; on failure nothing was written there and a
    /// file already there is as it was (`exportFailed`).
    public static func write(_ bytes: [UInt8], to path: String) throws(PhrasebookError) {
        let replacing = FileSystem.kind(path) != .missing
        do {
            try AtomicFile.replace(path, with: bytes)
        } catch {
            throw .exportFailed(path: path, reason: error.reason, replacing: replacing)
        }
    }

    /// Throws `exportFailed` when `path` is the content folder `content` or lies in it (links resolved): an
    /// export there would replace a content file, or add one the next load reads. Checked before anything of
    /// the export is written.
    public static func refuseInContent(_ path: String, content: String) throws(PhrasebookError) {
        let target = OutputFolderGuard.resolve(path)
        let folder = OutputFolderGuard.resolve(content)
        guard target == folder || target.hasPrefix(folder == "/" ? "/" : folder + "/") else { return }
        throw .exportFailed(
            path: path,
            reason: "it is in the content folder \(content), where it would replace or add a content file; write "
                + "the export elsewhere", replacing: false)
    }

    /// Creates folder `path`, and the folders above it, for the files of an export.
    public static func createFolder(_ path: String) throws(PhrasebookError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            // The system's own words ("Permission denied"), not Foundation's wrapping of them.
            let underlying = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
            let reason =
                underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : nil }
                ?? error.localizedDescription
            throw .exportFailed(path: path, reason: "cannot create the folder: \(reason)", replacing: false)
        }
    }
}
