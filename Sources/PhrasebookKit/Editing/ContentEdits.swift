import Foundation

/// Edits over several content files in one run: each file is read once, every edit is made in memory, and
/// `write` checks every file is unchanged on disk before replacing any of them, then replaces them all or none.
struct ContentEdits {
    private var editors: [String: ContentFileEditor] = [:]
    /// Files replaced whole (the review history), with the bytes they held when read.
    private var wholeFiles: [AtomicFile.Change] = []
    /// The digests of the files as the book was loaded from them.
    private let loaded: [String: String]

    /// Edits of the files `book` was loaded from; a file whose bytes differ from what was loaded is refused.
    init(of book: Book) {
        loaded = book.fileDigests
    }

    /// Sets attribute `name` of the `<element>` starting at `location`.
    mutating func setAttribute(
        _ name: String, to value: String, on location: SourceLocation, named element: String
    ) throws(PhrasebookError) {
        try edit(location.file) { editor throws(PhrasebookError) in
            try editor.setAttribute(name, to: value, onElementAt: location, named: element)
        }
    }

    /// Removes attribute `name` of the `<element>` starting at `location`.
    mutating func removeAttribute(_ name: String, on location: SourceLocation, named element: String)
        throws(PhrasebookError)
    {
        try edit(location.file) { editor throws(PhrasebookError) in
            try editor.removeAttribute(name, onElementAt: location, named: element)
        }
    }

    /// Replaces the text of the `<element>` starting at `location`.
    mutating func setText(_ text: String, on location: SourceLocation, named element: String) throws(PhrasebookError) {
        try edit(location.file) { editor throws(PhrasebookError) in
            try editor.setText(text, ofElementAt: location, named: element)
        }
    }

    /// Inserts `<name attributes>text</name>` after the `<element>` starting at `location`.
    mutating func insert(
        _ name: String, text: String, attributes: [(String, String)], after location: SourceLocation,
        named element: String
    ) throws(PhrasebookError) {
        try edit(location.file) { editor throws(PhrasebookError) in
            try editor.insertElement(name, text: text, attributes: attributes, after: location, named: element)
        }
    }

    /// Replaces the whole of the file at `path`, which held `old` when read (`nil`: it did not exist), with
    /// `new`, in the same write as the other edits.
    mutating func replaceWhole(_ path: String, old: [UInt8]?, with new: [UInt8]) {
        wholeFiles.append(AtomicFile.Change(path: path, old: old, new: new))
    }

    /// Every file the edits change, with the bytes `write` would give it, by path: the content as it would be after
    /// the write, for a dry run to load and check without writing.
    var editedFiles: [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for editor in editors.values where editor.hasChanges { files[editor.path] = editor.edited }
        for file in wholeFiles { files[file.path] = file.new }
        return files
    }

    /// Writes every changed file (the edited ones in path order, then the whole ones) as one
    /// (``AtomicFile/writeAll(_:)``): refuses before writing anything when one changed on disk since it was read,
    /// and a failure part-way puts back the files already written.
    func write() throws(PhrasebookError) {
        var changes: [AtomicFile.Change] = []
        for editor in editors.values.filter(\.hasChanges).sorted(by: { $0.path < $1.path }) {
            try editor.checkUnchangedOnDisk()
            changes.append(AtomicFile.Change(path: editor.path, old: editor.original, new: editor.edited))
        }
        for file in wholeFiles {
            let now = FileManager.default.contents(atPath: file.path).map { [UInt8]($0) }
            guard now == file.old else {
                throw .contentEditFailed(
                    path: file.path,
                    reason: "the file changed on disk since it was read; nothing was written, run again")
            }
            if file.new != now { changes.append(file) }
        }
        try AtomicFile.writeAll(changes)
    }

    private mutating func edit(
        _ path: String, _ body: (inout ContentFileEditor) throws(PhrasebookError) -> Void
    ) throws(PhrasebookError) {
        var editor: ContentFileEditor
        if let open = editors.removeValue(forKey: path) {
            editor = open
        } else {
            editor = try ContentFileEditor(path: path)
            guard FileDigest.of(editor.original) == loaded[path] else {
                throw .contentEditFailed(
                    path: path, reason: "the file changed on disk since it was loaded; nothing was written, run again")
            }
        }
        try body(&editor)
        editors[path] = editor
    }
}
