/// Sizes no real phrasebook comes near but a broken or hostile file can: each is refused with a `too-large`
/// error naming the file, the place and the size, so that loading stays fast and bounded whatever the input.
enum LoaderLimits {
    /// The largest content file read, in bytes (the largest shipped situation is about 20 KB).
    static let fileBytes = 8 << 20
    /// The most attributes one element may have (the schema allows at most six).
    static let attributesPerElement = 64
    /// The longest text of one element, in UTF-8 bytes (a long phrase is a few hundred).
    static let textBytes = 64 << 10

    /// The diagnostic for a file larger than ``fileBytes``.
    static func fileTooLarge(_ size: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, "too-large",
            "the file has \(size) bytes, more than the \(fileBytes) a content file may have; split it into "
                + "several situations", at: location)
    }

    /// The diagnostic for a start tag with more than ``attributesPerElement`` attributes.
    static func tooManyAttributes(_ count: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, "too-large",
            "this tag has \(count) attributes, more than the \(attributesPerElement) an element may have",
            at: location)
    }

    /// The diagnostic for an element whose text is longer than ``textBytes``.
    static func textTooLong(_ element: String, bytes: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, "too-large",
            "the text of <\(element)> has \(bytes) bytes, more than the \(textBytes) a text may have; shorten it",
            at: location)
    }
}
