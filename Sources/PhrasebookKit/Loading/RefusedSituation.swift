/// A situation file the schema refused, read as far as ``ModelReader`` goes (it reads any tree). It is not content:
/// it is not rendered and its ids are not the book's. It is read so that the mistakes of another kind it holds (an
/// undeclared role, a turn naming no phrase) are reported with its schema errors, not in a second round once they
/// are fixed (``ReferenceCheck``).
struct RefusedSituation: Sendable {
    /// The situation as read.
    var situation: Situation
    /// The lines the schema's errors are on: another mistake found on one of them is most likely the same one
    /// (roles written with commas are a schema error; read, they name a role nobody declared), so it is not said.
    var schemaLines: Set<Int>

    /// `situation`, refused for `schemaErrors`.
    init(situation: Situation, schemaErrors: [Diagnostic]) {
        self.situation = situation
        schemaLines = Set(schemaErrors.map(\.location.line))
    }
}
