/// HTML: everything escaped; slots as labelled blanks, the rising-tone cue as a styled cue.
///
/// A slot is `<span class="slot" data-plain="[label]">label</span>`: the page shows a blank carrying its label,
/// and the copy button copies `data-plain` (the label in brackets, as in the plain text). The cue is an image-like
/// span with an accessible name, so screen readers say "rising tone" instead of "up arrow".
struct HTMLTextStyle: TextStyle {
    func format(_ text: ResolvedText) -> String {
        text.pieces.map { piece in
            switch piece {
            case .text(let words):
                escape(words)
            case .slot(let label):
                "<span class=\"slot\" data-plain=\"\(escape(SlotBrackets.wrap(label)))\">\(escape(label))</span>"
            case .cue:
                "<span class=\"cue\" lang=\"en\" role=\"img\" aria-label=\"rising tone\" title=\"rising tone\">↑</span>"
            }
        }.joined()
    }

    func escape(_ string: String) -> String {
        MarkupEscaping.escape(string)
    }
}
