import Foundation

/// A deterministic generator of synthetic phrasebooks in content format v1, for benchmarks and tests.
///
/// The same `phrases` and `seed` always give byte-identical files. The book looks like a real one at scale:
/// situations of about 20 phrases in chapters of about 10 situations, 10 roles, 4 channels, 11 categories,
/// texts in Chinese (source), Korean and English built from aligned word pools, steps, "don't say" pairs with
/// reasons, notes, dialogues with branches, `{company}`-style variables and `{surname}`-style slots, and a
/// `taboos.xml`. It is written to pass `phrasebook check --strict`: every phrase's source text is unique, the
/// same source always has the same renderings (reviewed: each carries the source's `source-hash`), Chinese
/// uses full-width punctuation and 您, Korean ends every sentence politely, end punctuation agrees across
/// languages, no recommended text contains a taboo, and every declared role, channel, category and placeholder
/// is used (from about 40 phrases up).
public struct BookSynth: Sendable {
    /// How many phrases the book has, exactly.
    public let phrases: Int
    /// The seed of the pseudo-random choices.
    public let seed: UInt64

    /// A generator of a book of `phrases` phrases (at least 1).
    public init(phrases: Int, seed: UInt64 = 20_240_601) {
        self.phrases = max(1, phrases)
        self.seed = seed
    }

    /// Every file of the content folder, paths relative to it, sorted by path.
    public func files() -> [SynthFile] {
        var builder = BookBuilder(seed: seed)
        return builder.build(phrases: phrases)
    }

    /// Writes the content folder (`phrasebook.xml`, `taboos.xml`, `situations/*.xml`) into `folder`, creating
    /// it; files already there with other names are left alone.
    public func write(to folder: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/situations", withIntermediateDirectories: true)
        for file in files() {
            try Data(file.contents.utf8).write(to: URL(fileURLWithPath: folder + "/" + file.path))
        }
    }
}

/// One generated file: its path inside the content folder and its text.
public struct SynthFile: Sendable, Equatable {
    /// The path relative to the content folder (`situations/order-query-1.xml`).
    public let path: String
    /// The XML.
    public let contents: String
}
