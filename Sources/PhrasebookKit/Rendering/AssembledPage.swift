/// A page put together from parts: its text in pieces, written one after the other, the situation bodies in it
/// that later builds may read back (``FragmentIndex``), the frame they were put into (``PageFrame``), and where
/// its bodies sit among its pieces (``BodySpan``).
struct AssembledPage {
    var pieces: [TextPiece]
    var lasting: [LastingFragment] = []
    var frame: PageFrame? = nil
    var bodies: [BodySpan] = []
}
