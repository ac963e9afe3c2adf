/// What the loader's safe XML reading (`SafeXMLRead`) is reading, for the words of its messages: a content file or
/// a translator's XLIFF file, whose elements, encodings and name differ.
enum XMLFileKind: Sendable {
    /// A file of `Content/` (`phrasebook.xml`, a situation, `taboos.xml`).
    case content
    /// An XLIFF file given to `phrasebook import`.
    case xliff

    /// The files of this kind, as the DOCTYPE message names them: `content files`, `an XLIFF file`.
    var named: String {
        switch self {
        case .content: "content files"
        case .xliff: "an XLIFF file"
        }
    }

    /// One file of this kind, and the few levels of elements it needs.
    var nesting: String {
        switch self {
        case .content: "a content file needs only a few levels (situation, phrase, text)"
        case .xliff: "an XLIFF file needs only a few levels (xliff, file, unit, target, an inline code)"
        }
    }

    /// The encodings phrasebook reads files of this kind in.
    var encodings: String {
        switch self {
        case .content: "UTF-8 only"
        case .xliff: "UTF-8 or UTF-16 only"
        }
    }

    /// What a file whose bytes are UTF-8 is, said against a declaration that names another encoding.
    var isUTF8: String {
        switch self {
        case .content: "content files are UTF-8, as this one is"
        case .xliff: "the file is written in UTF-8"
        }
    }
}
