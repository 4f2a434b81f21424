extension Indicator {
    /// The ASCII characters the indicator reader tests.
    enum ASCII {
        static let lineFeed = UInt32(UInt8(ascii: "\n"))
        static let space = UInt32(UInt8(ascii: " "))
        static let exclamationMark = UInt32(UInt8(ascii: "!"))
        static let ampersand = UInt32(UInt8(ascii: "&"))
        static let leftParenthesis = UInt32(UInt8(ascii: "("))
        static let rightParenthesis = UInt32(UInt8(ascii: ")"))
        static let plusSign = UInt32(UInt8(ascii: "+"))
        static let comma = UInt32(UInt8(ascii: ","))
        static let hyphenMinus = UInt32(UInt8(ascii: "-"))
        static let fullStop = UInt32(UInt8(ascii: "."))
        static let colon = UInt32(UInt8(ascii: ":"))
        static let semicolon = UInt32(UInt8(ascii: ";"))
        static let questionMark = UInt32(UInt8(ascii: "?"))
        static let leftSquareBracket = UInt32(UInt8(ascii: "["))
        static let rightSquareBracket = UInt32(UInt8(ascii: "]"))
        static let digits = UInt32(UInt8(ascii: "0"))...UInt32(UInt8(ascii: "9"))
        static let capitals = UInt32(UInt8(ascii: "A"))...UInt32(UInt8(ascii: "Z"))
        static let smallLetters = UInt32(UInt8(ascii: "a"))...UInt32(UInt8(ascii: "z"))
    }

    /// Brackets around an abbreviation or a gloss: （ ( and ） ).
    static let openingBrackets = Punctuation.openingBrackets
    static let closingBrackets = Punctuation.closingBrackets
    /// Han characters (the blocks from Extension A to the end of the Unified Ideographs).
    static let han = Scalar.cjkUnifiedIdeograph3400..<Scalar.yiSyllableIt
    /// The marks that separate a phrase from what is before or after it.
    static let separators = ScalarSet([
        ASCII.space, Scalar.ideographicSpace, ASCII.comma, Scalar.fullwidthComma, Scalar.ideographicComma,
        ASCII.semicolon, Scalar.fullwidthSemicolon, ASCII.colon, Scalar.fullwidthColon, Scalar.emDash,
    ])
    /// The punctuation inside names: quotes, title marks, brackets, the full stop, + · - & , and 、.
    static let namePunctuation = ScalarSet([
        Scalar.ideographicComma, Scalar.leftDoubleQuotationMark, Scalar.rightDoubleQuotationMark,
        Scalar.leftSingleQuotationMark, Scalar.rightSingleQuotationMark, Scalar.leftDoubleAngleBracket,
        Scalar.rightDoubleAngleBracket, Scalar.fullwidthLeftParenthesis, Scalar.fullwidthRightParenthesis,
        ASCII.leftParenthesis, ASCII.rightParenthesis, ASCII.fullStop, ASCII.plusSign, Scalar.middleDot,
        ASCII.hyphenMinus, ASCII.ampersand, ASCII.comma, ASCII.leftSquareBracket, ASCII.rightSquareBracket,
    ])
    /// The characters of a 分别 list's conjunctions (和, 及, 与).
    static let conjunctions: Set<UInt32> = IndicatorTables.scalars("conjunction")
    /// What stands before the base of a comparison (比, 较, 与, 同, “).
    static let dateBaseBefore: Set<UInt32> = IndicatorTables.scalars("date-base-before")
    /// Words that open the base of a comparison (上年, 上月).
    static let dateBaseOpenings: [Keyword] = IndicatorTables.list("date-base-opening")
    /// The rule of examples, whose exceptions say which characters around 等 make a word (中等, 等级).
    private static let examplesRule = IndicatorEdgeRule.named(.examples)
    private static let etCeteraBefore = Set(
        examplesRule.exceptions.filter { $0.scalars.last == Scalar.等 }.compactMap { $0.scalars.first })
    private static let etCeteraAfter = Set(
        examplesRule.exceptions.filter { $0.scalars.first == Scalar.等 }.compactMap { $0.scalars.last })

    func length(_ piece: Piece) -> Int {
        switch piece {
        case .text(let range): range.count
        case .literal(let text): text.unicodeScalars.count
        }
    }

    /// The items of `range` between separators (only those outside brackets when `outsideBrackets`).
    func split(_ range: Range<Int>, on separators: Set<UInt32>, outsideBrackets: Bool = false) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        for index in range {
            if outsideBrackets, Self.openingBrackets.contains(s[index]) { depth += 1 }
            if outsideBrackets, Self.closingBrackets.contains(s[index]) { depth = max(0, depth - 1) }
            guard depth == 0, separators.contains(s[index]) else { continue }
            items.append(start..<index)
            start = index + 1
        }
        items.append(start..<range.upperBound)
        return items
    }

    /// The last 和, 及 or 与 inside `range` that can join two subjects.
    func lastConjunction(in range: Range<Int>) -> Int? {
        guard range.count >= 3 else { return nil }
        return ((range.lowerBound + 1)..<(range.upperBound - 1)).last { Self.conjunctions.contains(s[$0]) }
    }

    /// Where a numbered group (三大, 四大, 十大) starts after a list inside `range`.
    func numberedGroup(in range: Range<Int>) -> Int? {
        guard let comma = (range.lowerBound..<range.upperBound).last(where: { s[$0] == Scalar.ideographicComma }) else {
            return nil
        }
        var position = comma + 1
        while position + 1 < range.upperBound {
            if Numeral.chineseDigit(s[position]) != nil || s[position] == Scalar.十, s[position + 1] == Scalar.大 {
                return position
            }
            position += 1
        }
        return nil
    }

    /// Whether 等 at `position` ends a list of examples (not 中等, 高等, 甲等, 等级, 等于).
    func isEtCetera(at position: Int) -> Bool {
        s[position] == Scalar.等 && !Self.etCeteraBefore.contains(s[position - 1])
            && !Self.etCeteraAfter.contains(s.scalar(at: position + 1))
    }

    func ends(with word: Keyword, _ lower: Int, _ upper: Int) -> Bool {
        upper - word.scalars.count >= lower && s.matches(word, at: upper - word.scalars.count)
    }

    /// Where the first `word` in `range` ends, or nil.
    func find(_ word: Keyword, in range: Range<Int>) -> Int? {
        let length = word.scalars.count
        guard range.count >= length else { return nil }
        for position in range.lowerBound...(range.upperBound - length) where s.matches(word, at: position) {
            return position + length
        }
        return nil
    }

    /// The last date inside `range`, found by binary search (dates are in text order).
    func lastDate(in range: Range<Int>, _ dates: [DateMention]) -> DateMention? {
        let count = dates.countPrefix { $0.scalarOffsets.upperBound <= range.upperBound }
        guard count > 0, dates[count - 1].scalarOffsets.lowerBound >= range.lowerBound else { return nil }
        let date = dates[count - 1]
        // 比上年, 较上月, 比“十三五”末: the base of a comparison stays where it is.
        let start = date.scalarOffsets.lowerBound
        guard
            start == range.lowerBound
                || !Self.dateBaseBefore.contains(s.scalar(at: start - 1))
                    && !Self.dateBaseOpenings.contains(where: { s.matches($0, at: start) })
        else { return nil }
        return date
    }

    func isSeparator(_ scalar: UInt32) -> Bool { Self.separators.contains(scalar) }

    func isLatinLetter(_ scalar: UInt32) -> Bool {
        ASCII.capitals.contains(scalar) || ASCII.smallLetters.contains(scalar)
    }

    /// Where an abbreviation in brackets that opens at `open` closes, or nil.
    ///
    /// An abbreviation is Latin letters, with digits, the ampersand and the full stop among them:
    /// （CPI）, （R&D）, （PM2.5）.
    func abbreviationClose(openingAt open: Int, before upper: Int) -> Int? {
        guard Self.openingBrackets.contains(s[open]),
            let close = ((open + 1)..<min(upper, open + 10)).first(where: { Self.closingBrackets.contains(s[$0]) }),
            close > open + 1, ((open + 1)..<close).contains(where: { isLatinLetter(s[$0]) }),
            ((open + 1)..<close).allSatisfy({
                isLatinLetter(s[$0]) || ASCII.digits.contains(s[$0]) || s[$0] == ASCII.ampersand
                    || s[$0] == ASCII.fullStop
            })
        else { return nil }
        return close
    }

    /// Han, Latin letters and digits, and the punctuation inside names (“5G”基站, PM2.5, （PMI）).
    func isPhraseScalar(_ scalar: UInt32) -> Bool {
        Self.han.contains(scalar) || ASCII.digits.contains(scalar) || isLatinLetter(scalar)
            || Self.namePunctuation.contains(scalar)
    }
}
