import Foundation

/// Finding bytes in bytes.
enum ByteSearch {
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
}
