extension String {
    /// The same text in storage of its own size. A text built by appending (as the template engine builds what it
    /// renders) keeps the room it grew into, on average a third more than it holds; a text kept for the rest of a
    /// render is worth the copy.
    var compacted: String {
        var text = self
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                _ = buffer.initialize(fromContentsOf: bytes)
                return bytes.count
            }
        }
    }
}
