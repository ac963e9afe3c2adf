import Foundation

/// Where in the site a save shows (`phrasebook serve --navigate-to-changed`): the page of the one content file
/// saved, and on it the element with an `id` where the page first differs from the one it replaces (the phrase,
/// guideline or line of a dialogue edited, the glossary's term).
public enum EditedPlace {
    /// The page (a path in the site) that may show the content file among `changed` (paths as the watcher reports
    /// them, `contentFolder/name`), when exactly one content file changed: `situations/refund.xml` →
    /// `situations/refund.html`, `taboos.xml` → `taboos.html`, `phrasebook.xml` → `glossary.html` (its glossary;
    /// its other parts, the roles, words and titles, show on many pages: see ``place(of:before:after:)``). `nil`
    /// for an edit of several content files, or of templates only.
    public static func page(changed: [String], contentFolder: String) -> String? {
        let prefix = contentFolder.hasSuffix("/") ? contentFolder : contentFolder + "/"
        let content = changed.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        guard content.count == 1, let name = content.first, name.hasSuffix(".xml") else { return nil }
        if name == "phrasebook.xml" { return glossary }
        let page = String(name.dropLast(".xml".count)) + ".html"
        if name == "taboos.xml" { return page }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == "situations" && !parts[1].hasPrefix(".") ? page : nil
    }

    /// Where `page` shows an edit, from its bytes `before` and `after` the build: the page and, after `#`, the
    /// element where it first differs (``anchor(old:new:)``); the page alone when no element is named. `nil` when
    /// the page is gone or did not change, and for the glossary when the difference is not in a term (an edit of
    /// `phrasebook.xml`'s title or words, which every page shows in its header).
    public static func place(of page: String, before: Data?, after: Data?) -> String? {
        guard let after, after != before else { return nil }
        let element = before.flatMap { anchor(old: $0, new: after) }
        if page == glossary, element == nil { return nil }
        return page + (element.map { "#" + $0 } ?? "")
    }

    private static let glossary = "glossary.html"

    /// The `id` of the element where the main part of `new` (from its `id="main"` to `</main>`; the whole page
    /// when it has none) first differs from that of `old` (two versions of one page): the last ` id="…"` that
    /// starts before the first byte that differs (or in the tag that starts there: an element added), read from
    /// `new`. A difference in the header, the navigation or
    /// the footer (a title every page shows, the edition stamp) names no place. `nil` when the main parts are the
    /// same or no element with an id comes before the difference.
    public static func anchor(old: Data, new: Data) -> String? {
        let old = [UInt8](old)
        let new = [UInt8](new)
        let (oldMain, newMain) = (main(of: old), main(of: new))
        var offset = 0
        while offset < oldMain.count, offset < newMain.count,
            old[oldMain.lowerBound + offset] == new[newMain.lowerBound + offset]
        {
            offset += 1
        }
        guard offset < max(oldMain.count, newMain.count) else { return nil }
        var first = newMain.lowerBound + offset
        // What differs starts a tag (an element added): its own id, if it has one, is the place.
        if first < new.count, new[first] == UInt8(ascii: "<"),
            let close = new[first...].firstIndex(of: UInt8(ascii: ">"))
        {
            first = close
        }
        var found: String?
        var at = newMain.lowerBound
        while at < first, let start = ByteSearch.find(Self.idMark, in: new, from: at), start < first {
            let value = start + Self.idMark.utf8.count
            guard let end = new[value...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            found = String(decoding: new[value..<end], as: UTF8.self)
            at = end
        }
        return found
    }

    /// The bytes of `page` after its ` id="main"` up to its `</main>`; all of them without the first.
    private static func main(of page: [UInt8]) -> Range<Int> {
        guard let mark = ByteSearch.find(Self.mainMark, in: page) else { return 0..<page.count }
        let start = mark + Self.mainMark.utf8.count
        return start..<(ByteSearch.find("</main>", in: page, from: start) ?? page.count)
    }

    private static let mainMark = " id=\"main\""
    private static let idMark = " id=\""
}
