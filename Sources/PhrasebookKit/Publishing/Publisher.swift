import Foundation

/// Writes rendered files into the output folder without ever leaving it half-written: everything goes into a
/// staging folder inside the output folder first, and only when all of it is written are the format folders
/// (or, for a one-role build, the files) renamed into place. On any failure the previous output stays as it was.
public struct Publisher: Sendable {
    /// The output folder.
    public let folder: String

    /// A publisher for `folder`.
    public init(folder: String) {
        self.folder = folder
    }

    /// Publishes `files`. With `replacing`, each of those format folders is swapped whole (files the build no
    /// longer makes disappear); otherwise each file replaces its namesake and nothing else changes.
    public func publish(_ files: [OutputFile], replacing formats: [OutputFormat]) throws(PhrasebookError) {
        for file in files { try Self.validate(file.path) }
        let manager = FileManager.default
        let token = "\(ProcessInfo.processInfo.processIdentifier)"
        let staging = folder + "/.phrasebook-staging-" + token
        let retired = folder + "/.phrasebook-old-" + token
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try? manager.removeItem(atPath: staging)
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw .outputFailed(path: folder, reason: error.localizedDescription)
        }
        defer { try? manager.removeItem(atPath: staging) }
        try write(files, into: staging)
        if formats.isEmpty {
            for file in files { try move(staging + "/" + file.path, to: folder + "/" + file.path) }
            return
        }
        try? manager.removeItem(atPath: retired)
        defer { try? manager.removeItem(atPath: retired) }
        do {
            try manager.createDirectory(atPath: retired, withIntermediateDirectories: true)
            for format in formats {
                let staged = staging + "/" + format.folder
                if !manager.fileExists(atPath: staged) { try manager.createDirectory(atPath: staged, withIntermediateDirectories: true) }
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
        let safe = !path.hasPrefix("/") && !components.isEmpty
            && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".phrasebook-") }
        if !safe { throw .outputFailed(path: path, reason: "refusing a path outside the output folder") }
    }

    private func write(_ files: [OutputFile], into staging: String) throws(PhrasebookError) {
        let manager = FileManager.default
        var made: Set<String> = []
        for file in files {
            let path = staging + "/" + file.path
            let directory = (path as NSString).deletingLastPathComponent
            do {
                if made.insert(directory).inserted {
                    try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
                }
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                throw .outputFailed(path: folder + "/" + file.path, reason: error.localizedDescription)
            }
        }
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
