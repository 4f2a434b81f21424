internal import ZhTextData

/// The facts area's word tables, parsed once (`Sources/ZhTextData/facts/`).
///
/// Each table holds one kind of knowledge, a word in one place; the code reads a table's lists
/// through the named lookups below and never spells a word itself.
enum FactWords {
    /// The words the pairing rules look for (`facts/pairing-words.tsv`).
    static let pairingTable = DataTable("facts/pairing-words.tsv") { zhtext_pairing_words($0) }

    /// The words of `list` in `table`, in file order.
    static func keywords(_ table: DataTable, _ list: String) -> [Keyword] {
        table.words(in: list).map { Keyword(stringLiteral: $0) }
    }

    /// The one word of `list` in `table` (a name the rules give an indicator).
    static func word(_ table: DataTable, _ list: String) -> String {
        table.words(in: list).first ?? ""
    }

    /// The single characters of `list` in `table`, as a set (a first-character gate).
    static func characters(_ table: DataTable, _ list: String) -> Set<UInt32> {
        Set(table.words(in: list).flatMap { $0.unicodeScalars.prefix(1).map(\.value) })
    }
}

/// The pairing rules' words, by list (see the table's header for what each list means).
enum PairingWords {
    private static func list(_ name: String) -> [Keyword] { FactWords.keywords(FactWords.pairingTable, name) }

    static let perItem = list("per-item")
    static let conversion = list("conversion")
    static let conversionMoney = list("conversion-money")
    static let restate = list("restate")
    static let thresholdPassed = list("threshold-passed")
    static let reached = list("reached")
    static let bound = list("bound")
    static let boundAnd = list("bound-and")
    static let arranged = list("arranged")
    static let droppedVerb = list("dropped-verb")
    static let deaths = list("deaths")
    static let accident = FactWords.word(FactWords.pairingTable, "accident")
    static let use = list("use")
    static let balance = list("balance")
    static let realGrowth = list("real-growth")
    static let now = list("now")
    static let company = list("company")
    static let respectively = list("respectively")
    static let per = list("per")
    static let linkStarts = FactWords.characters(FactWords.pairingTable, "link-start")
    static let completionName = FactWords.word(FactWords.pairingTable, "completion-name")
    static let shareName = FactWords.word(FactWords.pairingTable, "share-name")
    static let deathsName = FactWords.word(FactWords.pairingTable, "deaths-name")
}

extension UnsafeBufferPointer<UInt32> {
    /// The first of `words` spelled at `index`, if any.
    func matching(_ words: [Keyword], at index: Int) -> Keyword? {
        words.first { matches($0, at: index) }
    }

    /// Whether one of `words` is spelled at `index`.
    func matchesAny(_ words: [Keyword], at index: Int) -> Bool {
        words.contains { matches($0, at: index) }
    }

    /// Whether one of `words` is spelled anywhere inside `range`.
    func containsAny(_ words: [Keyword], in range: Range<Int>) -> Bool {
        words.contains { contains($0, in: range) }
    }

    /// Whether one of `words` ends right before `index`.
    func endsWithAny(_ words: [Keyword], before index: Int) -> Bool {
        words.contains { matches($0, at: index - $0.scalars.count) }
    }
}
