/// The anchors of a dialogue's turns and cases on the HTML pages, so that a search result for a line of a worked
/// dialogue opens at that line, not at the dialogue's top: `<dialogue>-turn-N` for the Nth turn (counted depth
/// first through the cases, every turn counted), `<dialogue>-case-1-2` for case 1.2. The page contexts and the
/// search index both name them here; `IdentifierCheck` keeps ids of the content from taking them.
enum DialogueAnchors {
    /// The anchor of turn `number` (from 1) of `dialogue`.
    static func turn(_ number: Int, of dialogue: String) -> String {
        "\(dialogue)-turn-\(number)"
    }

    /// The anchor of the case at `path` (`1.2`) of `dialogue`.
    static func `case`(_ path: String, of dialogue: String) -> String {
        "\(dialogue)-case-" + path.replacingOccurrences(of: ".", with: "-")
    }

    /// Every anchor of `dialogue`, each with what it marks in words (turn 3, case 1.2).
    static func all(of dialogue: Dialogue) -> [(anchor: String, marks: String)] {
        var anchors: [(String, String)] = []
        var turns = 0
        func walk(_ items: [DialogueItem], path: String) {
            for item in items {
                switch item {
                case .turn:
                    turns += 1
                    anchors.append((turn(turns, of: dialogue.id), "turn \(turns)"))
                case .branch(let cases):
                    for index in cases.indices {
                        let number = path.isEmpty ? "\(index + 1)" : "\(path).\(index + 1)"
                        anchors.append((`case`(number, of: dialogue.id), "case \(number)"))
                        walk(cases[index].items, path: number)
                    }
                }
            }
        }
        walk(dialogue.items, path: "")
        return anchors
    }
}
