extension PageContext {
    /// Who a phrase is for, as the `phrase` fragment shows it: `roleIds` (the roles it is for, space-separated,
    /// for `data-roles`; `""` when it is for everyone), `hasRoleMarks` and `roleMarks` (its own roles, when it is
    /// narrowed to fewer than its situation's), and `cardRoles` (the roles whose pocket cards carry it: its
    /// audience, every role when neither it nor its situation narrows it).
    func roleKeys(_ phrase: Phrase, in situation: Situation)
        -> (roleIds: String, hasRoleMarks: Bool, roleMarks: [LabelContext], cardRoles: [LabelContext])
    {
        let audience = phrase.roles ?? situation.roles
        let narrowed = Audience.isNarrowed(phrase, in: situation, roles: book.roles)
        return (
            audience.map { $0.map(\.value).joined(separator: " ") } ?? "", narrowed,
            narrowed ? labels(phrase.roles, from: book.roles) : [], labels(audience, from: book.roles)
        )
    }
}
