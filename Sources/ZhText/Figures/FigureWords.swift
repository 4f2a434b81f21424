/// The words of change the figure grammar reads (`change-words.tsv`, role `percentage`).
enum ChangeWords {
    /// Words of an increase (增长, 提高), in the table's order.
    static let increase: [Keyword] = words("up")
    /// Words of a decrease (下降, 减少), in the table's order.
    static let decrease: [Keyword] = words("down")
    /// Both, increases first.
    static let all: [Keyword] = increase + decrease
    /// The last characters of the words: a gate for looking backward from a place.
    static let lastScalars = ScalarBitmap(all.compactMap(\.scalars.last))
    /// The first characters of the words: a gate for looking forward from a place.
    static let firstScalars = ScalarBitmap(all.compactMap(\.scalars.first))

    private static func words(_ direction: String) -> [Keyword] {
        FigureTables.changeWordsTable.rows
            .filter { $0.count > 1 && $0[1] == direction && FigureTables.list($0, 2).contains("percentage") }
            .map { Keyword($0[0]) }
    }
}

/// Qualifiers of a figure (`qualifiers.tsv`): before it, after it, or inside it.
enum Qualifiers {
    /// A qualifier word with its kind.
    struct Word: Sendable {
        let keyword: Keyword
        let approximate: Bool
        /// Not a qualifier before a number and 年 (近三年 is "the last three years").
        let notBeforeYear: Bool
    }

    /// Words before a figure: bounds first, then approximations, each in the table's order.
    static let before: [Word] = place("before", approximate: false) + place("before", approximate: true)
    /// The first scalars of ``before``'s words: a cheap look before matching them.
    static let beforeFirstScalars = ScalarBitmap(before.compactMap(\.keyword.scalars.first))
    /// Rule `over-bound`: longer words ending in a qualifier (通过, 经过) that leave the figure after them unqualified.
    static let notBefore: [Keyword] = FigureTables.qualifiersTable.rows
        .filter { $0.count > 2 && $0[1] == "before" && $0[2] == "not" }.map { Keyword($0[0]) }
    /// Words after a figure: approximations first, then bounds.
    static let after: [Word] = place("after", approximate: true) + place("after", approximate: false)
    /// One-character words between the number and its unit (5万余吨, 三十多人), by scalar.
    static let inner: [(scalar: UInt32, text: String)] = place("inner", approximate: true).compactMap { word in
        word.keyword.scalars.first.map { ($0, word.keyword.text) }
    }
    /// The one-character word before a numeral unit that makes a rough count (上百, 上千万).
    static let head: (scalar: UInt32, text: String) = {
        guard let word = place("head", approximate: true).first, let scalar = word.keyword.scalars.first else {
            preconditionFailure("qualifiers.tsv: no head word")
        }
        return (scalar, word.keyword.text)
    }()

    /// The text of an inner qualifier written as `scalar` (余, 多), or nil.
    @inline(__always)
    static func innerText(_ scalar: UInt32) -> String? {
        for word in inner where word.scalar == scalar { return word.text }
        return nil
    }

    private static func place(_ place: String, approximate: Bool) -> [Word] {
        var words: [Word] = []
        for row in FigureTables.qualifiersTable.rows where row.count > 2 && row[1] == place && row[2] != "not" {
            let isApproximate: Bool = row[2] == "approximate"
            guard isApproximate == approximate else { continue }
            let notBeforeYear: Bool = FigureTables.list(row, 3).contains("not-before-year")
            words.append(Word(keyword: Keyword(row[0]), approximate: approximate, notBeforeYear: notBeforeYear))
        }
        return words
    }
}

/// Range connectors (`range-connectors.tsv`) by the grammar that reads them.
struct RangeConnectors: Sendable {
    /// The grammars that read connectors.
    enum Use: String, CaseIterable, Sendable {
        case figure, year, month, monthDigits = "month-digits"
    }

    /// The forms as scalars, longest first.
    let forms: [[UInt32]]
    /// Their first scalars.
    let firsts: ScalarBitmap

    init(_ use: Use) {
        forms = FigureTables.rangeConnectorsTable.rows
            .filter { FigureTables.list($0, 1).contains(use.rawValue) }
            .map { FigureTables.scalars($0[0]) }
            .sorted { $0.count > $1.count }
        firsts = ScalarBitmap(forms.compactMap(\.first))
    }

