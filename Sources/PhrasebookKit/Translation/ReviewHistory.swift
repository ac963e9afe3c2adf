import Foundation

/// `review-history.xml` beside `phrasebook.xml`: every source text a rendering was reviewed against, keyed by its
/// `source-hash`. `phrasebook review` and `phrasebook import` add to it whenever they write a hash, so a stale
/// rendering can show the source as it was next to the source now. The file is the tool's: it is rewritten whole,
/// sorted by hash.
struct ReviewHistory: Sendable {
    /// The file's name inside the content folder.
    static let fileName = "review-history.xml"

    /// Source texts (folded) by their hash.
    var sources: [String: String]
    /// The file's bytes as loaded (`nil` when there was no file): `write` refuses a file that changed since.
    var loadedBytes: [UInt8]?

    /// A history holding `sources`.
    init(sources: [String: String] = [:]) {
        self.sources = sources
    }

    /// The source text a rendering with `source-hash` `hash` was reviewed against, when the history recorded it.
    func source(reviewedAs hash: String) -> String? {
        sources[hash.lowercased()]
    }

    /// Records `sourceText` under its hash.
    mutating func record(_ sourceText: String) {
        sources[SourceHash.of(sourceText)] = sourceText
    }

    /// The file's bytes: one `<source hash="…">` per entry, sorted by hash.
    var serialized: [UInt8] {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<?xml-model href=\"../Schema/phrasebook-v1.rng\" type=\"application/xml\" "
                + "schematypens=\"http://relaxng.org/ns/structure/1.0\"?>",
            "<!-- Written by phrasebook review and phrasebook import: the source texts renderings were reviewed",
            "     against, by source-hash. Keep it under version control with the content; do not edit it. -->",
            "<review-history>",
        ]
        for hash in sources.keys.sorted() {
            lines.append("  <source hash=\"\(hash)\">\(XMLEscaping.text(sources[hash]!))</source>")
        }
        lines.append("</review-history>")
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Adds the history's file in `folder`, as it is now, to `edits` (written with them, all or none).
    func write(into folder: String, with edits: inout ContentEdits) {
        edits.replaceWhole(
            (folder as NSString).appendingPathComponent(Self.fileName), old: loadedBytes, with: serialized)
    }

    /// The history read from its parsed root element and the file's bytes.
    init(_ root: XMLElement, bytes: [UInt8]) {
        var sources: [String: String] = [:]
        for element in root.children("source") {
            if let hash = element.attribute("hash")?.value { sources[hash] = WhiteSpace.fold(element.text) }
        }
        self.sources = sources
        loadedBytes = bytes
    }
}
