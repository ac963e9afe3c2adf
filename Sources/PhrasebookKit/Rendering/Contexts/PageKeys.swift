/// The context of one HTML or Markdown page: the keys of its own (a format's page keys, its situation, its
/// taboos…) over the common keys of its kind of page, which every page of that kind shares. An own key with the
/// name of a common one replaces it (a situation page's `chapters`).
struct PageKeys {
    /// The page's own keys.
    var own: [String: Any] = [:]
    /// The common keys of its kind of page.
    let common: CommonKeys

    /// The page's own key `key`.
    subscript(key: String) -> Any? {
        get { own[key] }
        set { own[key] = newValue }
    }
}

extension TemplateSet {
    /// Renders template `name` with `page`'s keys.
    func render(_ name: String, _ page: PageKeys) throws(PhrasebookError) -> String {
        try render(name, context: page.own, over: page.common)
    }
}
