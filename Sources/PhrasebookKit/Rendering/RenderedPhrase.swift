/// A phrase's fragment as ``Fragments`` keeps it: its text and, for a step, where the step number goes.
///
/// Role handbooks number a procedure's steps afresh (a role that sees three of five steps numbers them 1 to 3), so
/// a step is shown with different numbers on different pages. Rendered once per number, the fragments of a large
/// book's steps took half as much memory again as the phrases themselves (Documentation/Performance.md). A step is
/// rendered once with a marker for its number instead, and shown with each number by putting the number in the
/// marker's place (``pieces(number:)``).
///
/// The phrase is the same as the template rendering the number itself as long as the marker came out once and as
/// it went in. A template that escapes the number changes nothing (it holds no character an escaping changes); one
/// that transforms it (`uppercased(number)`, `reversed`, …) or shows it twice or not at all leaves no single
/// marker, and the step is rendered once per number instead.
struct RenderedPhrase: Sendable {
    /// The fragment, with the marker in the number's place when ``number`` is set.
    let text: String
    /// Where the marker sits in ``text`` (UTF-8 offsets); `nil` when the text was rendered for one number (or for
    /// none).
    let number: Range<Int>?

    /// `text`, rendered for one number or for none.
    init(_ text: String) {
        self.text = text
        self.number = nil
    }

    /// `text`, rendered with ``marker`` as its number: the marker's place when it holds it once and no other
    /// marker's first character.
    init(numbered text: String) {
        self.text = text
        self.number = Self.marker(in: text)
    }

    /// The fragment in pieces, `number` in the marker's place; `nil` when the fragment holds no single marker (it
    /// is then rendered for the number itself).
    func pieces(number shown: String) -> [TextPiece]? {
        guard let number else { return nil }
        return TextPiece.text(text[...]).pieces(replacing: [number]) { _ in [.text(shown[...])] }
    }

    /// The fragment as one piece, for a phrase that is not a step.
    var whole: [TextPiece] { [.text(text[...])] }

    /// What a step is rendered with as its number: noncharacters (U+FDDA, U+FDDB, which texts hardly ever hold)
    /// around `nN`, which each transform of the template engine (upper-, lower-case, capitalized, reversed)
    /// changes and no escaping does.
    static let marker = String(Unicode.Scalar(UInt32(0xFDDA))!) + "nN" + String(Unicode.Scalar(UInt32(0xFDDB))!)

    /// Where ``marker`` sits in `text` when it is there once and no other U+FDDA is.
    private static func marker(in text: String) -> Range<Int>? {
        var text = text
        return text.withUTF8 { ByteSearch.markers(1, { _ in marker }, lead: lead, in: $0) }?.first
    }

    /// The UTF-8 of the marker's first character.
    private static let lead = Array(marker.unicodeScalars.first!.utf8)
}
