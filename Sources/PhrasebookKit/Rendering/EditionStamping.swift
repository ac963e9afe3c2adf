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

    /// `file` with its placeholders stamped.
    private static func stamped(_ file: OutputFile) -> OutputFile {
        guard file.binary == nil, let text = stamp(file.contents) else { return file }
        var stamped = file
        stamped.contents = text
        return stamped
    }

    /// `text` with every placeholder replaced by the text's hash; `nil` when it has none.
    static func stamp(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            let marker = Array(Edition.placeholder.utf8)
            var ranges: [Range<Int>] = []
            var start = 0
            while let found = marker.withUnsafeBufferPointer({ ByteSearch.find($0, in: bytes, from: start) }) {
                ranges.append(found..<(found + marker.count))
                start = found + marker.count
            }
            guard !ranges.isEmpty else { return nil }
            let hash = Array(FileDigest.of(UnsafeRawBufferPointer(bytes)).utf8.prefix(8))
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var position = 0
            for range in ranges {
                result += bytes[position..<range.lowerBound]
                result += hash
                position = range.upperBound
            }
            result += bytes[position...]
            return String(decoding: result, as: UTF8.self)
        }
    }

}
