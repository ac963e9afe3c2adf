/// The rule for `roles` (and `channels`) attributes, absent means everyone, and who a situation and a phrase are
/// for as every format says it: the declared roles (or channels) a list of ids names, and whether a phrase is
/// narrowed to fewer roles than its situation (the "only for" mark).
enum Audience {
    /// Whether `ids` takes in `role`: always without a list, and for no role in particular.
    static func includes(_ ids: [Located<String>]?, _ role: String?) -> Bool {
        guard let role, let ids else { return true }
        return ids.contains { $0.value == role }
    }

    /// The labels `ids` names, in the order they are declared; all of `declared` when `ids` is `nil`.
    static func labels(_ ids: [Located<String>]?, from declared: [Label]) -> [Label] {
        guard let ids else { return declared }
        return declared.filter { label in ids.contains { $0.value == label.id } }
    }

    /// Whether `phrase` is for fewer roles than `situation` and than the whole book (`roles`): then it is marked
    /// as only for its own roles.
    static func isNarrowed(_ phrase: Phrase, in situation: Situation, roles: [Label]) -> Bool {
        guard let own = phrase.roles else { return false }
        let ids = Set(own.map(\.value))
        return ids != situation.roles.map { Set($0.map(\.value)) } && ids != Set(roles.map(\.id))
    }
}
