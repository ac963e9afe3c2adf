/// Edits over several content files in one run: each file is read once, every edit is made in memory, and
/// `write` checks every file is unchanged on disk before replacing any of them.
struct ContentEdits {
    private var editors: [String: ContentFileEditor] = [:]
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

    /// Writes every changed file, in path order; refuses before writing anything when one changed on disk.
    func write() throws(PhrasebookError) {
        let changed = editors.values.filter(\.hasChanges).sorted { $0.path < $1.path }
        for editor in changed {
            try editor.checkUnchangedOnDisk()
        }
        for editor in changed { try editor.write() }
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
