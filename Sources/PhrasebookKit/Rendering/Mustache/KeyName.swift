import Mustache

/// A name the templates look up (a part of a tag's name, a key of a typed context), with the number the process
/// gives it the first time it is seen: a context that knows its keys by number (``NumberedParent``) finds one by
/// an index into an array, where a look-up by the name's text hashes it, at every level of the context stack it
/// is asked of.
struct KeyName: Sendable {
    let text: String
    let number: Int

    init(_ text: String) {
        self.text = text
        number = Self.numbers.withLock { numbers in
            if let known = numbers[text] { return known }
            numbers[text] = numbers.count
            return numbers.count - 1
        }
    }

    /// Every name seen, with its number: a few hundred in a process (the templates' names and the contexts' keys).
    private static let numbers = Locked<[String: Int]>([:])
}

/// A context that finds a child by the number of its name (``KeyName``) as well as by its text: how the compiled
/// templates (``MustacheRun``) look names up.
protocol NumberedParent: MustacheParent {
    /// The child named `name`, if any.
    func child(_ name: KeyName) -> Any?
}

extension Dictionary: NumberedParent where Key == String {
    func child(_ name: KeyName) -> Any? { self[name.text] }
}
