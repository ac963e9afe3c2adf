import Foundation
import Mustache

/// The root of every template context. swift-mustache renders an unknown name as an empty string; the renderer
/// always provides every key (with `false` or `[]` when there is nothing), so a name that reaches the root
/// unresolved is a typo in a template, and is recorded here to be reported. A fragment's root has two levels:
/// its own keys, then the book-wide ones shared by every fragment.
///
/// A dotted name (`{{{situation.bodyy}}}`) never reaches the root with its last part: swift-mustache finds
/// `situation` and asks the dictionary for `bodyy`. So the dictionaries that the templates' dotted names go
/// through are handed out wrapped (``StrictMember``), and a dotted name whose member is missing is recorded too.
///
/// The root also answers the names of the guard around every template (``PartialNesting``): no other level has
/// them, so each template's start and end reach it, and it knows how deep partials are nested.
final class StrictContext: NumberedParent, @unchecked Sendable {
    private let values: any MustacheParent
    private let shared: any MustacheParent
    /// `values` and `shared` when they know their keys by number (``NumberedParent``): asked once, here.
    private let numberedValues: (any NumberedParent)?
    private let numberedShared: (any NumberedParent)?
    /// The templates' dotted names (`situation.body`) and every proper prefix of them (`situation`).
    private let dotted: DottedNames
    private let unknownNames = Locked<Set<String>>([])
    /// How many templates there are: the guard's section names number them (``PartialNesting``).
    private let templateCount: Int
    private let nesting = Locked(PartialNesting())

    init(
        _ values: any MustacheParent, over shared: any MustacheParent = [String: Any](),
        dottedNames: DottedNames = [], templateCount: Int = 0
    ) {
        self.values = values
        self.shared = shared
        numberedValues = values as? any NumberedParent
        numberedShared = shared as? any NumberedParent
        self.templateCount = templateCount
        dotted = dottedNames
    }

    func child(named name: String) -> Any? {
        child(KeyName(name))
    }

    func child(_ name: KeyName) -> Any? {
        if let found = Self.child(name, of: numberedValues, values) ?? Self.child(name, of: numberedShared, shared) {
            return dotted.prefixNumbers.contains(name.number) ? member(found, path: name.text) : found
        }
        if let answer = nesting.withLock({ $0.answer(name.text, templates: templateCount) }) { return answer }
        record(name.text)
        return nil
    }

    /// The child `name` of a level of the root: by its number where the level knows its keys by number.
    private static func child(_ name: KeyName, of numbered: (any NumberedParent)?, _ level: any MustacheParent) -> Any?
    {
        if let numbered { return numbered.child(name) }
        return level.child(named: name.text)
    }

    /// Names the template asked for that no context level provides, sorted.
    var misses: [String] { unknownNames.withLock { $0.sorted() } }

    /// The numbers of the templates open when partials were nested too deep, the refused one last; `nil` when
    /// they never were.
    var nestingOverflow: [Int]? { nesting.withLock { $0.overflow } }

    /// `value`, wrapped when it is a dictionary or a typed context that a dotted name of the templates goes
    /// through.
    fileprivate func member(_ value: Any, path: String) -> Any {
        guard dotted.prefixes.contains(path) else { return value }
        if let numbered = value as? any NumberedParent {
            return StrictMember(path: path, values: numbered, numbered: numbered, root: self)
        }
        guard let parent = value as? any MustacheParent else { return value }
        return StrictMember(path: path, values: parent, numbered: nil, root: self)
    }

    /// The member `name` of the value at `path` (`value`), wrapped as ``member(_:path:)`` wraps it; the path
    /// `path.name` is made only when a dotted name goes on through it (most sets' dotted names have two parts).
    fileprivate func member(_ value: Any, of path: String, _ name: String) -> Any {
        guard dotted.hasDeepPrefixes else { return value }
        return member(value, path: path + "." + name)
    }

    /// Records `path` when a template writes it as a dotted name (a section's own lookups that fall through to
    /// outer contexts are not misses).
    fileprivate func missed(_ path: String) {
        if dotted.names.contains(path) { record(path) }
    }

    private func record(_ name: String) {
        unknownNames.withLock { _ = $0.insert(name) }
    }

    /// The dotted names (`a.b`, `a.b.c`) of a template's tags, sigils and braces removed.
    static func dottedNames(in text: String) -> Set<String> {
        var names: Set<String> = []
        let sigils = CharacterSet(charactersIn: "#^/&{}").union(.whitespaces)
        for (inner, _) in MustacheTags.all(in: text) {
            let tag = inner.trimmingCharacters(in: sigils)
            // Partials (`>`), comments (`!`) and delimiter changes (`=`) name no value.
            if let first = tag.first, first.isLetter || first == "_", tag.contains("."), !tag.contains(" ") {
                names.insert(tag)
            }
        }
        return names
    }
}

/// The dotted names of a set of templates (`situation.body`) and every proper prefix of them (`situation`): worked
/// out once per set, not for every render (a build renders every phrase's fragment on its own).
struct DottedNames: Sendable, ExpressibleByArrayLiteral {
    let names: Set<String>
    let prefixes: Set<String>
    /// The numbers of the prefixes (``KeyName``): a name looked up at the root is one of them only if its number
    /// is (most sets have none or a few).
    let prefixNumbers: [Int]
    /// Whether a prefix has a dot itself (`a.b` of `a.b.c`): only then can a member's path be a prefix.
    let hasDeepPrefixes: Bool

    init(_ names: Set<String>) {
        self.names = names
        prefixes = Set(
            names.flatMap { name in
                let parts = name.split(separator: ".")
                return (1..<parts.count).map { parts[..<$0].joined(separator: ".") }
            })
        prefixNumbers = prefixes.map { KeyName($0).number }
        hasDeepPrefixes = prefixes.contains { $0.contains(".") }
    }

    init(arrayLiteral names: String...) {
        self.init(Set(names))
    }
}

/// A dictionary or typed context seen through a dotted name: it records a missing member at its root.
private final class StrictMember: NumberedParent, @unchecked Sendable {
    let path: String
    let values: any MustacheParent
    /// `values` when it knows its keys by number (``NumberedParent``).
    let numbered: (any NumberedParent)?
    let root: StrictContext

    init(path: String, values: any MustacheParent, numbered: (any NumberedParent)?, root: StrictContext) {
        self.path = path
        self.values = values
        self.numbered = numbered
        self.root = root
    }

    func child(_ name: KeyName) -> Any? {
        guard let numbered else { return child(named: name.text) }
        return found(numbered.child(name), name.text)
    }

    func child(named name: String) -> Any? {
        found(values.child(named: name), name)
    }

    private func found(_ value: Any?, _ name: String) -> Any? {
        guard let value else {
            root.missed(path + "." + name)
            return nil
        }
        return root.member(value, of: path, name)
    }
}
