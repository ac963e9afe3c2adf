/// An element of a content file as the loader hands it on: name, attributes and children with their exact
/// source locations, text already gathered. Only `Loading/` builds these; it keeps libxml2 out of the rest.
struct XMLElement: Sendable {
    /// An attribute and where its name starts.
    struct Attribute: Sendable {
        var name: String
        var value: String
        var location: SourceLocation
    }

    var name: String
    var attributes: [Attribute]
    var children: [XMLElement]
    /// The element's own text children, concatenated, exactly as written (entities decoded).
    var text: String
    var location: SourceLocation

    /// The attribute called `name`, if present.
    func attribute(_ name: String) -> Attribute? {
        attributes.first { $0.name == name }
    }

    /// The first child element called `name`.
    func child(_ name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    /// Every child element called `name`, in order.
    func children(_ name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }
}
