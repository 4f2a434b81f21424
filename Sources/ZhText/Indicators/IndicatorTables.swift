internal import ZhTextData

/// The indicator reader's knowledge, parsed once from the embedded tables under
/// `Sources/ZhTextData/indicators/`: the words with their roles, the character classes and the edge rules.
enum IndicatorTables {
    /// `words.tsv`: a word and its roles (space-separated).
    static let words = DataTable("indicators/words.tsv") { zhtext_indicator_words($0) }
    /// `characters.tsv`: a class name and its characters.
    static let characters = DataTable("indicators/characters.tsv") { zhtext_indicator_characters($0) }
    /// `edge-rules.tsv`: the rules that trim a phrase to its indicator.
    static let edgeRules = DataTable("indicators/edge-rules.tsv") { zhtext_indicator_edge_rules($0) }

    /// The words of words.tsv by role, in the table's order.
    private static let byRole: [String: [String]] = {
        var roles: [String: [String]] = [:]
        for row in words.rows where row.count > 1 {
            for role in row[1].split(separator: " ") { roles[String(role), default: []].append(row[0]) }
        }
        return roles
    }()

    /// The words of a role, in the table's order (a role no row has is a mistake in the code).
    static func strings(_ role: String) -> [String] {
        guard let words = byRole[role] else { preconditionFailure("indicators/words.tsv has no role \(role)") }
        return words
    }

    /// The words of a role as keywords, in the table's order.
    static func list(_ role: String) -> [Keyword] { strings(role).map { Keyword(stringLiteral: $0) } }

    /// The words of a role, longest first (a longer word that starts or ends with a shorter one is
    /// tried before it: 年均 before 均).
    static func longestFirst(_ role: String) -> [Keyword] { sortedByLength(list(role)) }

    /// The one word of a role.
    static func word(_ role: String) -> Keyword {
        let words = list(role)
        precondition(words.count == 1, "indicators/words.tsv: role \(role) has \(words.count) words, not one")
        return words[0]
    }

    /// The words of change of `figures/change-words.tsv` (shared with the figure grammar) that `role`
    /// names (verb, direction, amount), going `direction` (up, down) or either, in the table's order.
    static func changeWords(_ role: String, going direction: String? = nil) -> [Keyword] {
        let words = FigureTables.changeWordsTable.rows.filter {
            FigureTables.list($0, 2).contains(role) && (direction == nil || $0[1] == direction)
        }
        precondition(!words.isEmpty, "figures/change-words.tsv has no \(role) \(direction ?? "")")
        return words.map { Keyword(stringLiteral: $0[0]) }
    }

    /// The characters of a class of characters.tsv.
    static func scalars(_ name: String) -> Set<UInt32> {
        guard let row = characters.rows.first(where: { $0[0] == name }), row.count > 1 else {
            preconditionFailure("indicators/characters.tsv has no class \(name)")
        }
        return Set(row[1].unicodeScalars.map(\.value))
    }

    /// Longer words first, so that 年均 is tried before 均 (equal lengths keep their order).
    static func sortedByLength(_ words: [Keyword]) -> [Keyword] {
        words.enumerated().sorted { ($0.element.scalars.count, $1.offset) > ($1.element.scalars.count, $0.offset) }
            .map(\.element)
    }
}
