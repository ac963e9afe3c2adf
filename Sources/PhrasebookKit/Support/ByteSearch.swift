import Foundation

/// Finding bytes in bytes.
enum ByteSearch {
    /// Whether `bytes` are the UTF-8 of `text`.
    static func same(_ bytes: [UInt8], as text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            bytes.withUnsafeBufferPointer { bytes in
                bytes.count == utf8.count
                    && (bytes.isEmpty || memcmp(bytes.baseAddress!, utf8.baseAddress!, bytes.count) == 0)
            }
        }
    }

    /// The offset of the first UTF-8 of `needle` in `bytes` at or after `start`; `nil` when there is none.
    static func find(_ needle: String, in bytes: [UInt8], from start: Int = 0) -> Int? {
        var needle = needle
        return needle.withUTF8 { needle in bytes.withUnsafeBufferPointer { find(needle, in: $0, from: start) } }
    }

    /// The offset of the first `needle` in `bytes` at or after `start`; `nil` when there is none (or `needle` is
    /// empty).
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
        -> Int?
    {
        guard let base = bytes.baseAddress, let marker = needle.baseAddress, let first = needle.first else {
            return nil
        }
        var offset = start
        while offset + needle.count <= bytes.count {
            guard let hit = memchr(base + offset, Int32(first), bytes.count - offset) else { return nil }
            let found = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            guard found + needle.count <= bytes.count else { return nil }
            if memcmp(base + found, marker, needle.count) == 0 { return found }
            offset = found + 1
        }
        return nil
    }

    /// Where the markers `marker(0)`, `marker(1)`, … `marker(count - 1)` sit in `bytes` (UTF-8 offsets); `nil`
    /// unless each is there once, in order, and `lead` (their first character's bytes) nowhere else.
    static func markers(
        _ count: Int, _ marker: (Int) -> String, lead: [UInt8], in bytes: UnsafeBufferPointer<UInt8>
    ) -> [Range<Int>]? {
        lead.withUnsafeBufferPointer { lead in
            var cuts: [Range<Int>] = []
            var cursor = 0
            for index in 0..<count {
                guard let start = find(lead, in: bytes, from: cursor) else { return nil }
                let marker = marker(index).utf8
                let end = start + marker.count
                guard end <= bytes.count, bytes[start..<end].elementsEqual(marker) else { return nil }
                cuts.append(start..<end)
                cursor = end
            }
            return find(lead, in: bytes, from: cursor) == nil ? cuts : nil
        }
    }
}
