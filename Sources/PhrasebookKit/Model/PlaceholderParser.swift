#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A text split into literal runs and `{name}` placeholders. `{{` and `}}` stand for literal braces.
struct PlaceholderText: Sendable, Hashable {
    /// A piece of the text.
    enum Segment: Sendable, Hashable {
        /// Literal text, braces already unescaped.
        case literal(String)
        /// A `{name}` placeholder.
        case placeholder(String)
    }

    /// A brace that does not open or close a placeholder.
    struct BraceProblem: Sendable, Hashable {
        /// What is wrong, said for a content author.
        var message: String
        /// The offset of the brace in Unicode scalars from the start of the text.
        var offset: Int
        /// What stands between braces that is not a placeholder name (`성함` of `{성함}`), if that is the problem.
        var written: String? = nil
    }

    /// The pieces in order.
    var segments: [Segment]
    /// Unbalanced or malformed braces; empty when the text is well-formed.
    var problems: [BraceProblem]

    /// The placeholder names used, each once.
    var names: Set<String> {
        Set(segments.compactMap { if case .placeholder(let name) = $0 { name } else { nil } })
    }

    /// How often each placeholder is used: a repeat lost or added changes what a text says.
    var counts: [String: Int] {
        segments.reduce(into: [:]) { counts, segment in
            if case .placeholder(let name) = segment { counts[name, default: 0] += 1 }
        }
    }

    /// `once`, `twice`, `3 times`: a count of ``counts`` in a message.
    static func times(_ count: Int) -> String {
        count == 1 ? "once" : count == 2 ? "twice" : "\(count) times"
    }

    /// Whether `text` has a `{` or a `}`: for a native string, two `memchr`s over its bytes.
    static func hasBrace(_ text: String) -> Bool {
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(open), bytes.count) != nil || memchr(base, Int32(close), bytes.count) != nil
        } ?? text.utf8.contains { $0 == open || $0 == close }
    }

    /// Parses `text`.
    init(_ text: String) {
        // Most texts have no braces at all: one literal run, no problems (what the loop below would give).
        if !Self.hasBrace(text) {
            segments = text.isEmpty ? [] : [.literal(text)]
            problems = []
            return
        }
        // One pass over the bytes (braces are ASCII, so never part of another character's bytes): a literal run
        // is kept as a byte range and copied when something ends it; offsets are counted in scalars as they pass.
        var segments: [Segment] = []
        var problems: [BraceProblem] = []
        var literal = ""
        var text = text
        text.withUTF8 { bytes in
            let open = UInt8(ascii: "{")
            let close = UInt8(ascii: "}")
            var index = 0
            var scalars = 0
            var run = 0
            func take(upTo end: Int) {
                literal += String(decoding: UnsafeBufferPointer(rebasing: bytes[run..<end]), as: UTF8.self)
            }
            func flush() {
                if !literal.isEmpty { segments.append(.literal(literal)) }
                literal = ""
            }
            while index < bytes.count {
                let byte = bytes[index]
                let next = index + 1 < bytes.count ? bytes[index + 1] : nil
                if byte == open || byte == close, next == byte {
                    // `{{` or `}}`: one literal brace.
                    take(upTo: index + 1)
                    index += 2
                    scalars += 2
                    run = index
                } else if byte == open {
                    var end = index + 1
                    while end < bytes.count, bytes[end] != open, bytes[end] != close { end += 1 }
                    guard end < bytes.count, bytes[end] == close else {
                        problems.append(
                            BraceProblem(
                                message: "'{' is never closed (write '{{' for a literal brace)", offset: scalars))
                        index += 1
                        scalars += 1
                        continue
                    }
                    let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)
                    if Self.isValidName(name) {
                        take(upTo: index)
                        flush()
                        segments.append(.placeholder(name))
                        run = end + 1
                    } else {
                        // Kept as written, in the literal run.
                        problems.append(
                            BraceProblem(
                                message: "'{\(name)}' is not a placeholder name (lower-case letters, digits, hyphens)",
                                offset: scalars, written: String(name)))
                    }
                    scalars += 2 + name.unicodeScalars.count
                    index = end + 1
                } else {
                    if byte == close {
                        problems.append(
                            BraceProblem(
                                message: "'}' closes nothing (write '}}' for a literal brace)", offset: scalars))
                    }
                    if byte & 0xC0 != 0x80 { scalars += 1 }
                    index += 1
                }
            }
            take(upTo: bytes.count)
            flush()
        }
        self.segments = segments
        self.problems = problems
    }

    /// Whether `name` is an id: lower-case ASCII letter first, then letters, digits and hyphens.
    static func isValidName(_ name: String) -> Bool { Identifier.isValid(name) }
}

/// The id rule shared by every id, ref and placeholder name: they become file names and URL fragments.
enum Identifier {
    /// Whether `id` is lower-case ASCII letters, digits and hyphens, starting with a letter.
    static func isValid(_ id: String) -> Bool {
        guard let first = id.utf8.first, first >= 0x61, first <= 0x7A else { return false }
        return id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
