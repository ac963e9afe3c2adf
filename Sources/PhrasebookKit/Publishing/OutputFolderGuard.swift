import Foundation

/// The folders a build must never write into, whatever the manifest says: `/`, the home folder, the content
/// folder, the templates folder, a folder containing either, a folder inside either, or a folder inside another
/// build's output folder (one that holds a manifest). Paths are compared
/// after resolving links (a folder that does not exist yet is resolved through its nearest existing parent).
struct OutputFolderGuard: Sendable {
    /// The content folder.
    var content: String
    /// The templates folder.
    var templates: String

    /// Throws `.refusedOutput` when `output` is one of the forbidden folders.
    func check(_ output: String) throws(PhrasebookError) {
        let target = Self.resolve(output)
        if target == "/" { throw .refusedOutput(path: output, reason: "it is the root folder") }
        var status = stat()
        if stat(output, &status) == 0, status.st_mode & S_IFMT != S_IFDIR {
            throw .refusedOutput(path: output, reason: "it is a file, not a folder; name a folder, like Output")
        }
        let homes = [NSHomeDirectory(), ProcessInfo.processInfo.environment["HOME"] ?? ""].filter { !$0.isEmpty }
        if homes.map(Self.resolve).contains(target) {
            throw .refusedOutput(path: output, reason: "it is the home folder; use a folder of its own, like Output")
        }
        for (role, folder) in [("content", content), ("templates", templates)] {
            let protected = Self.resolve(folder)
            if target == protected || Self.isInside(protected, target) || Self.isInside(target, protected) {
                let relation =
                    target == protected ? "it is" : Self.isInside(protected, target) ? "it contains" : "it is inside"
                throw .refusedOutput(
                    path: output,
                    reason: "\(relation) the \(role) folder \(folder); use a folder of its own, like Output")
            }
        }
        if let outer = Self.outputHolding(target) {
            throw .refusedOutput(
                path: output,
                reason: "it is inside \(outer), the output folder of another build (it holds \(OutputManifest.name)), "
                    + "whose next build would refuse or replace what this one writes; use a folder of its own, "
                    + "beside it")
        }
    }

    /// The nearest folder above `target` (resolved) that holds a build's manifest: the output folder of another
    /// build, inside which a build's files would be foreign to it; `nil` when there is none.
    private static func outputHolding(_ target: String) -> String? {
        var folder = target
        while folder != "/" {
            folder = (folder as NSString).deletingLastPathComponent
            if folder.isEmpty { return nil }
            let manifest = (folder == "/" ? "" : folder) + "/" + OutputManifest.name
            if FileSystem.kind(manifest) == .file { return folder }
        }
        return nil
    }

    /// Whether `path` lies strictly below `folder`.
    private static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder == "/" ? "/" : folder + "/") && path != folder
    }

    /// `path` made absolute, with links resolved as far as it exists and `.`/`..` removed.
    static func resolve(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var existing = absolute
        var rest: [String] = []
        while real(existing) == nil, existing != "/" {
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        guard let base = real(existing) else { return absolute }
        return rest.isEmpty ? base : (base == "/" ? "" : base) + "/" + rest.joined(separator: "/")
    }

    private static func real(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
