extension PageContext {
    /// Who a phrase is for, as the `phrase` fragment shows it: `roleIds` (the roles it is for, space-separated,
    /// for `data-roles`; `""` when it is for everyone), `hasRoleMarks` and `roleMarks` (its own roles, when it is
    /// narrowed to fewer than its situation's), and `cardRoles` (the roles whose pocket cards carry it: its
    /// audience, every role when neither it nor its situation narrows it).
    func roleKeys(_ phrase: Phrase, in situation: Situation)
        -> (roleIds: String, hasRoleMarks: Bool, roleMarks: [LabelContext], cardRoles: [LabelContext])
    {
        let audience = phrase.roles ?? situation.roles
        let ids = audience.map { Set($0.map(\.value)) }
        let situationIds = situation.roles.map { Set($0.map(\.value)) }
        let narrowed = phrase.roles != nil && ids != situationIds && ids != Set(book.roles.map(\.id))
        return (
            audience.map { $0.map(\.value).joined(separator: " ") } ?? "", narrowed,
            narrowed ? labels(phrase.roles, from: book.roles) : [], labels(audience, from: book.roles)
        )
    }

    /// How many of a situation's phrases each role it is for sees, for the roles that see fewer than all
    /// (`role=count`, space-separated, in the book's order of roles); `""` when every role sees them all.
    func roleCounts(_ situation: SituationView) -> String {
        let phrases = situation.phrases
        return book.roles.compactMap { role -> String? in
            guard Audience.includes(situation.situation.roles, role.id) else { return nil }
            let seen = phrases.count { Audience.includes($0.roles, role.id) }
            return seen < phrases.count ? "\(role.id)=\(seen)" : nil
        }.joined(separator: " ")
    }
}
