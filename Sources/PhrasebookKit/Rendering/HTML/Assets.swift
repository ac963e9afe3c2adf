import Foundation

/// Static files shipped with a format's templates (`Templates/html/assets`), copied byte for byte: style sheets
/// and scripts, and images and fonts as well.
enum Assets {
    /// Every file of `folder`, paths relative to it, sorted. A missing folder is `missingFolder`: the pages
    /// link its style sheets and scripts, so a site without them would be broken.
    static func read(_ folder: String) throws(PhrasebookError) -> [OutputFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingFolder(folder)
        }
        var files: [OutputFile] = []
        for name in names(in: folder) {
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadableFile(path: path, reason: "cannot read the asset")
            }
            files.append(OutputFile(path: name, binary: data))
        }
        return files
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
