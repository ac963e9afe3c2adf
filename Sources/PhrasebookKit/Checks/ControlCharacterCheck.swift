/// Invisible characters that change what a reader sees: bidirectional controls (U+202A–U+202E, U+2066–U+2069),
/// which reorder the text around them, and DEL and the C1 controls (U+007F–U+009F), which terminals obey and HTML
/// forbids; and Unicode's noncharacters (U+FDD0–U+FDEF and the last two code points of every plane), which are not
/// for interchange and which HTML forbids too. Every text of the book is read as written. The outputs never carry a
/// DEL, C1 control or noncharacter raw (``ControlCharacters``).
struct ControlCharacterCheck: Check {
    let rules = [
        CheckRule(
            "control-character", .warning, "a text holds a bidirectional control, DEL or a C1 control character"),
        CheckRule("noncharacter", .warning, "a text holds a Unicode noncharacter (U+FDD0–U+FDEF, U+FFFE, U+FFFF, …)"),
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        for site in context.everyText {
            for rendering in site.text.renderings {
                let found = ControlCharacters.found(in: rendering.raw)
                let controls = found.filter { !ControlCharacters.isNoncharacter($0) }
                let noncharacters = found.filter(ControlCharacters.isNoncharacter)
                if !controls.isEmpty {
                    report.add(
                        "control-character",
                        "the \(rendering.language) text of \(site.subject) holds the invisible control character(s) "
                            + "\(Self.names(controls)) (\(ControlCharacters.kind(of: controls))); delete them",
                        at: rendering.location, silencedBy: site.silenced(for: rendering))
                }
                if !noncharacters.isEmpty {
                    report.add(
                        "noncharacter",
                        "the \(rendering.language) text of \(site.subject) holds the noncharacter(s) "
                            + "\(Self.names(noncharacters)), which no text may carry (HTML forbids them): every output "
                            + "shows U+FFFD (�) in their place; delete them",
                        at: rendering.location, silencedBy: site.silenced(for: rendering))
                }
            }
        }
    }
}

extension ControlCharacterCheck {
    /// `U+202E, U+FDD0`: the code points of `scalars`.
    fileprivate static func names(_ scalars: [Unicode.Scalar]) -> String {
        scalars.map { codePointName($0.value) }.joined(separator: ", ")
    }
}

/// The characters ``ControlCharacterCheck`` warns about, and how outputs neutralise DEL, C1 controls and
/// noncharacters.
enum ControlCharacters {
    /// Whether `scalar` is a bidirectional embedding, override or isolate control.
    static func isBidi(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Whether `scalar` is DEL or a C1 control (U+007F–U+009F).
    static func isC1(_ scalar: Unicode.Scalar) -> Bool {
        (0x7F...0x9F).contains(scalar.value)
    }

    /// Whether `scalar` is a noncharacter: U+FDD0–U+FDEF, or U+FFFE or U+FFFF of any plane.
    static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    /// The distinct bidi, DEL and C1 controls and noncharacters of `text`, in order of first appearance.
    static func found(in text: String) -> [Unicode.Scalar] {
        var seen: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars
        where (isBidi(scalar) || isC1(scalar) || isNoncharacter(scalar)) && !seen.contains(scalar) {
            seen.append(scalar)
        }
        return seen
    }

    /// What the controls are, in words.
    static func kind(of scalars: [Unicode.Scalar]) -> String {
        let bidi = scalars.contains(where: isBidi)
        let c1 = scalars.contains(where: isC1)
        return bidi && c1
            ? "bidirectional and DEL or C1 controls" : bidi ? "bidirectional controls" : "DEL or C1 controls"
    }

    /// `text` with every DEL, C1 control and noncharacter replaced by U+FFFD, so that no output carries one raw;
    /// `text` itself (without copying) when it has none.
    static func neutralized(_ text: String) -> String {
        guard mayNeedNeutralizing(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isC1(scalar) || isNoncharacter(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    /// Whether the UTF-8 of `text` holds DEL (7F), a C1 control (C2 80 … C2 9F) or a noncharacter (EF B7 90 …
    /// EF B7 AF, EF BF BE, EF BF BF, and in the other planes a four-byte sequence whose last two bytes are BF BE or BF BF
    /// after a second byte ending in F): a scan of bytes, since almost no text has one.
    private static func mayNeedNeutralizing(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x7F { return true }
                if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
                if byte == 0xEF, index + 2 < bytes.count {
                    let (second, third) = (bytes[index + 1], bytes[index + 2])
                    if second == 0xB7 && (0x90...0xAF).contains(third) || second == 0xBF && third >= 0xBE {
                        return true
                    }
                }
                if byte >= 0xF0, index + 3 < bytes.count, bytes[index + 1] & 0x0F == 0x0F, bytes[index + 2] == 0xBF,
                    bytes[index + 3] >= 0xBE
                {
                    return true
                }
                index += 1
            }
            return false
        }
    }
}
