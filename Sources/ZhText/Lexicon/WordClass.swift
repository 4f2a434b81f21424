/// A coarse class of a lexicon word, read from its part-of-speech tag (jieba's tag set).
enum WordClass: UInt8, Sendable {
    /// ns: a place.
    case place
    /// nt: an organisation.
    case organization
    /// nr, nrt: a person.
    case person
    /// nz, j: another proper name, term or abbreviation.
    case properName
    /// n, ng, s: a noun or a place word.
    case noun
    /// vn, an: a verb or adjective used as a noun (投资, 建设, 管理), often inside names of bodies.
    case verbalNoun
    /// Verbs, prepositions, conjunctions, particles, adverbs, measure words, numerals, pronouns,
    /// time words, adjectives: never part of a name.
    case function
    /// Anything else, or no tag.
    case other

    init(tag: String) {
        switch tag {
        case "ns": self = .place
        case "nt": self = .organization
        case "nr", "nrt", "nrfg": self = .person
        case "nz", "j": self = .properName
        case "n", "ng", "s", "nrf": self = .noun
        case "vn", "an": self = .verbalNoun
        case "v", "vd", "vg", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "dg", "q", "m", "mq", "r", "rr",
            "rz", "t", "tg", "a", "ad", "ag", "y", "e", "o", "f":
            self = .function
        default: self = .other
        }
    }
}
