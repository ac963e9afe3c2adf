#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension StringProtocol {
    /// Whether `fragment` occurs in the text, compared code unit by code unit (a literal search, like
    /// `NSString.range(of:)` without options, but without Foundation's per-character folding, which made this the
    /// checks' slowest line on large books). Native strings are searched in place with the C library's `memchr`
    /// and `memcmp`.
    func containsLiteral(_ fragment: some StringProtocol) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            fragment.utf8.withContiguousStorageIfAvailable { needle in haystack.holds(needle) }
        }
        if let found = found ?? nil { return found }
        return utf8.scanned(for: Array(fragment.utf8))
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether `needle` occurs in these bytes: each place `memchr` finds its first byte is compared by `memcmp`.
    fileprivate func holds(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, let needleBase = needle.baseAddress else { return true }
        guard let base = baseAddress, count >= needle.count else { return false }
        let last = count - needle.count  // the last offset where the needle still fits
        var offset = 0
        while offset <= last, let hit = memchr(base + offset, Int32(first), last - offset + 1) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, needleBase, needle.count) == 0 { return true }
            offset = at + 1
        }
        return false
    }
}

extension Collection where Element == UInt8 {
    /// Whether `needle` occurs in these bytes: the search for texts not stored contiguously.
    func scanned(for needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        var start = startIndex
        while let found = self[start...].firstIndex(of: first) {
            if self[found...].starts(with: needle) { return true }
            start = index(after: found)
        }
        return false
    }
}
