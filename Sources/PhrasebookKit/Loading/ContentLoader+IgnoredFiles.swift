import Foundation

/// The files of a content folder that look like content but that the loader does not read, each said as an
/// `ignored-file` warning naming where it belongs or the name it needs: a situation file put in the content folder
/// itself (`Content/refund.xml`), named `.XML` or `.xml.txt` (an editor's "Save as" text), put in a folder inside
/// `situations/`, or in a `Situations/` folder; `Taboos.xml`. Without them a lead would lose a whole situation without
/// a word. Hidden files are passed over, as the loader passes them over; so is every name that does not end in `.xml`
/// in some case or in `.xml.txt` (`README.md`, an editor's `refund.xml~`).
extension ContentLoader {
    /// A file not read, and what to do about it.
    struct IgnoredFile {
        /// The path, beneath `folder`.
        var path: String
        /// Why it is not read and what to do, in words.
        var fix: String
    }

    /// The files the content folder's own files are read from: anything else ending in `.xml` there is not read.
    private static let rootFiles = ["phrasebook.xml", "taboos.xml", ReviewHistory.fileName]

    /// Every file of the folder that looks like content but is not read, by path.
    func ignoredFiles() -> [IgnoredFile] {
        var ignored: [IgnoredFile] = []
        for (name, isFolder) in Self.visibleEntries(in: folder) {
            let entry = path(name)
            if isFolder {
                guard name != "situations", ["situations", "situation"].contains(name.lowercased()),
                    !Self.isSameEntry(entry, path("situations"))
                else { continue }
                for file in Self.xmlFiles(in: entry) {
                    ignored.append(
                        IgnoredFile(
                            path: path("\(name)/\(file)"),
                            fix: "situation files are read from the folder situations/, in lower case: rename the "
                                + "folder \(name)/ to situations/"))
                }
            } else if Self.looksLikeXML(name), !Self.rootFiles.contains(name) {
                let meant = Self.rootFiles.first { $0 == Self.lowerCaseExtension(name).lowercased() }
                if let meant, Self.isSameEntry(entry, path(meant)) { continue }
                let fix =
                    meant.map { "name it \($0), " + (Self.isSavedAsText(name) ? "without .txt" : "in lower case") }
                    ?? "the content folder itself holds only \(Self.rootFiles.joined(separator: ", ")); a situation "
                    + "file goes in situations/: " + moveOrCompare("situations/\(Self.lowerCaseExtension(name))")
                ignored.append(IgnoredFile(path: entry, fix: fix))
            }
        }
        for (name, isFolder) in Self.visibleEntries(in: path("situations")) {
            let entry = path("situations/" + name)
            if isFolder {
                for file in Self.xmlFiles(in: entry) {
                    ignored.append(
                        IgnoredFile(
                            path: path("situations/\(name)/\(file)"),
                            fix: "situation files are read from situations/ itself, not from the folders in it: "
                                + moveOrCompare("situations/\(Self.lowerCaseExtension(file))")))
                }
            } else if Self.looksLikeXML(name), !name.hasSuffix(".xml") {
                ignored.append(
                    IgnoredFile(
                        path: entry,
                        fix: "a situation file's name ends in .xml, "
                            + (Self.isSavedAsText(name) ? "not .txt" : "in lower case")
                            + ": name it \(Self.lowerCaseExtension(name))"
                    ))
            }
        }
        return ignored
    }

    /// "move it to `destination`" (a path beneath the folder), or, where a file of that name is read already, to
    /// compare the two: moving it there would replace that file.
    private func moveOrCompare(_ destination: String) -> String {
        guard FileManager.default.fileExists(atPath: path(destination)) else { return "move it to \(destination)" }
        return "\(destination) is there already and is read (a copy? an older version?): compare the two and keep "
            + "one; moving this one there would replace it"
    }

    /// The `ignored-file` warnings of ``ignoredFiles()``, each at the file's first line.
    func ignoredFileWarnings() -> [Diagnostic] {
        ignoredFiles().map { file in
            let name = String(file.path.dropFirst(folder.hasSuffix("/") ? folder.count : folder.count + 1))
            return Diagnostic(
                .warning, "ignored-file", "\(name) is not read: \(file.fix)",
                at: SourceLocation(file: file.path, line: 1, column: 1))
        }
    }

    /// The names in folder `path` (following links) that do not start with `.`, each with whether it is a folder;
    /// none when `path` is not a readable folder.
    private static func visibleEntries(in path: String) -> [(name: String, isFolder: Bool)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder)
            return (name, isFolder.boolValue)
        }
    }

    /// The names of the files in folder `path` that end in `.xml` in any case, hidden ones left out.
    private static func xmlFiles(in path: String) -> [String] {
        visibleEntries(in: path).filter { !$0.isFolder && looksLikeXML($0.name) }.map(\.name)
    }

    /// Whether `name` ends in `.xml`, in any case, or in `.xml.txt` (what an editor's "Save as" text makes of it).
    private static func looksLikeXML(_ name: String) -> Bool {
        let lower = name.lowercased()
        return (lower.hasSuffix(".xml") && name.count > 4) || (lower.hasSuffix(".xml.txt") && name.count > 8)
    }

    /// Whether `name` is an XML file's name with `.txt` added (`refund.xml.txt`).
    private static func isSavedAsText(_ name: String) -> Bool {
        name.lowercased().hasSuffix(".txt")
    }

    /// `name` as the loader reads it: its `.xml` in lower case, without an added `.txt`.
    private static func lowerCaseExtension(_ name: String) -> String {
        String(name.dropLast(isSavedAsText(name) ? 8 : 4)) + ".xml"
    }

    /// Whether two paths name one file or folder (links followed): on a file system that ignores case,
    /// `Situations/` is `situations/` and is read.
    private static func isSameEntry(_ one: String, _ other: String) -> Bool {
        guard let first = FileStatus.following(one), let second = FileStatus.following(other) else { return false }
        return first.inode == second.inode
    }
}
