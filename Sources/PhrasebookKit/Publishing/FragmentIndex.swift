import Foundation

/// Where the situation bodies of the last build's handbooks sit in its pages, `<output>/.phrasebook-fragments`:
/// for each body kept for later builds (``LastingFragment``), its key, the page and the byte range. A later build
/// whose body has the same key reads those bytes back (``PreviousPages``) instead of rendering it again, so a
/// one-phrase edit re-renders one situation's bodies, not every handbook's. It is staged and committed with the
/// build state it belongs to (`Publisher.commit`).
///
/// It also holds each handbook's frame (``PageFrame``): what its template made around the bodies, so that a later
/// build whose handbook shows the same situations under the same titles puts the bodies into it instead of
/// rendering the template again.
///
/// One line per body, sorted: `key offset length digest path` (`digest` the SHA-256 of the body's bytes in hex, or
/// `-` when the build did not take it), after a first line naming the format's version; then each frame, by
/// path: a line `frame key length path`, the frame's `length` bytes of UTF-8, and a line break.
struct FragmentIndex: Equatable, Sendable {
    /// The index's file name inside the output folder.
    static let name = ".phrasebook-fragments"
    private static let header = "phrasebook-fragments 3"

    /// Every body's place, by key (the first in the order of paths and offsets, where pages share a body).
    private(set) var places: [String: FragmentPlace] = [:]
    /// The places in each page, by the page's path, in the order of their offsets.
    private(set) var pages: [String: [FragmentPlace]] = [:]
    /// The frame of each handbook that has one, by the page's path.
    private(set) var frames: [String: PageFrame] = [:]

    /// An index of `places` and of the `frames` of the pages at their paths.
    init(_ places: [FragmentPlace] = [], frames: [String: PageFrame] = [:]) {
        for place in places.sorted(by: { ($0.path, $0.offset) < ($1.path, $1.offset) }) {
            if self.places[place.key] == nil { self.places[place.key] = place }
            pages[place.path, default: []].append(place)
        }
        self.frames = frames
    }

    /// The index in `folder`; empty when there is none or it cannot be read.
    static func read(folder: String) -> FragmentIndex {
        guard let data = FileSystem.read(folder + "/" + name) else { return FragmentIndex() }
        // Cut as bytes (a build reads the index of every body before it renders; cutting it as text took tens of
        // milliseconds for a large book).
        let bytes = [UInt8](data)
        let newline = UInt8(ascii: "\n")
        func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        var start = 0
        /// The next line, without its line break; `nil` at the end.
        func line() -> ArraySlice<UInt8>? {
            guard start < bytes.count else { return nil }
            let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
            defer { start = end + 1 }
            return bytes[start..<end]
        }
        guard let first = line(), first.elementsEqual(Self.header.utf8) else { return FragmentIndex() }
        var places: [FragmentPlace] = []
        var frames: [String: PageFrame] = [:]
        while let line = line() {
            let isFrame = line.starts(with: "frame ".utf8)
            let fields = line.split(separator: UInt8(ascii: " "), maxSplits: isFrame ? 3 : 4)
            guard fields.count == (isFrame ? 4 : 5), let number = Int(text(fields[2])) else { return FragmentIndex() }
            if isFrame {
                // The frame's bytes follow its line, then a line break (a length past the end is no index).
                guard number >= 0, number < bytes.count - start, bytes[start + number] == newline else {
                    return FragmentIndex()
                }
                let end = start + number
                frames[text(fields[3])] = PageFrame(key: text(fields[1]), text: text(bytes[start..<end]))
                start = end + 1
                continue
            }
            guard let offset = Int(text(fields[1])), offset >= 0, number > 0 else { return FragmentIndex() }
            // A digest not written as a SHA-256 is none: the body is hashed again.
            let digest = Self.isDigest(fields[3]) ? text(fields[3]) : nil
            places.append(
                FragmentPlace(
                    key: text(fields[0]), path: text(fields[4]), offset: offset, length: number, digest: digest))
        }
        return FragmentIndex(places, frames: frames)
    }

    /// Whether `field` is a SHA-256 as the index writes it: 64 lowercase hex digits.
    private static func isDigest(_ field: ArraySlice<UInt8>) -> Bool {
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        let letters = UInt8(ascii: "a")...UInt8(ascii: "f")
        return field.count == 64 && field.allSatisfy { digits.contains($0) || letters.contains($0) }
    }

