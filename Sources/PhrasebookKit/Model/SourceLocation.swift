/// A place in a content file: the file's path as the user named it, a 1-based line and a 1-based column
/// counted in Unicode scalars, so that editors and CI annotations jump to the right character.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file's path, relative to the working directory when the user gave a relative content folder.
    var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location.
    init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the way compilers write a place.
    public var description: String { "\(file):\(line):\(column)" }

    /// Orders locations by file, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A value together with the place in the content it was read from.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value.
    public var value: Value
    /// Where it was written.
    var location: SourceLocation

    /// Creates a located value.
    init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
