import Foundation
import Mustache

/// The root of every template context. swift-mustache renders an unknown name as an empty string; the renderer
/// always provides every key (with `false` or `[]` when there is nothing), so a name that reaches the root
/// unresolved is a typo in a template, and is recorded here to be reported. A fragment's root has two levels:
/// its own keys, then the book-wide ones shared by every fragment.
final class StrictContext: MustacheParent, @unchecked Sendable {
    private let values: [String: Any]
    private let shared: [String: Any]
    private let unknownNames = Locked<Set<String>>([])

    init(_ values: [String: Any], over shared: [String: Any] = [:]) {
        self.values = values
        self.shared = shared
    }

    func child(named name: String) -> Any? {
        if let value = values[name] ?? shared[name] { return value }
        unknownNames.withLock { _ = $0.insert(name) }
        return nil
    }

    /// Names the template asked for that no context level provides, sorted.
    var misses: [String] { unknownNames.withLock { $0.sorted() } }
}
