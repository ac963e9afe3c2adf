extension BookView {
    /// How many of `situation`'s phrases each role it is for sees, for the roles that see fewer than all
    /// (`role=count`, space-separated, in the book's order of roles); `""` when every role sees them all, as in a
    /// role's own view. Worked out once per situation and view: every page's navigation summarizes situations.
    func roleCounts(of situation: SituationView) -> String {
        roleCountMemo.value(situation.situation.id) {
            let phrases = situation.phrases
            return book.roles.compactMap { role -> String? in
                guard Audience.includes(situation.situation.roles, role.id) else { return nil }
                let seen = phrases.count { Audience.includes($0.roles, role.id) }
                return seen < phrases.count ? "\(role.id)=\(seen)" : nil
            }.joined(separator: " ")
        }
    }

    /// A digest of every situation's ``roleCounts(of:)``: what a page that shows them (the contents page) is made
    /// from besides the ``outline``, which counts every role's phrases.
    var roleCountsDigest: String {
        keyParts.value(.roleCounts) {
            FileDigest.of(situations.map { "\($0.situation.id) \(roleCounts(of: $0))" }, separator: "\n")
        } ?? ""
    }
}