    static let figure = RangeConnectors(.figure)
    static let year = RangeConnectors(.year)
    static let month = RangeConnectors(.month)
    static let monthDigits = RangeConnectors(.monthDigits)

    /// The index past a connector at `index`, or nil.
    @inline(__always)
    func end(_ s: UnsafeBufferPointer<UInt32>, at index: Int) -> Int? {
        guard firsts.contains(s.scalar(at: index)) else { return nil }
        for form in forms where s.matches(form, at: index) { return index + form.count }
        return nil
    }
}

/// Classes of punctuation (`punctuation.tsv`) as bitmaps.
enum Punctuation {
    /// Parentheses around an abbreviation, a gloss or a place in a zone's name: （ ( and ） ).
    static let openingBrackets: Set<UInt32> = [Scalar.fullwidthLeftParenthesis, UInt32(UInt8(ascii: "("))]
    static let closingBrackets: Set<UInt32> = [Scalar.fullwidthRightParenthesis, UInt32(UInt8(ascii: ")"))]
    /// Ends the clause a change word is looked for in (、 does not).
    static let clauseEnd = set("clause-end")
    /// Ends the sentence a year is looked for in.
    static let sentenceEnd = set("sentence-end")
    /// Ends a phrase such as 是极不平凡的五年.
    static let phraseEnd = set("phrase-end")
    /// Opens a clause (，五年来).
    static let clauseStart = set("clause-start")
    /// Indentation before a heading.
    static let indent = set("indent")
    /// A heading's numbering: 、 and the period and brackets of 3 and （二）.
    static let headingNumber = set("heading-number")
    /// Separates figures that share a 个百分点.
    static let list = set("list")
    /// May stand inside such a list.
    static let listInner = set("list-inner")
    /// Joins the terms of a ratio (2.50:1).
    static let ratioColon = set("ratio-colon")

    private static func set(_ name: String) -> ScalarBitmap {
        ScalarBitmap(
            FigureTables.punctuationTable.rows.filter { FigureTables.list($0, 1).contains(name) }
                .flatMap { FigureTables.scalars($0[0]) })
    }
}

