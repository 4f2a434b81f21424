extension RuleCatalog {
    /// The entities rules' names (each has specs in `Tests/ZhTextTests/Specs/entities.jsonl`): the
    /// decisions the rules-mode recognizer makes.
    ///
    /// - Suffix heads (`EntityRecognizer+Heads.swift`): a name head before an organisation's or a
    ///   place's suffix, the strong company suffixes, short-head place suffixes, places named after a
    ///   family, a division's own bodies and congresses after its one-character prefix, congresses named
    ///   by their number, governments named only by a place, 和/与 inside one body's name, a centre
    ///   inside a hospital, and the verbs that open a clause before a body (据, 请).
    /// - People (`EntityRecognizer+People.swift`): titles before names, verbs of speech after them,
    ///   names between list commas, dotted foreign names, a document's people found again.
    /// - Places (`EntityRecognizer+Places.swift`): regions and countries, what follows a region,
    ///   special regions, one-character abbreviations, two countries in one word, visited places,
    ///   short forms of a document's divisions, a town and its village, foreign names after verbs of
    ///   going somewhere, lists of places or bodies sharing one suffix, water transfers named by their
    ///   two ends (引江济淮), a region's general area word after it (胶东地区), a county or city and its town, lake,
    ///   island, mountain or gorge (county-site), a digit and a division's suffix as a count of areas (numbered-area).
    /// - Latin (`EntityRecognizer+Latin.swift`): acronyms, English names of bodies, Latin names.
    /// - Bodies (`EntityRecognizer+Bodies.swift`): the table of bodies named without a suffix (companies,
    ///   national and international bodies, media), a congress with its term, a congress before its member's
    ///   title, one-character suffixes that open a word, counts and sessions that name no body, policy terms
    ///   ending in a generic suffix.
    /// - Designations (`EntityRecognizer+Designations.swift`): national designations with a field (国家碳计量中心),
    ///   verbs of a body's field inside its head, a body's branches and the hospital a university runs, a report's
    ///   own body with its office, a division's own company, sports federations by their abbreviation.
    package static var entities: [String] {
        [
            "organization-suffix", "strong-company-suffix", "place-suffix", "short-head-place", "family-place",
            "division-body", "division-congress", "numbered-congress", "government-needs-place", "name-conjunction",
            "centre-inside-body", "head-stop", "title-before-name", "speech-after-name", "listed-names",
            "dotted-foreign-name", "transliterated-place", "well-known-organization", "region-name", "region-tail",
            "special-region", "place-abbreviations", "bilateral-countries", "visited-place", "short-form-memory",
            "town-village", "latin-acronym", "latin-organization-name", "latin-name", "person-memory", "compass-region",
            "standing-compass-region", "paired-region",
            "not-body-ending", "adjective-not-name", "route-ends", "own-body",
            "verb-before-place", "complement-opens-no-name", "directions-not-body", "law-not-person",
            "policy-term-not-place", "region-closing-term", "name-shape", "strong-place-suffix",
            "place-in-parentheses", "road-code", "division-needs-gazetteer", "named-body", "body-before-member",
            "congress-term", "suffix-opens-word", "counted-not-body", "policy-term-not-body", "stationed-unit",
            "national-after-place", "place-inner-word", "doctrine-names", "shared-place-suffix",
            "shared-body-suffix", "province-after-place", "province-compass-part", "photo-credit", "region-heads-place",
            "facility-single-head",
            "city-tagged-as-word", "listed-gazetteer-place", "suffix-numeral-character", "listed-bodies-before-count",
            "body-inner-word", "joint-regions", "known-city-ending-like-suffix", "section-of-place",
            "place-opening-word", "not-given-name",
            "place-tagged-as-person", "county-village", "province-word",
            "feature-not-person", "listed-places-before-class", "country-becoming",
            "line-of-countries", "weak-country-name", "city-chain", "region-split-word", "line-section",
            "listed-segment-place",
            "province-part-suffix", "repeated-character-slogan",
            "term-of-congress",
            "body-relation-stop", "strong-place-anchor", "verb-before-known-place", "body-among-regions",
            "industry-after-body", "place-act-stop", "joint-facility",
            "water-transfer", "listed-item-function-character", "region-area",
            "place-opens-zone", "line-word", "base-needs-place",
            "national-designation", "field-word-in-body", "body-branch", "own-body-office", "division-company",
            "sport-federation", "county-site", "numbered-area",
        ]
    }

    /// The entities and terms knowledge tables (`Sources/ZhTextData/entities/`, `terms/`).
    static var entityTables: [DataTable] { EntityTables.all }
}
