/// The anchors of a dialogue's turns and cases on the HTML pages, so that a search result for a line of a worked
/// dialogue opens at that line, not at the dialogue's top: `<dialogue>-turn-N` for the Nth turn (counted depth
/// first through the cases, every turn counted), `<dialogue>-case-1-2` for case 1.2. The walk that numbers them
/// (``map(_:turn:case:branch:)``) is the one the page contexts, the search index and `IdentifierCheck` (which keeps
/// ids of the content from taking them) all use.
enum DialogueAnchors {
    /// Where a turn or a case stands in its dialogue.
    struct Place {
        /// A turn's number in the dialogue (from 1, depth first), a case's in its branch (from 1).
        let number: Int
        /// Its anchor on the page.
        let anchor: String
        /// How many cases it is inside.
        let depth: Int
    }

    /// A turn or a case of a dialogue, in the order the page shows them.
    enum Line {
        /// A turn.
        case turn(Turn, Place)
        /// The case at `path` (`1.2`).
        case `case`(BranchCase, Place, path: String)
    }

    /// The anchor of turn `number` (from 1) of `dialogue`.
    static func turn(_ number: Int, of dialogue: String) -> String {
        "\(dialogue)-turn-\(number)"
    }

    /// The anchor of the case at `path` (`1.2`) of `dialogue`.
    static func `case`(_ path: String, of dialogue: String) -> String {
        "\(dialogue)-case-" + path.replacingOccurrences(of: ".", with: "-")
    }

    /// `dialogue`'s items walked depth first and numbered as the page numbers them: `turn` makes an item of a turn,
    /// `case` one of a case (given its path, `1.2`, and the items made of its own), `branch` one of a branch's
    /// cases (given how many cases the branch is inside).
    static func map<Item, Case>(
        _ dialogue: Dialogue,
        turn: (Turn, Place) -> Item,
        case: (BranchCase, Place, _ path: String, _ items: [Item]) -> Case,
        branch: ([Case], _ depth: Int) -> Item
    ) -> [Item] {
        var turns = 0
        func walk(_ items: [DialogueItem], path: String, depth: Int) -> [Item] {
            items.map { item in
                switch item {
                case .turn(let spoken):
                    turns += 1
                    return turn(spoken, Place(number: turns, anchor: Self.turn(turns, of: dialogue.id), depth: depth))
                case .branch(let cases):
                    let made = cases.enumerated().map { index, branchCase in
                        let number = path.isEmpty ? "\(index + 1)" : "\(path).\(index + 1)"
                        let place = Place(number: index + 1, anchor: Self.case(number, of: dialogue.id), depth: depth)
                        return `case`(branchCase, place, number, walk(branchCase.items, path: number, depth: depth + 1))
                    }
                    return branch(made, depth)
                }
            }
        }
        return walk(dialogue.items, path: "", depth: 0)
    }

    /// Every turn and case of `dialogue`, in the order the page shows them.
    static func lines(of dialogue: Dialogue) -> [Line] {
        inOrder(dialogue, turn: { .turn($0, $1) }, case: { .case($0, $1, path: $2) })
    }

    /// Every anchor of `dialogue`, each with what it marks in words (turn 3, case 1.2).
    static func all(of dialogue: Dialogue) -> [(anchor: String, marks: String)] {
        inOrder(
            dialogue, turn: { _, place in (place.anchor, "turn \(place.number)") },
            case: { _, place, path in (place.anchor, "case \(path)") })
    }

    /// What `turn` and `case` make of each turn and case of `dialogue`, in the order the page shows them (a case
    /// before its own turns).
    private static func inOrder<Made>(
        _ dialogue: Dialogue, turn: (Turn, Place) -> Made, case: (BranchCase, Place, _ path: String) -> Made
    ) -> [Made] {
        var made: [Made] = []
        // Each item gives how many it made; a case, walked after its own items, goes in before them.
        _ = map(
            dialogue,
            turn: { spoken, place in
                made.append(turn(spoken, place))
                return 1
            },
            case: { branchCase, place, path, items in
                let inside = items.reduce(0, +)
                made.insert(`case`(branchCase, place, path), at: made.count - inside)
                return inside + 1
            },
            branch: { cases, _ in cases.reduce(0, +) })
        return made
    }
}