/// Words the figure grammar reads around a number (`figure-words.tsv`), by role.
enum FigureWords {
    static let percentWhole = word("percent-whole")
    static let percentOf = word("percent-of")
    static let permilleOf = word("permille-of")
    static let fractionOf = word("fraction-of")
    static let percentagePoints = word("percentage-points")
    static let points = word("points")
    static let durationBefore = FigureTables.words(FigureTables.figureWordsTable, 1, "duration-before")
    static let durationAfter = FigureTables.words(FigureTables.figureWordsTable, 1, "duration-after")
    static let half = FigureTables.words(FigureTables.figureWordsTable, 1, "half")
    static let notHalf = FigureTables.words(FigureTables.figureWordsTable, 1, "not-half")
    static let transportWork = word("transport-work")
    static let magnitudeUnit = word("magnitude-unit")
    static let magnitudeNoun = word("magnitude-noun")
    /// Shares and rates (占比, 贡献率): after one, a percentage is a level, whatever change word came before.
    static let levelNouns = FigureTables.words(FigureTables.figureWordsTable, 1, "level-noun")
    /// Words comparing with a subject (高于, 低于): 高于全国2个百分点 is a gap, not a change.
    static let comparisons = FigureTables.words(FigureTables.figureWordsTable, 1, "comparison")
    /// The last characters of the comparison words: a gate for looking backward.
    static let comparisonLasts = ScalarBitmap(comparisons.compactMap(\.scalars.last))
    /// Words comparing a figure with itself earlier, upward (快于2024年) and downward (低于上年): rule
    /// `earlier-comparison`.
    static let earlierUp = FigureTables.words(FigureTables.figureWordsTable, 1, "earlier-up")
    static let earlierDown = FigureTables.words(FigureTables.figureWordsTable, 1, "earlier-down")
    /// The last characters of those words: a gate for looking backward.
    static let earlierLasts = ScalarBitmap((earlierUp + earlierDown).compactMap(\.scalars.last))
    /// The verb of a share between an approximating qualifier and the share's scope (约占全国1/10: rule
    /// `qualified-share`).
    static let shareVerb = word("share-verb")
    /// The last words of an earlier time (2024年, 上年同期, “十三五”时期).
    static let earlierTimes = FigureTables.words(FigureTables.figureWordsTable, 1, "earlier-time")
    /// Classifiers that label a list of that many items (稳增长、防风险、保民生三项基本任务).
    static let listLabels = FigureTables.words(FigureTables.figureWordsTable, 1, "list-label")
    /// The same after a list in quotes (“投什么、谁来投、怎么投、如何管”四个问题).
    static let quotedListLabels = FigureTables.words(FigureTables.figureWordsTable, 1, "quoted-list-label")
    /// The heads of a rate's name after its base (10万人…死亡人数1.089人): 数, 率.
    static let rateHeads = FigureTables.words(FigureTables.figureWordsTable, 1, "rate-head")
    /// Words between a rate's head and its figure (为, 达).
    static let rateLinks = FigureTables.words(FigureTables.figureWordsTable, 1, "rate-link")
    /// Names of a ratio (比值, 收入比): a bare number after one and a link word is its value.
    static let ratioNouns = FigureTables.words(FigureTables.figureWordsTable, 1, "ratio-noun")
    /// Words after a ratio noun that make it a comparison (收入比上年增加).
    static let ratioNotBefore = FigureTables.words(FigureTables.figureWordsTable, 1, "ratio-not-before")
    /// Words right before a ratio's value (为, 由, 至, 缩小).
    static let ratioLinks = FigureTables.words(FigureTables.figureWordsTable, 1, "ratio-link")
    /// Words ending in 前 that make no "top N" (目前100名专家).
    static let notTop = FigureTables.words(FigureTables.figureWordsTable, 1, "not-top")
    /// Classifiers that, with a figure alone in quotes, name a package of measures (“21条”).
    static let quotedPackages = Set(
        FigureTables.figureWordsTable.rows.filter { FigureTables.list($0, 1).contains("quoted-package") }.map { $0[0] })
    /// Nouns that count people (员额): a bare figure right after one counts persons.
    static let peopleNouns = FigureTables.words(FigureTables.figureWordsTable, 1, "people-noun")
    /// The characters a Han numeral counts after a quote (“巩固、增强”四个字): it names the quote.
    static let quotedCharacters = FigureTables.words(FigureTables.figureWordsTable, 1, "quoted-characters")
    /// After a percentage, 的 and a change word, nouns naming the change as an aim (增长目标: rule
    /// `change-after-figure`).
    static let changeTargets = FigureTables.words(FigureTables.figureWordsTable, 1, "change-target")
    /// 半年, 半个月: half a unit of time, a length.
    static let halfLengths = FigureTables.words(FigureTables.figureWordsTable, 1, "half-length")
    /// Their first characters (半), a gate for the tokens that may start one.
    static let halfLengthFirsts = ScalarBitmap(halfLengths.compactMap(\.scalars.first))
    /// Before 半年, words that make it a part of a year (上半年, 每半年).
    static let notHalfLengthBefore = FigureTables.words(FigureTables.figureWordsTable, 1, "not-half-length-before")
    /// After 半年, words that make it a name or a span back (半年度, 半年来).
    static let notHalfLengthAfter = FigureTables.words(FigureTables.figureWordsTable, 1, "not-half-length-after")
    /// 以 + multiplier + 计: counted in (以千万计).
    static let countedInOpen = word("counted-in-open")
    static let countedInClose = word("counted-in-close")
    /// Ending before the multiplier, makes 以…计 an idiom (数以万计).
    static let notCountedIn = FigureTables.words(FigureTables.figureWordsTable, 1, "not-counted-in")
    /// The level nouns' last characters, a gate for looking backward.
    static let levelNounLasts = ScalarBitmap(levelNouns.compactMap(\.scalars.last))

    private static func word(_ role: String) -> Keyword { FigureTables.word(FigureTables.figureWordsTable, 1, role) }
}

extension UnsafeBufferPointer<UInt32> {
    /// Whether the scalars `word` are spelled at `index`.
    @inline(__always)
    func matches(_ word: [UInt32], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= count else { return false }
        for offset in word.indices where self[index + offset] != word[offset] { return false }
        return true
    }
}
