import Foundation

/// The folders a build must never write into, whatever the manifest says: `/`, the home folder, the content
/// folder, the templates folder, a folder containing either, a folder inside either, or a folder inside a format
/// folder another build made (one its output folder's manifest lists). Paths are compared
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
        if let outer = Self.formatFolderHolding(target) {
            throw .refusedOutput(
                path: output,
                reason: "it is inside \(outer), a folder another build made (its \(OutputManifest.name) lists it), "
                    + "which that build's next run replaces whole; use a folder of its own, beside that output")
        }
    }

    /// The folder above `target` (resolved) that another build made and replaces at each build: one its parent's
    /// manifest lists, such as `Output/html` for `Output/html/assets`. A folder merely below a manifest (beside
    /// the formats, or in a folder with a stray manifest, like a temporary folder) is not one. `nil` when none is.
    private static func formatFolderHolding(_ target: String) -> String? {
        var path = target
        while path != "/", !path.isEmpty {
            let child = (path as NSString).lastPathComponent
            let folder = (path as NSString).deletingLastPathComponent
            // A folder without a manifest reads as an empty one.
            if let listed = try? OutputManifest.read(folder: folder), listed.entries.contains(child + "/") {
                return path
            }
            path = folder
        }
        return nil
    }

    /// Whether `path` lies strictly below `folder`.
    private static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder == "/" ? "/" : folder + "/") && path != folder
    }

    /// `path` made absolute, with links resolved as far as it exists and `.`/`..` removed. A relative path stays
    /// relative when the working folder has no path (it was deleted while the command ran: `serve` in a project
    /// folder removed or cloned anew), and the walk up stops at its first component instead of going on forever.
    static func resolve(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var existing = absolute
        var rest: [String] = []
        while real(existing) == nil, existing != "/", !existing.isEmpty {
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
