/// Extracts figures from a document: quantities, percentages, dates and periods.
///
/// The text is normalized (NFKC: full-width digits become ASCII), simplified in place (Traditional
/// characters, such as 億 萬 點 兩 個 長 減, read as their Simplified forms: see
/// ``NormalizedText``'s `simplifiedTraditional()`), then tokenized. Figures may start at number
/// tokens, and at words that begin with a Chinese numeral when the lexicon knows them as numerals
/// (三万元) rather than as idioms (千方百计) or slogans; a Latin token (5G, COVID-19) never starts
/// one. Every result is mapped back to the original text.
///
/// ```swift
/// let figures = FigureExtractor().figures(in: "一般公共预算收入512.6亿元，增长9.1%。")
/// figures.quantities[0].value?.description   // "51260000000"
/// figures.percentages[0].change               // .increase
/// ```
public struct FigureExtractor: Sendable {
    /// The tokenizer that finds where figures may start.
    public let tokenizer: Tokenizer
    /// The normalizer applied before extraction.
    public let normalizer: Normalizer

    /// - Parameters:
    ///   - tokenizer: Finds where figures may start.
    ///   - normalizer: Applied first. The default keeps whitespace as it is, so that the
    ///     columns of plain-text tables stay apart (a table cell is a figure).
    public init(tokenizer: Tokenizer = Tokenizer(), normalizer: Normalizer = Normalizer(foldWhitespace: false)) {
        self.tokenizer = tokenizer
        self.normalizer = normalizer
    }

    /// The figures of `text`, with ranges and offsets in `text`.
    public func figures(in text: String) -> Figures {
        figures(in: normalizer.normalize(text))
    }

    /// The figures of normalized text, with ranges and offsets in its original.
    public func figures(in normalized: NormalizedText) -> Figures {
        let simplified = normalized.simplifiedTraditional()
        let (figureScanner, dateScanner) = simplified.scalarValues.withUnsafeBufferPointer { scalars in
            scan(simplified, scalars) { _ in }
        }
        return figures(figureScanner, dateScanner, OffsetMapper(simplified))
    }

    /// Tokenizes and scans the text once, showing every token to `observe` as well (so that other
    /// extractors can share the pass).
    func scan(
        _ normalized: NormalizedText, _ scalars: UnsafeBufferPointer<UInt32>, observe: (Token) -> Void
    ) -> (FigureScanner, DateScanner) {
        var figures = FigureScanner(scalars, localCurrency: Self.localCurrency(scalars))
        var dates = DateScanner(scalars)
        var consumed = 0
        // Tokens stream by: figures start at them, so no token array is kept.
        tokenizer.enumerateTokens(in: normalized.text) { token in
            observe(token)
            guard token.kind == .number || token.kind == .word || token.kind == .latin else { return }
            let start = token.scalarOffsets.lowerBound
            guard start >= consumed else { return }
            if token.kind == .latin {
                // 10GWh, 300MW: a number and a Latin unit in one token; 5G and PM2.5 are not figures.
                if Numeral.isASCIIDigit(scalars[start]),
                    let end = figures.scanLatinFigure(at: start, end: token.scalarOffsets.upperBound)
                {
                    consumed = end
                } else if let end = figures.scanCurrencyAmount(at: start, end: token.scalarOffsets.upperBound) {
                    // USD 18.6 billion
                    consumed = end
                }
                return
            }
            // Rule `note-number-year`: ⏎20.2026年10件民生实事: a note's number before a year, read as the year alone.
            if token.kind == .number, let yearStart = Self.noteYearStart(scalars, at: start) {
                if let end = dates.scanDate(at: yearStart) { consumed = end }
                return
            }
            if let end = dates.scanDate(at: start) {
                consumed = end
                return
            }
            // A period reference closing a longer word (回顾过去的五年 as one token); one that stops
            // inside the word is a chance of letters (项目前期 holds no 目前).
            if token.kind == .word, token.scalarOffsets.count > 2 {
                for position in (start + 1)..<(token.scalarOffsets.upperBound - 1)
                where DateScanner.periodWordFirstScalars.contains(scalars[position]) {
                    if let end = dates.scanPeriodReference(
                        at: position, insideWord: true, endingAt: token.scalarOffsets.upperBound)
                    {
                        consumed = end
                        return
                    }
                }
            }
            // Rule `qualifier-in-word`: 近三成 as one word of the lexicon: the figure starts at its numeral.
            if token.kind == .word, let numeral = Self.numeralAfterQualifier(token, scalars) {
                if let end = figures.scanFigure(at: numeral) { consumed = end }
                return
            }
            if let end = Self.scanWordAmount(&figures, at: start, scalars) {
                consumed = end
                return
            }
            guard mayStartFigure(token, scalars, normalized.text, figures) else { return }
            if let end = figures.scanFigure(at: start) { consumed = end }
        }
        figures.dropQuotedNames()
        figures.dropRateBases()
        dates.resolve()
        return (figures, dates)
    }

    /// The scanners' findings, mapped to the original text.
    func figures(_ figureScanner: FigureScanner, _ dateScanner: DateScanner, _ mapper: OffsetMapper) -> Figures {
        var result = Figures()
        result.quantities = figureScanner.quantities.map { item in
            var item = item
            (item.text, item.range, item.scalarOffsets) = mapper.original(item.scalarOffsets)
            return item
        }
        result.percentages = figureScanner.percentages.map { item in
            var item = item
            (item.text, item.range, item.scalarOffsets) = mapper.original(item.scalarOffsets)
            return item
        }
        result.dates = dateScanner.dates.map { item in
            var item = item
            (item.text, item.range, item.scalarOffsets) = mapper.original(item.scalarOffsets)
            return item
        }
        return result
    }

