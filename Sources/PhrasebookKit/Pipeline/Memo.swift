import Foundation

/// A thread-safe memo: values computed once per key and shared by the threads rendering pages. A value is made
/// outside the lock (two threads may make the same one; they are equal) and never changes once stored.
final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The value stored for `key`, if any.
    func stored(_ key: Key) -> Value? {
        lock.withLock { values[key] }
    }

    /// The value for `key`, made by `make` the first time.
    func value(_ key: Key, make: () -> Value) -> Value {
        if let known = stored(key) { return known }
        let made = make()
        lock.withLock { values[key] = made }
        return made
    }

    /// Stores `value` for `key`, replacing what was there.
    func store(_ value: Value, for key: Key) {
        lock.withLock { values[key] = value }
    }
}
