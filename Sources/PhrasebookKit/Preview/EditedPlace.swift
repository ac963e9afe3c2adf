import Foundation

/// Where in the site a save shows (`phrasebook serve --navigate-to-changed`): the page of the one content file
/// saved, and on it the element with an `id` where the page first differs from the one it replaces (the phrase,
/// guideline or line of a dialogue edited).
public enum EditedPlace {
    /// The page (a path in the site) that shows the content file among `changed` (paths as the watcher reports
    /// them, `contentFolder/name`), when exactly one content file changed and it is a situation's file or the
    /// taboos': `situations/refund.xml` → `situations/refund.html`, `taboos.xml` → `taboos.html`. `nil` for an
    /// edit of `phrasebook.xml` (its roles, words and glossary show on many pages), of several content files, or
    /// of templates only.
    public static func page(changed: [String], contentFolder: String) -> String? {
        let prefix = contentFolder.hasSuffix("/") ? contentFolder : contentFolder + "/"
        let content = changed.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        guard content.count == 1, let name = content.first, name.hasSuffix(".xml") else { return nil }
        let page = String(name.dropLast(".xml".count)) + ".html"
        if name == "taboos.xml" { return page }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == "situations" && !parts[1].hasPrefix(".") ? page : nil
    }

    /// The `id` of the element where `new` first differs from `old` (two versions of one page): the last
    /// ` id="…"` that starts before the first byte that differs, read from `new`, and only inside the page's
    /// `id="main"` (a difference in the header or the navigation names no place). `nil` when the pages are the
    /// same or no element with an id comes before the difference.
    public static func anchor(old: Data, new: Data) -> String? {
        let old = [UInt8](old)
        let new = [UInt8](new)
        var first = 0
        let common = min(old.count, new.count)
        while first < common, old[first] == new[first] { first += 1 }
        guard first < max(old.count, new.count) else { return nil }
        let main = ByteSearch.find(Self.mainMark, in: new) ?? new.count
        var found: String?
        var at = main + Self.mainMark.utf8.count
        while at < first, let start = ByteSearch.find(Self.idMark, in: new, from: at), start < first {
            let value = start + Self.idMark.utf8.count
            guard let end = new[value...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            found = String(decoding: new[value..<end], as: UTF8.self)
            at = end
        }
        return found
    }

    private static let mainMark = " id=\"main\""
    private static let idMark = " id=\""
}
