import Mustache

/// The parts of pages rendered by their own template and handed to the page templates as `body`: a phrase
/// (`phrase.mustache`) and a situation (`situation-body.mustache`). A phrase looks the same on its situation's
/// page and in every role's handbook, so it is rendered once and reused (keyed); rendering each phrase once
/// instead of once per page is most of what makes a large book's build fast (Documentation/Performance.md).
///
/// A fragment's template sees its own keys and the book-wide keys (``BookWideKeys``; a situation body also its
/// format's page keys), never a page's own (its navigation, its role), since it is reused on
/// pages that differ in those.
final class Fragments: Sendable {
    private let templates: TemplateSet
    /// The keys a format adds for a kind of page (HTML's heading tags).
    let pageKeys: @Sendable (PageContext.Page) -> [String: Any]
    private let memo = Memo<String, String>()

    /// Fragments rendered by `templates`; `pageKeys` adds the format's keys for each kind of page.
    init(templates: TemplateSet, pageKeys: @escaping @Sendable (PageContext.Page) -> [String: Any] = { _ in [:] }) {
        self.templates = templates
        self.pageKeys = pageKeys
    }

    /// `template` rendered with the keys `make` builds, over `shared`. With a `key`, the result is kept and
    /// reused for every later request of the same key, and `make` is not called again.
    func render(
        _ template: String, key: String?, shared: any MustacheParent,
        make: () throws(PhrasebookError) -> any MustacheParent
    ) throws(PhrasebookError) -> String {
        if let key, let known = memo.stored(key) { return known }
        let text = try templates.render(template, context: try make(), over: shared)
        if let key { memo.store(text, for: key) }
        return text
    }
}
