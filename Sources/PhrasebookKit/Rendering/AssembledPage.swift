/// A page put together from parts: its text in pieces, written one after the other, the situation bodies in it
/// that later builds may read back (``FragmentIndex``), and the frame they were put into (``PageFrame``).
struct AssembledPage {
    var pieces: [TextPiece]
    var lasting: [LastingFragment] = []
    var frame: PageFrame? = nil
}
