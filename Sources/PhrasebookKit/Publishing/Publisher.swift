import Foundation

/// Writes rendered files into the output folder without ever leaving it half-written: everything goes into a
/// staging folder inside the output folder first (`Staging`, as the files are rendered), and only when all of it
/// is written are the format folders (or, for a one-role build, the files) renamed into place. On any failure the
/// previous output stays as it was.
public struct Publisher: Sendable {
    /// The output folder.
    public let folder: String

    /// A publisher for `folder`.
    public init(folder: String) {
        self.folder = folder
    }

    /// Opens a staging folder to write a build's files into as they are rendered.
    public func stage() throws(PhrasebookError) -> Staging {
        try Staging(folder: folder)
    }

    /// Publishes `files` at once: stages them, then commits. A refused path throws before anything is committed.
    public func publish(_ files: [OutputFile], replacing formats: [OutputFormat]) throws(PhrasebookError) {
        let staging = try stage()
        defer { staging.discard() }
        for file in files { try staging.accept(file) }
        try commit(staging, replacing: formats)
    }

    /// Moves what `staging` holds into place. With `replacing`, each of those format folders is swapped whole
    /// (files the build no longer makes disappear); otherwise each file replaces its namesake and nothing else
    /// changes.
    public func commit(_ staging: Staging, replacing formats: [OutputFormat]) throws(PhrasebookError) {
        let manager = FileManager.default
        if formats.isEmpty {
            for file in staging.written { try move(staging.path + "/" + file.path, to: folder + "/" + file.path) }
            return
        }
        let retired = folder + "/.phrasebook-old-\(ProcessInfo.processInfo.processIdentifier)"
        try? manager.removeItem(atPath: retired)
        defer { try? manager.removeItem(atPath: retired) }
        do {
            try manager.createDirectory(atPath: retired, withIntermediateDirectories: true)
            for format in formats {
                let staged = staging.path + "/" + format.folder
                if !manager.fileExists(atPath: staged) {
                    try manager.createDirectory(atPath: staged, withIntermediateDirectories: true)
                }
                let current = folder + "/" + format.folder
                if manager.fileExists(atPath: current) { try rename(current, retired + "/" + format.folder) }
                try rename(staged, current)
            }
        } catch let error as PhrasebookError {
            throw error
        } catch {
            throw .outputFailed(path: folder, reason: error.localizedDescription)
        }
    }

    /// Refuses a path that could land outside the output folder.
    static func validate(_ path: String) throws(PhrasebookError) {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        let safe =
            !path.hasPrefix("/") && !components.isEmpty
            && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".phrasebook-") }
        if !safe { throw .outputFailed(path: path, reason: "refusing a path outside the output folder") }
    }

    private func move(_ source: String, to destination: String) throws(PhrasebookError) {
        do {
            try FileManager.default.createDirectory(
                atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        } catch {
            throw .outputFailed(path: destination, reason: error.localizedDescription)
        }
        try rename(source, destination)
    }

    /// POSIX rename: atomic, and replaces an existing file.
    private func rename(_ source: String, _ destination: String) throws(PhrasebookError) {
        if Foundation.rename(source, destination) != 0 {
            throw .outputFailed(path: destination, reason: String(cString: strerror(errno)))
        }
    }
}
