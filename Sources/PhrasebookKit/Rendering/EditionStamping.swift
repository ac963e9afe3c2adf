import Foundation

/// A sink that stamps each file before handing it on: where the renderers wrote ``Edition/placeholder``, the
/// first eight hex digits of the SHA-256 of the file as rendered (placeholder included). A file's stamp thus
/// changes exactly when its bytes do, and a page whose content did not change is the same file as before.
struct EditionStamping: FileSink {
    /// Where the stamped files go.
    let sink: any FileSink

    func accept(_ file: OutputFile) throws(PhrasebookError) {
        try sink.accept(Self.stamped(file))
    }

    func accept(_ file: OutputFile, inputs: String) throws(PhrasebookError) {
        try sink.accept(Self.stamped(file), inputs: inputs)
    }

    /// A page kept unchanged keeps its stamp: the same inputs made the same bytes.
    func keepUnchanged(_ path: String, inputs: String) throws(PhrasebookError) -> Bool {
        try sink.keepUnchanged(path, inputs: inputs)
    }

    /// `file` with its placeholders stamped. Its digest is known without hashing it again: the SHA-256 of the
    /// bytes before stamping names the stamped bytes too, since those follow from them
    /// (``OutputFile/knownDigest``).
    private static func stamped(_ file: OutputFile) -> OutputFile {
        guard file.binary == nil, let (text, digest) = stamp(file.contents) else { return file }
        var stamped = file
        stamped.contents = text
        // The mark names the stamp's form too: a stamp of another form would need another mark.
        stamped.knownDigest = "unstamped:" + digest
        return stamped
    }

    /// `text` with every placeholder replaced by the first eight hex digits of the text's SHA-256, and that
    /// SHA-256 in full; `nil` when it has none. The pieces between the placeholders are appended as byte slices of
    /// `text`, cut at the placeholders' scalars, never rounded to characters (no copy to bytes and back, no second
    /// check of the UTF-8).
    static func stamp(_ text: String) -> (text: String, digest: String)? {
        var text = text
        let marker = Array(Edition.placeholder.utf8)
        let found = text.withUTF8 { bytes -> (offsets: [Int], hash: String)? in
            var offsets: [Int] = []
            var start = 0
            while let at = marker.withUnsafeBufferPointer({ ByteSearch.find($0, in: bytes, from: start) }) {
                offsets.append(at)
                start = at + marker.count
            }
            guard !offsets.isEmpty else { return nil }
            return (offsets, FileDigest.of(UnsafeRawBufferPointer(bytes)))
        }
        guard let found else { return nil }
        let utf8 = text.utf8
        let stamp = found.hash.prefix(8)
        var result = ""
        result.reserveCapacity(utf8.count)
        var position = utf8.startIndex
        for offset in found.offsets {
            let placeholder = utf8.index(utf8.startIndex, offsetBy: offset)
            result += Substring(utf8[position..<placeholder])
            result += stamp
            position = utf8.index(placeholder, offsetBy: marker.count)
        }
        result += Substring(utf8[position...])
        return (result, found.hash)
    }
}
