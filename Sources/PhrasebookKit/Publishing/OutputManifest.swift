import Foundation

/// What the tool made in an output folder: `<output>/.phrasebook-manifest` lists every folder (`html/`,
/// `html/roles/`) and file (`html/index.html`) a build put there, one path a line. A build replaces or adds to a
/// format folder only when the manifest lists it and everything in it; anything else there (a user's file, a
/// link, a folder of the same name the tool never made) makes the build refuse, so nothing it did not make is
/// ever removed. The manifest is written with the build and swapped into place in the same commit.
struct OutputManifest: Equatable {
    /// The manifest's file name inside the output folder.
    static let name = ".phrasebook-manifest"
    private static let header = "# phrasebook: the files below were made by phrasebook; its next build replaces them."

    /// Folders (ending in `/`) and files, relative to the output folder.
    private(set) var entries: Set<String>

    /// A manifest listing `entries`.
    init(entries: Set<String>) {
        self.entries = entries
    }

    /// The manifest of `folder`; empty when it has none.
    static func read(folder: String) throws(PhrasebookError) -> OutputManifest {
        let path = folder + "/" + name
        switch FileSystem.kind(path) {
        case .missing: return OutputManifest(entries: [])
        case .file: break
        case .folder, .other: throw .refusedOutput(path: path, reason: "not a file phrasebook made")
        }
        let data = try FileSystem.contents(of: path)
        // Cut as bytes: a manifest lists every file of the output (thousands in a large book's), and it is read
        // several times a build.
        let lines = data.split(separator: UInt8(ascii: "\n")).filter { $0.first != UInt8(ascii: "#") }
        return OutputManifest(entries: Set(lines.map { String(decoding: $0, as: UTF8.self) }))
    }

    /// The manifest's text: the header, then the entries sorted.
    var text: String {
        ([Self.header] + entries.sorted()).joined(separator: "\n") + "\n"
    }

    /// Every folder and file below `root` (which must be a folder), as entries prefixed with `prefix`
    /// (`html/`): folders end in `/`. Throws when something is neither a file nor a folder.
    static func listing(of root: String, as prefix: String) throws(PhrasebookError) -> Set<String> {
        var entries: Set<String> = [prefix]
        for (name, kind) in FileSystem.entries(in: root) {
            let path = root + "/" + name
            switch kind {
            case .file: entries.insert(prefix + name)
            case .folder: entries.formUnion(try listing(of: path, as: prefix + name + "/"))
            case .missing: break
            case .other:
                throw .refusedOutput(path: path, reason: "a link or special file; phrasebook never follows links")
            }
        }
        return entries
    }

    /// Refuses unless every format folder named in `folders` that exists in `output` is a real folder this
    /// manifest lists with everything in it.
    func verifyOwned(_ folders: [String], in output: String) throws(PhrasebookError) {
        for folder in folders {
            let path = output + "/" + folder
            switch FileSystem.kind(path) {
            case .missing: continue
            case .folder: break
            case .file, .other:
                throw .refusedOutput(
                    path: path,
                    reason: "phrasebook did not make it (not a folder); move it away or choose another --output")
            }
            guard entries.contains(folder + "/") else {
                throw .refusedOutput(
                    path: path,
                    reason: "phrasebook did not make this folder (it is not in \(Self.name)) and a build would replace "
                        + "it; move it away or choose another --output")
            }
            if let entry = try Self.listing(of: path, as: folder + "/").subtracting(entries).min() {
                throw .refusedOutput(
                    path: output + "/" + entry,
                    reason:
                        "phrasebook did not make this and a build replaces \(folder)/ whole; move it out of \(folder)/")
            }
        }
    }
}
