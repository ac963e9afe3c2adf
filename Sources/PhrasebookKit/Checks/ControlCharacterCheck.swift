/// Invisible characters that change what a reader sees: bidirectional controls (U+202A–U+202E, U+2066–U+2069),
/// which reorder the text around them, and C1 controls (U+0080–U+009F), which terminals obey and HTML forbids.
/// Every text of the book is read as written. The outputs never carry a C1 control raw (``ControlCharacters``).
struct ControlCharacterCheck: Check {
    let rules = [
        CheckRule(
            "control-character", .warning, "a text holds a bidirectional control or a C1 control character")
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        for site in context.sites {
            for rendering in site.text.renderings {
                let found = ControlCharacters.found(in: rendering.raw)
                guard !found.isEmpty else { continue }
                let names = found.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
                report.add(
                    "control-character",
                    "the \(rendering.language) text of \(site.subject) holds the invisible control character(s) "
                        + "\(names.joined(separator: ", ")) (\(ControlCharacters.kind(of: found))); delete them",
                    at: rendering.location, silencedBy: site.silenced(for: rendering))
            }
        }
    }
}

/// The control characters ``ControlCharacterCheck`` warns about, and how outputs neutralise C1 controls.
enum ControlCharacters {
    /// Whether `scalar` is a bidirectional embedding, override or isolate control.
    static func isBidi(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Whether `scalar` is a C1 control.
    static func isC1(_ scalar: Unicode.Scalar) -> Bool {
        (0x80...0x9F).contains(scalar.value)
    }

    /// The distinct bidi and C1 controls of `text`, in order of first appearance.
    static func found(in text: String) -> [Unicode.Scalar] {
        var seen: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where (isBidi(scalar) || isC1(scalar)) && !seen.contains(scalar) {
            seen.append(scalar)
        }
        return seen
    }

    /// What the controls are, in words.
    static func kind(of scalars: [Unicode.Scalar]) -> String {
        let bidi = scalars.contains(where: isBidi)
        let c1 = scalars.contains(where: isC1)
        return bidi && c1 ? "bidirectional and C1 controls" : bidi ? "bidirectional controls" : "C1 controls"
    }

    /// `text` with every C1 control replaced by U+FFFD, so that no output carries one raw; `text` itself
    /// (without copying) when it has none. C1 controls are the only UTF-8 sequences C2 80 … C2 9F.
    static func replacingC1(_ text: String) -> String {
        guard mayContainC1(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isC1(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    private static func mayContainC1(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
            previous = byte
        }
        return false
    }
}

extension String {
    /// The string with zeros in front up to `count` characters.
    fileprivate func leftPadded(to count: Int) -> String {
        String(repeating: "0", count: Swift.max(0, count - self.count)) + self
    }
}
