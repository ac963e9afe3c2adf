import Testing

@testable import PhrasebookKit

@Suite("What import and review print of the renderings they write")
struct DiagnosticsAboutRenderingsTests {
    private let place = SourceLocation(file: "Content/situations/a.xml", line: 33, column: 7)
    private let guide = SourceLocation(file: "Content/situations/a.xml", line: 33, column: 11)
    private let elsewhere = SourceLocation(file: "Content/situations/b.xml", line: 61, column: 7)

    @Test("at the element, at its pron attribute, or elsewhere naming the element's place in parentheses; no other")
    func about() {
        let rendering = Rendering(
            language: "ko", text: "잠시만요.", pronunciation: Located("gogaengnim", at: guide),
            location: place)
        let found = [
            Diagnostic(.warning, "polite-speech", "at the element", at: place),
            Diagnostic(.warning, "pronunciation-stale", "at the pron attribute", at: guide),
            Diagnostic(
                .warning, "inconsistent-rendering", "differs from that of x (\(place)), which has …", at: elsewhere),
            Diagnostic(
                .warning, "inconsistent-rendering", "differs from that of y (\(guide)), not an element", at: elsewhere),
            Diagnostic(
                .warning, "inconsistent-rendering", "differs from that of z (Content/situations/a.xml:33:70)",
                at: elsewhere),
            Diagnostic(.note, "other", "another rendering (a note)", at: elsewhere),
        ]
        #expect(found.about([rendering]).map(\.message) == Array(found.prefix(3)).map(\.message))
        #expect(found.about([]).isEmpty)
    }
}