    /// Writes the index as a new file at `path`: every place, by path and offset, then every frame, by path.
    func write(to path: String) throws(PhrasebookError) {
        // Made as bytes, a field at a time: the index of a large book is megabytes of lines, which interpolated
        // strings took tens of milliseconds to make, at the end of every build.
        var bytes: [UInt8] = []
        func line(_ fields: [String]) {
            for (index, field) in fields.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: " ")) }
                bytes += field.utf8
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        line([Self.header])
        for place in pages.keys.sorted().flatMap({ pages[$0] ?? [] }) {
            line([place.key, String(place.offset), String(place.length), place.digest ?? "-", place.path])
        }
        for (page, frame) in frames.sorted(by: { $0.key < $1.key }) {
            line(["frame", frame.key, String(frame.text.utf8.count), page])
            bytes += frame.text.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        try FileSystem.writeNew(bytes, to: path)
    }

    /// Where `fragments` sit in the text of `pieces`, the page at `path`: each looked for after the one before (a
    /// page shows its bodies in order), its first piece inside one piece of the page and the rest following on
    /// from there (a page put together from its bodies has each body's pieces as pieces of its own); one not
    /// found as it is (a page that changed it afterwards) is left out. A place that is one of the page's `bodies`
    /// has that body's SHA-256.
    static func locate(
        _ fragments: [LastingFragment], in pieces: [TextPiece], bodies: [BodySpan] = [], path: String
    ) -> [FragmentPlace] {
        var places: [FragmentPlace] = []
        var cursor = Cursor(piece: 0, start: 0, offset: 0)
        let digests = BodySpan.digests(bodies, in: pieces)
        for fragment in fragments {
            let needle = fragment.pieces.filter { !$0.isEmpty }
            guard let found = find(needle, in: pieces, from: cursor) else { continue }
            let end = found.after.start + found.after.offset
            let body = digests[found.offset]
            places.append(
                FragmentPlace(
                    key: fragment.key, path: path, offset: found.offset, length: end - found.offset,
                    digest: body?.length == end - found.offset ? body?.digest : nil))
            cursor = found.after
        }
        return places
    }

    /// A place in a text in pieces: a piece, where it starts in the text, and an offset in it.
    private struct Cursor {
        var piece: Int
        var start: Int
        var offset: Int
    }

    /// Where `needle` (pieces, none empty) is in the text of `pieces` at or after `from`, and the place after it;
    /// `nil` when it is not there.
    private static func find(_ needle: [TextPiece], in pieces: [TextPiece], from: Cursor) -> (
        offset: Int, after: Cursor
    )? {
        guard let first = needle.first else { return nil }
        return first.withUTF8 { head -> (offset: Int, after: Cursor)? in
            var next = from
            while next.piece < pieces.count {
                let piece = pieces[next.piece]
                let (count, found) = piece.withUTF8 { ($0.count, ByteSearch.find(head, in: $0, from: next.offset)) }
                guard let found else {
                    next = Cursor(piece: next.piece + 1, start: next.start + count, offset: 0)
                    continue
                }
                let headEnd = Cursor(piece: next.piece, start: next.start, offset: found + head.count)
                if let after = follows(needle.dropFirst(), in: pieces, at: headEnd) {
                    return (next.start + found, after)
                }
                next.offset = found + 1
            }
            return nil
        }
    }

    /// Where `parts` end when the text of `pieces` goes on with them, byte for byte, at `start`; `nil` when it
    /// does not.
    private static func follows(_ parts: ArraySlice<TextPiece>, in pieces: [TextPiece], at start: Cursor) -> Cursor? {
        var at = start
        for part in parts {
            let same = part.withUTF8 { bytes -> Bool in
                var done = 0
                while done < bytes.count {
                    guard at.piece < pieces.count else { return false }
                    let piece = pieces[at.piece]
                    let count = piece.utf8Count
                    let compared = min(count - at.offset, bytes.count - done)
                    if compared > 0 {
                        let offset = at.offset
                        // A body read back is the same storage in the fragment and in the page: not compared.
                        guard
                            piece.withUTF8({ page in
                                page.baseAddress! + offset == bytes.baseAddress! + done
                                    || memcmp(page.baseAddress! + offset, bytes.baseAddress! + done, compared) == 0
                            })
                        else { return false }
                        done += compared
                        at.offset += compared
                    }
                    if at.offset == count { at = Cursor(piece: at.piece + 1, start: at.start + count, offset: 0) }
                }
                return true
            }
            guard same else { return nil }
        }
        return at
    }
}

/// Where one body sits: its key, the page (relative to the output folder), the byte range in it and, when the
/// build took it, the SHA-256 of those bytes in hex (``BodySpan``).
struct FragmentPlace: Equatable, Sendable {
    var key: String
    var path: String
    var offset: Int
    var length: Int
    var digest: String? = nil
}

/// A handbook's frame: the text its template made with a marker in each body's place (``HandbookSplice``), and
/// the key naming everything that text is made from (the page's path, the templates, the view's outline: not its
/// bodies). A later build whose handbook has the same key puts its bodies into this text instead of rendering the
/// template again.
struct PageFrame: Equatable, Sendable {
    var key: String
    var text: String
}

/// A fragment of a page kept for later builds: its key (``FragmentStore/placeKey(_:)``) and its text, in the
/// pieces it is written in.
struct LastingFragment: Hashable, Sendable {
    var key: String
    var pieces: [TextPiece]
}
