import Foundation

/// Static files shipped with a format's templates (`Templates/html/assets`), copied byte for byte: style sheets
/// and scripts, and images and fonts as well.
enum Assets {
    /// Every file of `folder`, paths relative to it, sorted; none when the folder does not exist.
    static func read(_ folder: String) throws(PhrasebookError) -> [OutputFile] {
        let manager = FileManager.default
        guard let names = manager.enumerator(atPath: folder)?.allObjects as? [String] else { return [] }
        var files: [OutputFile] = []
        for name in names.sorted() {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + name
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard let data = manager.contents(atPath: path) else {
                throw .unreadableFile(path: path, reason: "cannot read the asset")
            }
            files.append(OutputFile(path: name, binary: data))
        }
        return files
    }
}
