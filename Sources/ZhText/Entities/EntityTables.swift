internal import ZhTextData

/// The entity and term rules' knowledge tables (`Sources/ZhTextData/entities/`, `terms/`), each read
/// once on first use.
///
/// Most tables have a word and its kinds a row (`人民政府	suffix generic government`): a word that
/// belongs to several lists is one row with several kinds, and a list is read back in row order.
enum EntityTables {
    static let organizations = WordKinds(DataTable("entities/organizations.tsv") { zhtext_entities_organizations($0) })
    static let places = WordKinds(DataTable("entities/places.tsv") { zhtext_entities_places($0) })
    static let notNames = WordKinds(DataTable("entities/not-names.tsv") { zhtext_entities_not_names($0) })
    static let titles = DataTable("entities/titles.tsv") { zhtext_entities_titles($0) }
    static let personCues = WordKinds(DataTable("entities/person-cues.tsv") { zhtext_entities_person_cues($0) })
    static let surnames = DataTable("entities/surnames.tsv") { zhtext_entities_surnames($0) }
    static let transliteration = DataTable("entities/transliteration.tsv") { zhtext_entities_transliteration($0) }
    static let characters = WordKinds(DataTable("entities/characters.tsv") { zhtext_entities_characters($0) })
    static let placeVerbs = WordKinds(DataTable("entities/place-verbs.tsv") { zhtext_entities_place_verbs($0) })
    static let namedBodies = WordKinds(DataTable("entities/named-bodies.tsv") { zhtext_entities_named_bodies($0) })
    static let quoteContext = WordKinds(DataTable("terms/quote-context.tsv") { zhtext_terms_quote_context($0) })
    static let numerals = WordKinds(DataTable("terms/numerals.tsv") { zhtext_terms_numerals($0) })

    /// The kinds each table's rows may have (the table test rejects any other).
    static let kinds: [String: Set<String>] = [
        organizations.table.name: [
            "suffix", "strong", "generic", "government", "peoples-government", "bare-government", "centre", "congress",
            "congress-body", "known", "latin", "abbreviation-marker", "own-body", "own-cue-before", "own-cue-after",
            "post-after-body", "count-measure", "class-after-prefix", "stationed", "stationed-unit",
            "shared-suffix", "inner", "relation", "industry", "field", "designation-opening", "national-class",
            "national-rank", "needs-place", "branch-parent", "branch", "affiliate", "own-office", "division-company",
            "federation-scope", "sport", "federation-end",
        ],
        places.table.name: [
            "suffix", "short-head", "division", "town", "prefix", "ending", "special-region", "region-ending", "region",
            "country", "abbreviation", "country-abbreviation", "visited", "compass", "compass-area", "compass-strategy",
            "route", "route-link", "level", "strong", "road-code", "inner", "shared-suffix", "compass-part",
            "compass-point", "facility", "province", "joint-region", "section", "section-inner", "village",
            "local-site", "word-after-province", "feature", "listed-class", "class-count", "class-size",
            "becoming", "weak-abbreviation", "chain-close", "joint-facility", "compass-standing", "compass-inner",
            "compass-join", "transfer-from", "transfer-to", "transfer-class", "region-area", "zone", "needs-place",
            "landmark", "paired-region", "paired-partner",
        ],
        notNames.table.name: [
            "common", "generic-head", "suffixed", "national", "region-tail", "not-bilateral", "not-body-ending",
            "place-act",
        ],
        personCues.table.name: ["honorific", "after-name", "label", "doctrine", "credit"],
        characters.table.name: [
            "conjunction", "direction", "not-name", "head-stop", "ordinal-marker", "ordinal-digit", "adjective-suffix",
            "level-determiner", "complement", "law-ending", "list-end", "not-given-name",
        ],
        placeVerbs.table.name: ["before-place", "visit"],
        namedBodies.table.name: ["central-enterprise", "company", "national-body", "international", "media"],
        quoteContext.table.name: [
            "naming-verb", "speech", "change-from", "change-to", "plan-noun", "policy-noun", "brand", "product-marker",
            "version", "craft-number", "event-suffix", "indicator-ending", "statistic-noun", "count-measure",
            "state-noun", "role-noun", "metaphor-link", "policy-word", "list-joiner", "list-conjunction",
        ],
        numerals.table.name: ["numeral", "fraction", "plan-period", "counting"],
    ]

    /// Every table, for the table checks.
    static var all: [DataTable] {
        [
            organizations.table, places.table, notNames.table, titles, personCues.table, surnames, transliteration,
            characters.table, placeVerbs.table, namedBodies.table, quoteContext.table, numerals.table,
        ]
    }
}

/// A table whose rows are a word and its kinds (space-separated), indexed by kind in one pass.
struct WordKinds: Sendable {
    let table: DataTable
    /// The words of each kind, in row order.
    private let byKind: [Substring: [String]]

    init(_ table: DataTable) {
        self.table = table
        var byKind: [Substring: [String]] = [:]
        for row in table.rows {
            for kind in Self.kinds(of: row) { byKind[kind, default: []].append(row[0]) }
        }
        self.byKind = byKind
    }

    /// The kinds of a row: its second field, split at spaces.
    static func kinds(of row: [String]) -> [Substring] {
        row.count > 1 ? row[1].split(separator: " ") : []
    }

    /// The words (first fields) of the rows of `kind`, in row order.
    func words(ofKind kind: String) -> [String] {
        byKind[Substring(kind)] ?? []
    }

    /// The words of `kind` as keywords, in row order.
    func keywords(ofKind kind: String) -> [Keyword] {
        words(ofKind: kind).map { Keyword(stringLiteral: $0) }
    }

    /// The one word of `kind` (a table names it once: 中心 is the `centre`).
    func keyword(ofKind kind: String) -> Keyword {
        let words = words(ofKind: kind)
        precondition(words.count == 1, "\(table.name): \(words.count) rows of kind \(kind)")
        return Keyword(stringLiteral: words[0])
    }

    /// The one-character words of `kind`, as a set of scalars.
    func scalars(ofKind kind: String) -> ScalarSet {
        ScalarSet(words(ofKind: kind).filter { $0.unicodeScalars.count == 1 }.joined())
    }

    /// The one-character words of `kind`, as a set of `Unicode.Scalar`s.
    func scalarSet(ofKind kind: String) -> Set<Unicode.Scalar> {
        Set(words(ofKind: kind).filter { $0.unicodeScalars.count == 1 }.flatMap(\.unicodeScalars))
    }

    /// The rows' kinds that `known` does not list.
    func unknownKinds(_ known: Set<String>) -> [String] {
        byKind.keys.map(String.init).filter { !known.contains($0) }
    }
}
