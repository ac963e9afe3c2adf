/// What the loader's safe XML reading (`SafeXMLRead`) is reading, for the words of its messages: a content file or
/// a translator's XLIFF file, whose elements, encodings and name differ.
struct XMLFileKind: Sendable {
    /// The files of this kind, as the DOCTYPE message names them: `content files`, `an XLIFF file`.
    let named: String
    /// One file of this kind, and the few levels of elements it needs.
    let nesting: String
    /// The encodings phrasebook reads files of this kind in.
    let encodings: String
    /// What a file whose bytes are UTF-8 is, said against a declaration that names another encoding.
    let isUTF8: String
    /// The names of the elements files of this kind may hold, to tell a misspelt tag by; empty when not known.
    let elementNames: @Sendable () -> Set<String>

    /// A file of `Content/` (`phrasebook.xml`, a situation, `taboos.xml`).
    static let content = XMLFileKind(
        named: "content files", nesting: "a content file needs only a few levels (situation, phrase, text)",
        encodings: "UTF-8 only", isUTF8: "content files are UTF-8, as this one is",
        elementNames: { SchemaOutline.embedded.elementNames })

    /// An XLIFF file given to `phrasebook import`.
    static let xliff = XMLFileKind(
        named: "an XLIFF file",
        nesting: "an XLIFF file needs only a few levels (xliff, file, unit, target, an inline code)",
        encodings: "UTF-8 or UTF-16 only", isUTF8: "the file is written in UTF-8", elementNames: { [] })
}
