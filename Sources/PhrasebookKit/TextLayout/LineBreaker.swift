/// Breaks text into lines no wider than `width` display columns (UAX #14 subset + kinsoku).
///
/// Break opportunities (see ``BreakRules`` and ``BreakClassResolver``):
/// - between Chinese ideographs and kana on either side;
/// - Korean and English at spaces only: a word is never split while it fits on a line;
/// - no line starts with closing or stop punctuation (`。，、！？：；）」』】〕…’”`, `.,!?:;)]}`)
///   and none ends with opening punctuation (`（「『【〔‘“`, `([{`);
/// - `……` and `——` stay together; numbers with `.,:-/`, phone numbers such as
///   `400-000-0000`, order ids such as `A20231105-0042` and bracketed blanks such as
///   `〔姓〕` or `[surname]` are never split; a delivery cue `↑` stays attached to the
///   character before it.
///
/// Lines are filled greedily. A unit wider than the room left on an empty line is broken
/// between grapheme clusters, avoiding kinsoku violations where possible. Spaces at a
/// break are dropped; a newline in the text forces a break.
struct LineBreaker: Sendable {
    /// The maximum width of a line, in display columns, prefix included.
    let width: Int
    /// How display widths are measured.
    let displayWidth: DisplayWidth

    /// Creates a line breaker.
    ///
    /// - Parameters:
    ///   - width: the maximum width of a line, in display columns, prefix included.
    ///   - displayWidth: how display widths are measured.
    init(width: Int, displayWidth: DisplayWidth = DisplayWidth()) {
        self.width = width
        self.displayWidth = displayWidth
    }

    /// Wraps `text`; the first line starts with `firstPrefix`, later lines with `restPrefix`
    /// (e.g. "1. " and "   " for a hanging indent). Prefix widths count toward `width`.
    /// Lines carry no trailing spaces. Returns at least one line.
    ///
    /// No line is wider than `width` as long as `width` is at least the prefix width plus
    /// two; when it is smaller, lines hold a single grapheme cluster each.
    func wrap(_ text: String, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        layout(text, firstPrefix: firstPrefix, restPrefix: restPrefix).map(\.text)
    }

    /// Wraps `text` like ``wrap(_:firstPrefix:restPrefix:)``, also telling how each line
    /// was made (used by tests and diagnostics).
    func layout(_ text: String, firstPrefix: String = "", restPrefix: String = "") -> [WrappedLine] {
        let analysis = BreakAnalysis(text)
        let widths = analysis.characters.map { displayWidth.of($0) }
        let prefixes = [
            (text: firstPrefix, width: displayWidth.of(firstPrefix)),
            (text: restPrefix, width: displayWidth.of(restPrefix)),
        ]
        let filler = LineFiller(analysis: analysis, widths: widths)
        var lines: [WrappedLine] = []
        var position = 0
        var afterForcedBreak = false
        repeat {
            let prefix = prefixes[lines.isEmpty ? 0 : 1]
            let line = filler.nextLine(from: position, room: width - prefix.width)
            position = line.next
            if line.isDrop {
                continue
            }
            let content = analysis.text(of: line.content)
            lines.append(
                WrappedLine(
                    text: Self.join(prefix.text, content),
                    content: content,
                    startsAfterForcedBreak: afterForcedBreak,
                    endsAtForcedBreak: line.isForced
                ))
            afterForcedBreak = line.isForced
        } while position < analysis.characters.count
        if lines.isEmpty {
            lines.append(WrappedLine(text: Self.join(firstPrefix, ""), content: ""))
        }
        return lines
    }

    /// The prefix and the content, without trailing spaces: a line of spaces only (text that starts with
    /// spaces before a character that cannot start a line) shows its prefix alone.
    private static func join(_ prefix: String, _ content: String) -> String {
        var line = Substring(prefix + content)
        while line.last == " " {
            line.removeLast()
        }
        return String(line)
    }
}

/// One line produced by ``LineBreaker``, with how its edges were made.
struct WrappedLine: Sendable, Equatable {
    /// The line as displayed: prefix and content.
    var text: String
    /// The line without its prefix.
    var content: String
    /// Whether the line starts where a unit too wide for a line was broken.
    var startsAfterForcedBreak = false
    /// Whether the line ends where a unit too wide for a line was broken.
    var endsAtForcedBreak = false
}
