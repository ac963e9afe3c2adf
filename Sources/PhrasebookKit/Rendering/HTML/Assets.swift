import Foundation

/// Static files shipped with a format's templates (`Templates/html/assets`), copied byte for byte: style sheets
/// and scripts, and images and fonts as well. A folder named like a script or a style sheet (`search.js/`,
/// `print.css/`) holds its parts: the site gets one file of that name, its parts joined in the order of their
/// names (`joinedFolder`).
struct Assets: Sendable {
    /// What the site gets: a file per file of the folder, one per joined folder; paths relative to the folder.
    var files: [OutputFile]
    /// The SHA-256 of each file read, by its path relative to the folder (a part of a joined folder by its own
    /// path): what an incremental build records it read (`HTMLRenderer.inputs`, `BuildInputs`).
    var digests: [String: String]

    /// No assets (a renderer made for its templates alone).
    static let none = Assets(files: [], digests: [:])

    /// The name endings of a folder whose files are joined into one (Documentation/Templates.md).
    static let joinedEndings = [".js", ".css"]

    /// Every file of `folder`, paths relative to it, sorted, the parts of a joined folder as one file. A missing
    /// folder is `missingFolder`: the pages link its style sheets and scripts, so a site without them would be
    /// broken.
    static func read(_ folder: String) throws(PhrasebookError) -> Assets {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingFolder(folder)
        }
        var joined: [String: Data] = [:]
        var files: [OutputFile] = []
        var digests: [String: String] = [:]
        for name in names(in: folder) {
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadableFile(path: path, reason: "cannot read the asset")
            }
            digests[name] = FileDigest.of(data)
            if let whole = joinedFolder(of: name) {
                joined[whole, default: Data()].append(part: data)
            } else {
                files.append(OutputFile(path: name, binary: data))
            }
        }
        // A file and a folder cannot share a name, so a joined file never meets a copied one.
        files += joined.map { OutputFile(path: $0.key, binary: $0.value) }
        return Assets(files: files.sorted { $0.path < $1.path }, digests: digests)
    }

    /// The file below `folder` made of the parts in `name`'s folder: the path of the outermost folder of `name`
    /// whose name ends in one of `joinedEndings` (`search.js` for `search.js/01-load.js`), or nil for a file
    /// copied as it is.
    static func joinedFolder(of name: String) -> String? {
        let folders = name.split(separator: "/").dropLast()
        guard let index = folders.firstIndex(where: { folder in joinedEndings.contains { folder.hasSuffix($0) } })
        else { return nil }
        return folders[...index].joined(separator: "/")
    }

    /// The files below `folder` (not the folders), paths relative to it, sorted: the files `read` reads. Hidden
    /// files and folders (an editor's swap file `.style.css.swp`, `.DS_Store`) are left out: they are not the site's.
    static func names(in folder: String) -> [String] {
        let manager = FileManager.default
        guard let names = manager.enumerator(atPath: folder)?.allObjects as? [String] else { return [] }
        return names.sorted().filter { name in
            guard !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { return false }
            var isDirectory: ObjCBool = false
            return manager.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }
}

extension Data {
    /// `part` added after what is here, on a line of its own: a line feed first when what is here does not end
    /// with one, so that a part's last line comment never swallows the next part's first line.
    fileprivate mutating func append(part: Data) {
        if let last, last != UInt8(ascii: "\n") { append(UInt8(ascii: "\n")) }
        append(part)
    }
}
