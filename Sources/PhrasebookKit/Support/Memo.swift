import Foundation

/// A thread-safe memo: values computed once per key and shared by the threads rendering pages. A value is made
/// outside the lock (two threads may make the same one; they are equal) and never changes once stored. Keys are
/// spread over several independently locked stripes, so that threads looking up different keys seldom wait
/// for each other.
final class Memo<Key: Hashable, Value>: Sendable {
    private let stripes = (0..<16).map { _ in Locked<[Key: Value]>([:]) }

    private func stripe(_ key: Key) -> Locked<[Key: Value]> {
        stripes[Int(UInt(bitPattern: key.hashValue) % UInt(stripes.count))]
    }

    /// The value stored for `key`, if any.
    func stored(_ key: Key) -> Value? {
        stripe(key).withLock { $0[key] }
    }

    /// The value for `key`, made by `make` the first time.
    func value(_ key: Key, make: () -> Value) -> Value {
        if let known = stored(key) { return known }
        let made = make()
        store(made, for: key)
        return made
    }

    /// Stores `value` for `key`, replacing what was there.
    func store(_ value: Value, for key: Key) {
        stripe(key).withLock { $0[key] = value }
    }
}
