/// A handbook page with its situation bodies put in after the template has rendered, instead of through it.
///
/// A handbook's template (HTML's and Markdown's `role`, text's `handbook`) shows every body by `{{{body}}}` inside
/// two sections (`chapters`, `situations`), and the template engine builds each section's text and each item's,
/// copying it into the text around it: a body's bytes were copied five times on their way into the page (and a
/// handbook of a large book is tens of megabytes). Here the template renders with a short marker in each body's
/// place, and the page is handed on in pieces, never copied into one text: the template's text between the
/// markers, and the bodies (``OutputFile/pieces``).
///
/// The page is the same as the template rendering the bodies itself. Where that cannot be told from the markers
/// (a template that escapes or transforms `body`, shows it twice or leaves it out; a text that holds a marker's
/// first character), the template renders the bodies itself.
enum HandbookSplice {
    /// The page `render` makes when it shows, in order, the texts it is given for `bodies`, each one piece, in
    /// pieces (``framed(_:in:_:)``).
    static func render(
        bodies: [TextPiece], keepingFrameIn slot: FrameSlot?, _ render: ([String]) throws(PhrasebookError) -> String
    ) throws(PhrasebookError) -> Spliced {
        try framed(bodies.map { [$0] }, in: slot, render)
    }

    /// The text `render` makes when it shows, in order, the texts it is given for bodies, each body given in
    /// pieces; the text in pieces (``framed(_:in:_:)`` with no frame kept). Also what puts a situation body's
    /// phrases into it (`Fragments.renderBody`).
    static func render(pieces bodies: [[TextPiece]], _ render: ([String]) throws(PhrasebookError) -> String)
        throws(PhrasebookError) -> [TextPiece]
    {
        try framed(bodies, in: nil, render).pieces
    }

    /// A page put together by ``framed(_:in:_:)``: its pieces, its frame, and where the bodies sit among the
    /// pieces (none when the template rendered the bodies itself).
    struct Spliced {
        var pieces: [TextPiece]
        var frame: PageFrame?
        var bodies: [BodySpan] = []
    }

    /// The page `render` makes when it shows, in order, the texts it is given for bodies, each body given in
    /// pieces; the page in pieces, and its frame: `render` is called with a marker for each body (the frame), and
    /// the bodies' pieces are put where the markers came out; or, when the markers did not come out as they went
    /// in, again with the bodies (each joined, one piece), and the page has no frame nor bodies of its own. A page
    /// with an empty body is rendered with the bodies at once (a section tells an empty body from a marker).
    ///
    /// With a `slot`, the frame kept there is taken instead of calling `render` (it names everything the frame is
    /// made from), and a frame rendered is kept there.
    static func framed(
        _ bodies: [[TextPiece]], in slot: FrameSlot?, _ render: ([String]) throws(PhrasebookError) -> String
    ) throws(PhrasebookError) -> Spliced {
        // Empty pieces are left out of the page, so that a body's place among its pieces counts only what it shows;
        // most bodies have none, and are not copied.
        let bodies =
            bodies.contains { $0.contains(where: \.isEmpty) } ? bodies.map { $0.filter { !$0.isEmpty } } : bodies
        if !bodies.isEmpty, !bodies.contains(where: \.isEmpty) {
            if let slot, let kept = slot.store.frame(slot.key), let page = splice(bodies, into: kept) {
                return Spliced(pieces: page.pieces, frame: PageFrame(key: slot.key, text: kept), bodies: page.bodies)
            }
            let frame = try render(bodies.indices.map(marker))
            if let page = splice(bodies, into: frame) {
                guard let slot else { return Spliced(pieces: page.pieces, frame: nil, bodies: page.bodies) }
                slot.store.keepFrame(frame, for: slot.key)
                return Spliced(pieces: page.pieces, frame: PageFrame(key: slot.key, text: frame), bodies: page.bodies)
            }
        }
        return Spliced(pieces: [.text(try render(bodies.map(\.joinedText))[...])], frame: nil)
    }

    /// The marker of the body at `index`. Whatever a template may do to a body changes the marker too, so that
    /// it is not taken for the body shown as it is: escaping (`{{body}}`) changes its `&`, and each of the
    /// transforms (`uppercased(body)`, `lowercased`, `capitalized`, `reversed`) its `bB`.
    static func marker(_ index: Int) -> String { opening + "&bB\(index)" + closing }

    /// A marker's first and last characters: noncharacters (U+FDD8, U+FDD9), which texts hardly ever hold (a page
    /// whose template text holds one is rendered the usual way).
    private static let opening = String(Unicode.Scalar(UInt32(0xFDD8))!)
    private static let closing = String(Unicode.Scalar(UInt32(0xFDD9))!)

    /// `frame` with the marker of each of `bodies` (none empty, nor holding an empty piece) replaced by the
    /// body's pieces, in pieces: the frame's text between the markers and the bodies, not copied; and where the
    /// bodies sit among those pieces. `nil` unless `frame` holds each marker once, in order, and no other marker's
    /// first character.
    static func splice(_ bodies: [[TextPiece]], into frame: String) -> (pieces: [TextPiece], bodies: [BodySpan])? {
        var frame = frame
        guard let cuts = frame.withUTF8({ ByteSearch.markers(bodies.count, marker, lead: lead, in: $0) }) else {
            return nil
        }
        let pieces = TextPiece.text(frame[...]).pieces(replacing: cuts) { bodies[$0] }
        // Where each body's first piece lands: after the frame's text before its marker, unless that is empty.
        var starts: [Int] = []
        var end = 0
        var count = 0
        for (index, cut) in cuts.enumerated() {
            if cut.lowerBound > end { count += 1 }
            starts.append(count)
            count += bodies[index].count
            end = cut.upperBound
        }
        return (pieces, BodySpan.spans(of: bodies, at: starts))
    }

    /// The UTF-8 of a marker's first character.
    private static let lead = Array(opening.utf8)
}

/// Where a handbook keeps its frame between builds (``PageFrame``): under `key`, which names everything the frame
/// is made from, in the fragments of the format's render.
struct FrameSlot {
    let key: String
    let store: FragmentStore

    /// The slot under `key` in `store`; `nil` for a page whose inputs are unknown (no key) or a render that keeps
    /// nothing (no store).
    init?(key: String?, store: FragmentStore?) {
        guard let key, let store else { return nil }
        self.key = key
        self.store = store
    }
}
