/// Words of another of the book's languages inside a text (애프터서비스 in an English note, 工程师 in a Korean
/// one), marked with that language's tag, `<span lang="ko">애프터서비스</span>`, so that a screen reader says them
/// in that language's voice instead of spelling them out in the text's (WCAG 2.2, 3.1.2 "Language of Parts").
///
/// A run of Hangul, or of Chinese characters, in a text of another language is marked when exactly one of the
/// book's languages is written in that script; kana when the book has Japanese; runs marked alike split only by
/// spaces are one run (ご確認: kana and Chinese characters, both Japanese's). Latin letters are left as they are: a
/// brand, a unit or "A/S" belongs to the text's own language as often as not. In a book with a language written
/// right to left, a mark says its direction too (``DirectionAttributes``).
struct ForeignWords: Sendable {
    /// The scripts that are marked.
    enum Script: Sendable {
        case han, hangul, kana

        /// The script of the scalar `value`: Chinese characters (the unified ideographs, extension A and the
        /// compatibility ideographs), Hangul (jamo, compatibility jamo, syllables) or kana (hiragana, katakana);
        /// `nil` for any other.
        init?(_ value: UInt32) {
            switch value {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: self = .han
            case 0x1100...0x11FF, 0x3131...0x318E, 0xAC00...0xD7A3: self = .hangul
            case 0x3041...0x30FF: self = .kana
            default: return nil
            }
        }
    }

    /// Per language code of a text: the attributes each other script is marked with (` lang="ko"`, and its `dir`
    /// where the book needs one).
    private let tags: [String: [Script: String]]

    /// The marks for `book`'s languages: a script is another language's when that language is the only one of the
    /// book written in it (``LanguageScript``); kana is Japanese's.
    init(book: Book, directions: DirectionAttributes) {
        var writtenIn: [Script: [Language]] = [:]
        for language in book.languages {
            switch LanguageScript.of(language: language.code) ?? LanguageScript.of(language: language.tag) {
            case .han: writtenIn[.han, default: []].append(language)
            case .hangul: writtenIn[.hangul, default: []].append(language)
            default: break
            }
            if [language.code, language.tag].contains(where: { LanguageScript.primary($0) == "ja" }) {
                writtenIn[.kana, default: []].append(language)
            }
        }
        var tags: [String: [Script: String]] = [:]
        for language in book.languages {
            for (script, languages) in writtenIn where languages.count == 1 && languages[0].code != language.code {
                let tag = languages[0].tag
                tags[language.code, default: [:]][script] = " lang=\"\(tag)\"" + directions.attribute(tag: tag)
            }
        }
        self.tags = tags
    }

    /// `escaped`, HTML text of a text in `language` (escaping changes only ASCII, so no run is split by it), with
    /// each run of another language's script wrapped in a `span` naming that language.
    func mark(_ escaped: String, language: String) -> String {
        guard let marks = tags[language] else { return escaped }
        // Read in place: most texts have nothing to mark and are returned as they are, not copied.
        var text = escaped
        return text.withUTF8 { bytes in
            let runs = Self.runs(in: bytes, marks: marks)
            guard !runs.isEmpty else { return escaped }
            var marked: [UInt8] = []
            marked.reserveCapacity(bytes.count + runs.count * 24)
            var done = 0
            for run in runs {
                marked += bytes[done..<run.range.lowerBound]
                marked += Array("<span\(run.attributes)>".utf8) + bytes[run.range] + Array("</span>".utf8)
                done = run.range.upperBound
            }
            marked += bytes[done...]
            return String(decoding: marked, as: UTF8.self)
        }
    }

    /// The byte ranges of `bytes` (UTF-8) to mark, in order, each with its attributes from `marks`.
    private static func runs(
        in bytes: UnsafeBufferPointer<UInt8>, marks: [Script: String]
    ) -> [(range: Range<Int>, attributes: String)] {
        var runs: [(range: Range<Int>, attributes: String)] = []
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            // Every script marked is three-byte sequences (U+1100 to U+FAFF); every other length is skipped whole.
            guard lead >= 0xE1, lead <= 0xEF, index + 2 < bytes.count else {
                index += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                continue
            }
            let value =
                UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            if let script = Script(value), let attributes = marks[script] {
                if let last = runs.last, last.attributes == attributes,
                    bytes[last.range.upperBound..<index].allSatisfy({ $0 == 0x20 })
                {
                    runs[runs.count - 1].range = last.range.lowerBound..<index + 3
                } else {
                    runs.append((index..<index + 3, attributes))
                }
            }
            index += 3
        }
        return runs
    }
}
