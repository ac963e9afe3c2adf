extension MustacheParser {
    /// Whether swift-mustache 2.1 reads `text`'s tags exactly where and as ``MustacheParser`` does, so that a
    /// template this parser accepts is one swift-mustache accepts too and need not be parsed by it for its syntax
    /// errors (``TemplateSet``: that parse was two thirds of the time a build spent reading its templates).
    ///
    /// swift-mustache reads by characters (grapheme clusters), this parser by bytes. They read a text alike where
    /// - every `{` and `}` is a character of its own: nothing joins it with its neighbours (a combining accent or a
    ///   zero-width non-joiner after it, an Arabic number sign before it would);
    /// - every tag, from its `{{` to the first `}}` after it, is ASCII, where characters are bytes (but `\r\n`, white
    ///   space to both); a comment's text may be anything after its `!`, which must be a character of its own;
    /// - the text does not end with `{`: swift-mustache, looking for a `{{` there, reads past the end and refuses it.
    ///
    /// A template that fails this (a combining accent after a comment's `!` or after a tag's `}}`, where the bytes
    /// still read as a tag and the characters do not) is parsed by swift-mustache as before, as is a text with a
    /// `{{` that no `}}` follows.
    static func readsAlikeBySwiftMustache(_ text: String) -> Bool {
        var bytes = text
        return bytes.withUTF8 { bytes in
            /// Whether a character starts at `offset`: always between two ASCII bytes (it is asked only beside a
            /// brace or a `!`, never between CR and LF), else as the text's grapheme clusters say.
            func characterStarts(at offset: Int) -> Bool {
                if offset == 0 || offset >= bytes.count || (bytes[offset - 1] < 0x80 && bytes[offset] < 0x80) {
                    return true
                }
                return String.Index(text.utf8.index(text.utf8.startIndex, offsetBy: offset), within: text) != nil
            }
            if bytes.last == openBrace { return false }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == openBrace || byte == closeBrace else {
                    index += 1
                    continue
                }
                guard characterStarts(at: index), characterStarts(at: index + 1) else { return false }
                if byte == openBrace, index + 1 < bytes.count, bytes[index + 1] == openBrace {
                    let comment = index + 2 < bytes.count && bytes[index + 2] == UInt8(ascii: "!")
                    if comment, !characterStarts(at: index + 3) { return false }
                    var end = index + 2
                    while end + 1 < bytes.count, !(bytes[end] == closeBrace && bytes[end + 1] == closeBrace) {
                        if bytes[end] >= 0x80, !comment { return false }
                        end += 1
                    }
                    guard end + 1 < bytes.count else { return false }
                    // On to the tag's closing braces, which are checked in turn.
                    index = end
                    continue
                }
                index += 1
            }
            return true
        }
    }
}
