import Foundation

/// Memory the allocator holds free, handed back to the system between the stages of a build.
///
/// glibc's allocator keeps what a program frees for its next allocations, in the middle of its heaps as well as at
/// their ends, and a process's resident memory never shrinks by itself. One format's render leaves tens of
/// megabytes free, scattered, and the next format's pages land beside them instead of in them: at 10,000
/// phrases the resident peak came at the end of the last format, 6–8 MB above the first's (Documentation/
/// Performance.md). `malloc_trim` gives every free page back; the next stage takes fresh pages as it needs them.
enum FreeMemory {
    /// Hands the free pages of every heap back to the system; nothing where the C library has no `malloc_trim`.
    static func giveBack() {
        _ = trim?(0)
    }

    /// Frees `value` on another thread: a build's model, tens of thousands of small objects, took 20–30 ms to free
    /// at 10,000 phrases, after the output was committed, which a command about to exit need not wait for (the
    /// end of the process frees it all at once). The caller hands over its last reference (`consume`).
    ///
    /// The value is moved into a holder that only the other thread empties: a closure that merely captured it
    /// freed it on whichever thread let go last, and the other thread, idle at the end of a build, often let go
    /// first.
    static func releaseInBackground<Value: Sendable>(_ value: consuming Value) {
        let held = Locked<Value?>(consume value)
        DispatchQueue.global(qos: .utility).async { held.withLock { $0 = nil } }
    }

    /// Whether the C library has `malloc_trim` (glibc's does).
    static var canGiveBack: Bool { trim != nil }

    /// glibc's `malloc_trim`, looked up at run time (its header is not part of the Swift C library module).
    private static let trim: (@convention(c) (Int) -> Int32)? = dlsym(nil, "malloc_trim").map {
        unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self)
    }
}