    /// Where the year starts after a note's number at the start of a line (⏎20.2026年: at 2026), or nil.
    static func noteYearStart(_ scalars: UnsafeBufferPointer<UInt32>, at start: Int) -> Int? {
        guard start == 0 || scalars[start - 1] == 0x0A else { return nil }
        var point = start
        while point < scalars.count, point - start < 3, Numeral.isASCIIDigit(scalars[point]) { point += 1 }
        guard point > start, point - start <= 2, scalars.scalar(at: point) == 0x2E else { return nil }
        let yearStart = point + 1
        guard let year = Numeral.arabic(scalars, from: yearStart), year.end - yearStart == 4,
            scalars.scalar(at: year.end) == Scalar.年, let value = year.value.intValue, (1900...2100).contains(value)
        else { return nil }
        return yearStart
    }

    /// The currency a bare 元 means: 港元 in a Hong Kong document, 新台币 in a Taiwan one, else 人民币.
    static func localCurrency(_ scalars: UnsafeBufferPointer<UInt32>) -> MeasureUnit {
        var counts: [MeasureUnit: Int] = [:]
        for index in 0..<scalars.count where UnitTable.currencyPrefixFirsts.contains(scalars[index]) {
            for (word, unit) in UnitTable.currencyPrefixes where scalars.matches(word, at: index) {
                counts[unit, default: 0] += 1
            }
        }
        let best = counts.max { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }
        return best?.key ?? .cny
    }

    /// Where a Han numeral starts right after a qualifier that opens the word `token` (近三成: at 三), or nil.
    static func numeralAfterQualifier(_ token: Token, _ scalars: UnsafeBufferPointer<UInt32>) -> Int? {
        let start = token.scalarOffsets.lowerBound
        guard Qualifiers.beforeFirstScalars.contains(scalars[start]) else { return nil }
        for word in Qualifiers.before where scalars.matches(word.keyword, at: start) {
            let numeral = start + word.keyword.scalars.count
            guard numeral < token.scalarOffsets.upperBound, Numeral.isChineseNumeral(scalars[numeral]) else { continue }
            return numeral
        }
        return nil
    }

    /// Amounts written with words at `start`: 半年 (rule `half-length`) and 以千万计 (rule `counted-in`);
    /// the end, or nil.
    private static func scanWordAmount(
        _ figures: inout FigureScanner, at start: Int, _ scalars: UnsafeBufferPointer<UInt32>
    ) -> Int? {
        let first = scalars[start]
        if FigureWords.halfLengthFirsts.contains(first) { return figures.scanHalfLength(at: start) }
        guard start > 0, scalars[start - 1] == FigureWords.countedInOpen.scalars.last,
            Numeral.chineseSmallUnit(first) != nil || Numeral.largeUnitPower(first) != nil
        else { return nil }
        return figures.scanCountedIn(at: start)
    }

    /// Whether a figure may start at `token`: numbers, and numeral-initial words the lexicon tags
    /// as numerals (m, mq) or does not know, or that follow a qualifier (近百场: rule `qualified-numeral-word`).
    private func mayStartFigure(
        _ token: Token, _ scalars: UnsafeBufferPointer<UInt32>, _ text: String, _ figures: FigureScanner
    ) -> Bool {
        if token.kind == .number { return true }
        let first = scalars[token.scalarOffsets.lowerBound]
        // 万分之三, 十分之一: a fraction may start inside a word the lexicon knows (万分 "extremely").
        if Numeral.isChineseNumeral(first),
            scalars.matches(FigureWords.fractionOf, at: token.scalarOffsets.lowerBound + 1)
        {
            return true
        }
        let isRough = first == Qualifiers.head.scalar || first == Scalar.数 || first == Scalar.几
        guard Numeral.isChineseNumeral(first) || isRough else { return false }
        if isRough {  // 上 数 几 need a numeral unit next
            let next = token.scalarOffsets.lowerBound + 1
            guard next < scalars.count,
                Numeral.chineseSmallUnit(scalars[next]) != nil || Numeral.largeUnitPower(scalars[next]) != nil
            else { return false }
        }
        // A single character has many uses; only a longer word the lexicon knows can veto.
        guard token.scalarOffsets.count > 1, let tag = tokenizer.lexicon.tag(of: String(token.text(in: text))) else {
            return true
        }
        // Numerals (m, mq), measure words (q: 亿元), and fixed expressions of amount (l: 上千人).
        // Time words (t: 五年, 十年) count too; the date scanner has taken the dates already.
        if tag.hasPrefix("m") || tag == "q" || tag == "t" || (tag == "l" && !Numeral.isChineseNumeral(first)) {
            return true
        }
        // A qualifier that approximates says an amount comes: 近百场, 近亿人次 whatever the lexicon says.
        return figures.prefixQualifier(before: token.scalarOffsets.lowerBound)?.approximate ?? false
    }
}

/// Maps scalar ranges of normalized text to the original text's ranges, text and offsets.
struct OffsetMapper {
    let normalized: NormalizedText
    let original: OffsetIndex

    init(_ normalized: NormalizedText) {
        self.normalized = normalized
        original = OffsetIndex(normalized.original)
    }

    func original(_ range: Range<Int>) -> (String, Range<String.Index>, Range<Int>) {
        let scalars = normalized.originalScalarRange(of: range)
        let bounds = original.range(scalars)
        return (String(normalized.original[bounds]), bounds, scalars)
    }
}
