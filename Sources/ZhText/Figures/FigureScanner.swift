/// Finds quantities and percentages in folded, normalized scalars, starting at number tokens.
///
/// Offsets it records are scalar offsets of the scanned (normalized) text; ``FigureExtractor``
/// maps them back to the original. The grammar, at a candidate start:
///
///     [qualifier] number [余|多] [multiplier] [余|多] [range-connector number [multiplier]]
///         ( % | ‰ | 个百分点 | 成 | unit ) [左右|上下|以上|以下|以内]
///
/// and the percent prefixes 百分之/千分之 + number. What is not a figure is rejected by
/// context: an ordinal 第 before it, no unit after it (3号线), a Latin token (5G), 一 + measure
/// word (an article), fractions (三分之一), and words the lexicon knows as non-numerals.
struct FigureScanner {
    let s: UnsafeBufferPointer<UInt32>
    var quantities: [Quantity] = []
    var percentages: [Percentage] = []

    private static let placeholder = "".startIndex..<"".startIndex

    /// The currency of a bare 元 or 块 in this document.
    let localCurrency: MeasureUnit

    init(_ scalars: UnsafeBufferPointer<UInt32>, localCurrency: MeasureUnit = .cny) {
        s = scalars
        self.localCurrency = localCurrency
    }

    // MARK: Character helpers

    @inline(__always)
    private func at(_ index: Int) -> UInt32 { s.scalar(at: index) }

    @inline(__always)
    private func matches(_ word: Keyword, at index: Int) -> Bool { s.matches(word, at: index) }

    @inline(__always)
    private func matchesBackward(_ word: Keyword, endingAt end: Int) -> Bool {
        matches(word, at: end - word.scalars.count)
    }

    @inline(__always)
    private func isHan(_ scalar: UInt32) -> Bool { scalar >= 0x3400 && scalar < 0xA000 }

    // MARK: Qualifiers

    private static let approximatePrefixes: [Keyword] = ["突破", "约", "近", "超过", "超", "逾", "大约", "不到", "接近", "高于"]
    private static let boundPrefixes: [Keyword] = ["不超过", "不少于", "不低于", "不高于", "最多", "至少"]
    private static let approximateSuffixes: [Keyword] = ["左右", "上下", "以上"]
    private static let boundSuffixes: [Keyword] = ["以下", "以内"]

    /// A qualifier ending right before `index`: its text, whether it approximates, and its start.
    private func prefixQualifier(before index: Int) -> (text: String, approximate: Bool, start: Int)? {
        for word in Self.boundPrefixes where matchesBackward(word, endingAt: index) {
            return (word.text, false, index - word.scalars.count)
        }
        for word in Self.approximatePrefixes where matchesBackward(word, endingAt: index) {
            // 近 in 近三年 means "the last", not "nearly".
            if word.text == "近", Numeral.chineseDigit(at(index)) != nil || Numeral.isASCIIDigit(at(index)) {
                if let end = Numeral.number(s, from: index)?.end, at(end) == 0x5E74 { return nil }
            }
            return (word.text, true, index - word.scalars.count)
        }
        return nil
    }

    private func suffixQualifier(at index: Int) -> (text: String, approximate: Bool, end: Int)? {
        for word in Self.approximateSuffixes where matches(word, at: index) {
            return (word.text, true, index + word.scalars.count)
        }
        for word in Self.boundSuffixes where matches(word, at: index) {
            return (word.text, false, index + word.scalars.count)
        }
        return nil
    }

    // MARK: Changes

    private static let increaseWords: [Keyword] = ["增长", "提高", "上升", "增加", "上涨", "增速", "增幅", "回升", "扩大", "提升"]
    private static let decreaseWords: [Keyword] = ["下降", "减少", "降低", "回落", "下跌", "收窄", "缩小", "降幅"]

    /// The change a percentage at `index` describes: the nearest change word before it in the clause.
    private func change(before index: Int) -> ChangeDirection? {
        // 上升0.5个百分点至5.8%: the figure it went to is a level.
        if followedByTarget(index - 1) { return nil }
        var position = index
        let limit = max(0, index - 24)
        while position > limit {
            let scalar = at(position - 1)
            // A clause ends at these; 、 does not end it (增长9.1%、7.6%).
            if scalar == 0xFF0C || scalar == 0x2C || scalar == 0x3002 || scalar == 0xFF1B || scalar == 0x3B
                || scalar == 0xFF1A || scalar == 0x3A || scalar == 0x0A || scalar == 0x21 || scalar == 0x3F
            {
                return nil
            }
            // 增加值, 自然增长率, 增长点, 经济增长的贡献率: the word is part of a noun, not a change.
            let partOfNoun = at(position) == 0x503C || at(position) == 0x7387 || at(position) == 0x70B9 || at(position) == 0x7684
            for word in Self.increaseWords where !partOfNoun && matchesBackward(word, endingAt: position) {
                // 负增长0.8%: a negative growth is a decrease.
                if at(position - word.scalars.count - 1) == 0x8D1F { return .decrease }
                return followedByTarget(position) ? nil : .increase
            }
            for word in Self.decreaseWords where !partOfNoun && matchesBackward(word, endingAt: position) {
                return followedByTarget(position) ? nil : .decrease
            }
            position -= 1
        }
        return nil
    }

    /// 提高到 / 提高至: the figure that follows is a level, not a change.
    private func followedByTarget(_ index: Int) -> Bool {
        at(index) == 0x5230 || at(index) == 0x81F3
    }

    // MARK: Scanning

    /// Tries a figure at `index`; returns the index past it, or nil when there is none.
    ///
    /// Two quantities with the same unit joined by a range connector (540亿元至560亿元) become
    /// one range.
    mutating func scanFigure(at index: Int) -> Int? {
        let before = quantities.count
        guard let end = scanSingleFigure(at: index) else { return nil }
        // 由5万人增至8万人 and 增加7.3万人至367.2万人 are changes, not ranges.
        let clause = max(0, index - 4)..<index
        let isChange = clause.contains { [0x7531, 0x4ECE].contains(at($0)) }
            || (Self.increaseWords + Self.decreaseWords).contains { word in clause.contains { matches(word, at: $0) } }
        guard !isChange, quantities.count == before + 1, let first = quantities.last, first.value != nil, first.unit != nil,
            first.scalarOffsets.upperBound == end || at(first.scalarOffsets.upperBound) != 0,
            let connectorEnd = rangeConnector(at: first.scalarOffsets.upperBound),
            Numeral.isASCIIDigit(at(connectorEnd)) || Numeral.chineseDigit(at(connectorEnd)) != nil,
            let secondEnd = scanSingleFigure(at: connectorEnd)
        else { return end }
        if quantities.count == before + 2, let second = quantities.last, second.unit == first.unit,
            second.surfaceUnit == first.surfaceUnit, let low = first.value, let high = second.value, low < high
        {
            quantities.removeLast(2)
            var range = first
            range.scalarOffsets = first.scalarOffsets.lowerBound..<second.scalarOffsets.upperBound
            range.value = nil
            range.number = nil
            range.multiplier = nil
            range.low = low
            range.high = high
            range.approximate = first.approximate || second.approximate
            range.qualifier = first.qualifier ?? second.qualifier
            quantities.append(range)
        }
        return secondEnd
    }

    /// A number followed by a Latin unit inside one Latin token (10GWh, 300MW).
    mutating func scanLatinFigure(at index: Int, end: Int) -> Int? {
        guard let number = Numeral.arabic(s, from: index), number.end < end else { return nil }
        let form = String(String.UnicodeScalarView((number.end..<end).compactMap { Unicode.Scalar(s[$0]) }))
        guard let entry = UnitTable.latin[form], let value = number.value.scaled(byPowerOfTen: entry.power) else { return nil }
        quantities.append(Quantity(
            text: "", range: Self.placeholder, scalarOffsets: index..<end, value: value, unit: entry.surfaceOnly ? nil : entry.unit,
            number: number.value, multiplier: nil, surfaceUnit: entry.classifier == nil ? form : nil, classifier: entry.classifier,
            approximate: false, qualifier: nil, low: nil, high: nil))
        return end
    }

    /// An amount written the English way after a currency code: USD 18.6 billion, EUR 320 million,
    /// HKD 1,200. `index..<end` is the code's token.
    mutating func scanCurrencyAmount(at index: Int, end: Int) -> Int? {
        guard end - index == 3 else { return nil }
        let code = String(String.UnicodeScalarView(s[index..<end].compactMap(Unicode.Scalar.init)))
        guard let unit = code == "RMB" ? MeasureUnit.cny : MeasureUnit(rawValue: code), unit != .twd || code == "TWD" else { return nil }
        var position = end
        while at(position) == 0x20 || at(position) == 0xA0 { position += 1 }
        guard position - end <= 2, let number = Numeral.arabic(s, from: position) else { return nil }
        var scaleEnd = number.end
        var power = 0
        var cursor = number.end
        while at(cursor) == 0x20 || at(cursor) == 0xA0 { cursor += 1 }
        for (word, wordPower) in Self.englishScales where s.matches(word, at: cursor) && !isLatinLetter(at(cursor + word.scalars.count)) {
            power = wordPower
            scaleEnd = cursor + word.scalars.count
            break
        }
        guard let value = number.value.scaled(byPowerOfTen: power) else { return nil }
        quantities.append(Quantity(
            text: "", range: Self.placeholder, scalarOffsets: index..<scaleEnd, value: value, unit: unit,
            number: number.value, multiplier: power > 0 ? ExactDecimal(1).scaled(byPowerOfTen: power) : nil, surfaceUnit: code,
            classifier: nil, approximate: false, qualifier: nil, low: nil, high: nil))
        return scaleEnd
    }

    private static let latinRates: [Keyword] = ["μg/m³", "μg/m3", "mg/m³", "mg/m3", "mg/L", "km/h"]

    private static let englishScales: [(Keyword, Int)] = [
        ("trillion", 12), ("billion", 9), ("million", 6), ("thousand", 3), ("bn", 9), ("mn", 6),
    ]

    private func isLatinLetter(_ scalar: UInt32) -> Bool { (0x41...0x5A).contains(scalar) || (0x61...0x7A).contains(scalar) }

    private mutating func scanSingleFigure(at index: Int) -> Int? {
        // Ordinals (第三, 第3.5期), project names (±800千伏) and denominators (每千人, 每百户).
        if at(index - 1) == 0x7B2C || at(index - 1) == 0xB1 || at(index - 1) == 0x6BCF { return nil }
        let qualifier = prefixQualifier(before: index)
        if let qualifierStart = qualifier?.start, at(qualifierStart - 1) == 0x7B2C { return nil }
        var start = index
        var negative = false
        if at(index - 1) == 0x2B, Numeral.isASCIIDigit(at(index)), !Numeral.isASCIIDigit(at(index - 2)) {
            start = index - 1  // +6.2 %: the sign is part of the figure
        }
        if at(index - 1) == 0x2D || at(index - 1) == 0x2212, Numeral.isASCIIDigit(at(index)) {
            let before = at(index - 2)
            if !(Numeral.isASCIIDigit(before) || (before < 0x80 && (before | 0x20) >= 0x61 && (before | 0x20) <= 0x7A)) {
                negative = true
                start = index - 1
            }
        }
        // Rule `negative-sign`: 负2.7%, 负四十七, 负增长0.8% (the last is a decrease, not a sign).
        if at(index - 1) == 0x8D1F, Numeral.isASCIIDigit(at(index)) || Numeral.isChineseNumeral(at(index)),
            !NonFigures.isWordEndingInFu(s, before: index)
        {
            negative = true
            start = index - 1
        }
        // Rule `non-figure-words`: 十分 (very), 三期工程 (phase III), 十二届七次 (a session).
        if NonFigures.matches(s, at: index) { return nil }
        // Rule `unit-name-after-measure-word`: 3个千亿元台阶 names a level, not an amount.
        if at(index - 1) == 0x4E2A, Numeral.chineseDigit(at(index)) == nil, Numeral.isChineseNumeral(at(index)),
            !(UnitTable.match(s, from: Numeral.multiplier(s, from: index).end).map { suffixQualifier(at: $0.end) != nil } ?? false)
        {
            return nil  // but 1.22万个亿元以上项目 counts projects of a size (亿元以上)
        }
        // Rule `fraction`: 四分之一, 三分之二, 万分之三, 2/3.
        if let end = scanFraction(at: index, start: start, qualifier: qualifier) { return end }
        // Percent prefixes: 百分之六点二, 千分之三.
        if matches(Keyword.percentAll, at: index) {
            return recordPercentage(start, index + 4, value: ExactDecimal(100), unit: .percent, qualifier: qualifier, from: index)
        }
        if matches(Keyword.percentOf, at: index) || matches(Keyword.permilleOf, at: index) {
            guard let number = Numeral.number(s, from: index + 3) else { return nil }
            let unit: Percentage.Unit = at(index) == 0x767E ? .percent : .permille
            return recordPercentage(start, number.end, value: number.value, unit: unit, qualifier: qualifier, from: index)
        }
        if let approximate = scanApproximateNumeral(at: index, qualifier: qualifier) { return approximate }
        if let bare = scanBareMultiplier(at: index, qualifier: qualifier) { return bare }
        guard var number = Numeral.number(s, from: index) else { return nil }
        var chained = false
        var chainInner: String?
        var chainHasMultiplier = false
        if number.arabic, number.value.isInteger, let chain = Numeral.arabicChain(s, from: index),
            chain.end > Numeral.multiplier(s, from: number.end).end
        {
            number = (ExactDecimal(chain.value), chain.end, true)  // 3万2千5百元, 8千元, 1亿3千多万
            chained = true
            chainInner = chain.approximate
            chainHasMultiplier = chain.hasLargeUnit
        }
        if negative { number.value = number.value.negated }
        var end = number.end
        // A fraction's rest (2/3 that `scanFraction` refused, 127.1部/百人 is a rate) is skipped whole.
        if matches(Keyword.fractionOf, at: end) {
            return Numeral.number(s, from: end + 2)?.end ?? end + 2
        }
        if number.arabic, at(end) == 0x2F, Numeral.isASCIIDigit(at(end + 1)) {
            return Numeral.arabic(s, from: end + 1)?.end
        }
        // Rule `exchange-rate-base`: 1美元兑7.12元人民币: the base of a rate is no amount.
        if let unit = UnitTable.match(s, from: end), unit.entry.unit.isCurrency, at(unit.end) == 0x5151 { return unit.end }
        // Chinese ranges of adjacent digits: 七八十人 (70–80), 三四百 (300–400).
        if !number.arabic, let range = scanAdjacentDigits(at: index) {
            return scanUnit(start: start, index: index, after: range.end, value: nil, power: 0, number: nil,
                            low: range.low, high: range.high, approximate: (true, nil), qualifier: qualifier)
        }
        var inner: String? = chainInner
        if inner == nil, at(end) == 0x4F59 || at(end) == 0x591A { inner = at(end) == 0x4F59 ? "余" : "多"; end += 1 }  // 余 多
        var power = 0
        // Rule `han-multiplier`: a multiplier after a Han decimal or an approximate Han numeral
        // (十二点六万元, 三十多万人); an integer Han numeral reads its own 万 and 亿.
        if !number.arabic, !number.value.isInteger || inner != nil, Numeral.largeUnitPower(at(end)) != nil {
            let multiplier = Numeral.multiplier(s, from: end)
            power = multiplier.power
            end = multiplier.end
        }
        if number.arabic, !chained {
            let multiplier = Numeral.multiplier(s, from: end)
            power = multiplier.power
            end = multiplier.end
            // 2.5万余亿元: an approximating 余 or 多 between two multipliers.
            if power > 0, inner == nil, at(end) == 0x4F59 || at(end) == 0x591A, Numeral.largeUnitPower(at(end + 1)) != nil {
                inner = at(end) == 0x4F59 ? "余" : "多"
                let more = Numeral.multiplier(s, from: end + 1)
                power += more.power
                end = more.end
            }
            // 1.4兆元 (Taiwan): 兆 is 10^12 before 元.
            if at(end) == 0x5146, at(end + 1) == 0x5143 {
                power += 12
                end += 1
            }
        }
        if inner == nil, at(end) == 0x4F59 || at(end) == 0x591A, end > number.end {
            inner = at(end) == 0x4F59 ? "余" : "多"
            end += 1
        }
        // Ranges: 3至5万元, 3—5万元, 1.4万至1.9万立方米.
        if let connectorEnd = rangeConnector(at: end), let second = Numeral.number(s, from: connectorEnd),
            second.arabic == number.arabic
        {
            var secondEnd = second.end
            var secondPower = 0
            if second.arabic {
                let multiplier = Numeral.multiplier(s, from: secondEnd)
                secondPower = multiplier.power
                secondEnd = multiplier.end
            }
            if at(secondEnd) == 0x25 || at(secondEnd) == 0x2030 || matches(Keyword.percentagePoints, at: secondEnd) {
                // 5—6%: the range's figure is the second percentage; the first is left alone.
                return nil
            }
            let firstPower = power == 0 ? secondPower : power
            if let low = number.value.scaled(byPowerOfTen: firstPower), let high = second.value.scaled(byPowerOfTen: secondPower),
                low < high
            {
                return scanUnit(start: start, index: index, after: secondEnd, value: nil, power: 0, number: nil,
                                low: low, high: high, approximate: (inner != nil, inner), qualifier: qualifier)
            }
        }
        // Rule `percentage-range`: 6.5%－7%, 6%—6.5%: one item, value null in records, low and high.
        if at(end) == 0x25, power == 0, let connectorEnd = rangeConnector(at: end + 1), let second = Numeral.number(s, from: connectorEnd),
            second.arabic == number.arabic, at(second.end) == 0x25, number.value < second.value
        {
            let finish = recordPercentage(start, second.end + 1, value: second.value, unit: .percent, qualifier: qualifier, from: index)
            percentages[percentages.count - 1].low = number.value
            percentages[percentages.count - 1].high = second.value
            return finish
        }
        // Percentages.
        if at(end) == 0x25 || (at(end) == 0x20 && at(end + 1) == 0x25 && number.arabic) {
            let percentEnd = at(end) == 0x25 ? end + 1 : end + 2
            return recordPercentage(start, percentEnd, value: number.value.scaled(byPowerOfTen: power) ?? number.value,
                                    unit: .percent, qualifier: qualifier, from: index)
        }
        if at(end) == 0x2030 {
            return recordPercentage(start, end + 1, value: number.value, unit: .permille, qualifier: qualifier, from: index)
        }
        if at(end) == 0x4E2A, let pointsEnd = sharedPercentagePoint(after: end + 1) {
            // 分别下降0.35个、0.6个百分点: the first figure shares the second's 百分点.
            _ = pointsEnd
            return recordPercentage(start, end + 1, value: number.value, unit: .percentagePoint, qualifier: qualifier, from: index)
        }
        for word in [Keyword.percentagePoints, Keyword.points] where matches(word, at: end) {
            return recordPercentage(start, end + word.scalars.count, value: number.value, unit: .percentagePoint,
                                    qualifier: qualifier, from: index)
        }
        // 三成, 七成以上, 两成左右, 一成半 (15%); not 成为, 成果, 成本.
        if at(end) == 0x6210, power == 0, inner == nil,
            !isHan(at(end + 1)) || [0x4EE5, 0x5DE6, 0x4E0A, 0x591A, 0x7684, 0x534A].contains(at(end + 1))
        {
            guard var value = number.value.scaled(byPowerOfTen: 1) else { return nil }
            var percentEnd = end + 1
            if at(percentEnd) == 0x534A, let tens = value.intValue {  // 一成半
                value = ExactDecimal(tens + 5)
                percentEnd += 1
            }
            return recordPercentage(start, percentEnd, value: value, unit: .percent, qualifier: qualifier, from: index)
        }
        let value = number.value.scaled(byPowerOfTen: power)
        let isArticle = !number.arabic && number.value == ExactDecimal(1) && number.end == index + 1 && inner == nil
        return scanUnit(start: start, index: index, after: end, value: value, power: power, number: number.value,
                        low: nil, high: nil, approximate: (inner != nil, inner), qualifier: qualifier,
                        isYearLike: number.arabic && number.value.isInteger && power == 0 && number.end - index == 4 && !chained,
                        isArticle: isArticle, isChinese: !number.arabic, hasMultiplier: chainHasMultiplier)
    }

    /// Rule `fraction`: 四分之一, 三分之二, 万分之三 (denominator 分之 numerator) and 2/3, recorded as a
    /// percentage of unit `fraction` with exact numerator and denominator; nil when there is none.
    /// 百分之 and 千分之 are percent and permille, read elsewhere.
    private mutating func scanFraction(
        at index: Int, start: Int, qualifier: (text: String, approximate: Bool, start: Int)?
    ) -> Int? {
        // A cheap look first: 分之 or / right after the numeral, so that most figures read nothing here.
        var run = index
        while run < s.count, run - index < 12, Numeral.isASCIIDigit(s[run]) || Numeral.isChineseNumeral(s[run]) { run += 1 }
        guard at(run) == 0x5206 || at(run) == 0x2F else { return nil }  // 分 /
        var denominator: Int
        var numeratorStart: Int
        if let power = Numeral.largeUnitPower(at(index)), matches(Keyword.fractionOf, at: index + 1) {
            denominator = power == 4 ? 10_000 : 100_000_000  // 万分之三
            numeratorStart = index + 3
        } else if matches(Keyword.percentOf, at: index) || matches(Keyword.permilleOf, at: index) {
            return nil
        } else if let number = Numeral.number(s, from: index), number.value.isInteger, let value = number.value.intValue,
            value > 0
        {
            if matches(Keyword.fractionOf, at: number.end) {
                denominator = value
                numeratorStart = number.end + 2
            } else if number.arabic, at(number.end) == 0x2F, !Numeral.isASCIIDigit(at(index - 1)), at(index - 1) != 0x2F,
                let second = Numeral.arabic(s, from: number.end + 1), second.value.isInteger, let bottom = second.value.intValue,
                value < bottom, bottom <= 20, at(second.end) != 0x2F, !Numeral.isASCIIDigit(at(second.end))
            {
                return recordFraction(start, second.end, numerator: value, denominator: bottom, qualifier: qualifier, from: index)  // 2/3
            } else {
                return nil
            }
        } else {
            return nil
        }
        guard let top = Numeral.number(s, from: numeratorStart), top.value.isInteger, let numerator = top.value.intValue,
            numerator > 0, denominator > 0
        else { return nil }
        return recordFraction(start, top.end, numerator: numerator, denominator: denominator, qualifier: qualifier, from: index)
    }

    private mutating func recordFraction(
        _ start: Int, _ end: Int, numerator: Int, denominator: Int,
        qualifier: (text: String, approximate: Bool, start: Int)?, from index: Int
    ) -> Int {
        let finish = recordPercentage(start, end, value: Self.quotient(numerator, denominator), unit: .fraction, qualifier: qualifier, from: index)
        percentages[percentages.count - 1].numerator = ExactDecimal(numerator)
        percentages[percentages.count - 1].denominator = ExactDecimal(denominator)
        return finish
    }

    /// numerator ÷ denominator by long division, cut after 12 decimal places when it does not end.
    static func quotient(_ numerator: Int, _ denominator: Int) -> ExactDecimal {
        var digits = String(numerator / denominator).utf8.map { $0 - UInt8(ascii: "0") }
        var remainder = numerator % denominator
        var exponent = 0
        while remainder != 0, exponent > -12 {
            remainder *= 10
            digits.append(UInt8(remainder / denominator))
            remainder %= denominator
            exponent -= 1
        }
        return ExactDecimal(digits: digits, exponent: exponent, negative: false) ?? ExactDecimal(0)
    }

    /// A multiplier standing for one of itself before a currency: 超亿元楼宇, 亿元以上项目, 近千万元.
    private mutating func scanBareMultiplier(
        at index: Int, qualifier: (text: String, approximate: Bool, start: Int)?
    ) -> Int? {
        guard Numeral.chineseDigit(at(index)) == nil else { return nil }
        let multiplier = Numeral.multiplier(s, from: index)
        var power = multiplier.power
        var end = multiplier.end
        if power == 0, let small = Numeral.chineseSmallUnit(at(index)), let large = Numeral.largeUnitPower(at(index + 1)) {
            power = (small == 10 ? 1 : small == 100 ? 2 : 3) + large
            end = index + 2
        }
        guard power > 0, let unit = UnitTable.match(s, from: end), unit.entry.unit.isCurrency,
            qualifier != nil || suffixQualifier(at: unit.end) != nil,
            let value = ExactDecimal(1).scaled(byPowerOfTen: power)
        else { return nil }
        return scanUnit(start: index, index: index, after: end, value: value, power: power, number: ExactDecimal(1),
                        low: nil, high: nil, approximate: (false, nil), qualifier: qualifier)
    }

    /// After `0.8个`, a list separator and more figures ending in 个百分点: the end of 百分点, or nil.
    private func sharedPercentagePoint(after index: Int) -> Int? {
        guard [0x3001, 0x548C, 0x4E0E, 0x53CA, 0x2C].contains(at(index)) else { return nil }
        var position = index + 1
        while position < s.count, position - index < 24 {
            let scalar = at(position)
            if matches(Keyword.percentagePoints, at: position) { return position + 4 }
            guard Numeral.isASCIIDigit(scalar) || scalar == 0x2E || scalar == 0x4E2A || scalar == 0x3001 || scalar == 0x548C
                || Numeral.chineseDigit(scalar) != nil
            else { return nil }
            position += 1
        }
        return nil
    }

    /// 至 到 — – - ~ ～ between two numbers.
    private func rangeConnector(at index: Int) -> Int? {
        switch at(index) {
        case 0x81F3, 0x5230, 0x2014, 0x2013, 0x2D, 0x7E, 0xFF5E, 0x301C:
            return at(index) == 0x2014 && at(index + 1) == 0x2014 ? index + 2 : index + 1
        default:
            return nil
        }
    }

    /// 七八十 / 三四百 / 七八: two adjacent rising digits, optionally followed by a unit character.
    private func scanAdjacentDigits(at index: Int) -> (low: ExactDecimal, high: ExactDecimal, end: Int)? {
        guard let first = Numeral.chineseDigit(at(index)), let second = Numeral.chineseDigit(at(index + 1)),
            first > 0, second == first + 1
        else { return nil }
        var scale = 1
        var end = index + 2
        if let unit = Numeral.chineseSmallUnit(at(end)) {
            scale = unit
            end += 1
        }
        if let power = Numeral.largeUnitPower(at(end)) {
            for _ in 0..<power { scale *= 10 }
            end += 1
        }
        return (ExactDecimal(first * scale), ExactDecimal(second * scale), end)
    }

    /// 十几, 二十几 (11–19, 21–29), 几十/几百/几千/几万, 数十/数百/数千/数万, 上百/上千/上万.
    private mutating func scanApproximateNumeral(
        at index: Int, qualifier: (text: String, approximate: Bool, start: Int)?
    ) -> Int? {
        let first = at(index)
        if first == 0x51E0 || first == 0x6570 {  // 几 数
            guard let unit = Numeral.chineseSmallUnit(at(index + 1)) ?? Numeral.largeUnitPower(at(index + 1)).map({ power in
                var value = 1
                for _ in 0..<power { value *= 10 }
                return value
            }) else { return nil }
            var scale = unit
            var end = index + 2
            if let power = Numeral.largeUnitPower(at(end)), unit < 10_000 {
                for _ in 0..<power { scale *= 10 }
                end += 1
            }
            return scanUnit(start: index, index: index, after: end, value: nil, power: 0, number: nil,
                            low: ExactDecimal(2 * scale), high: ExactDecimal(9 * scale),
                            approximate: (true, nil), qualifier: qualifier)
        }
        if first == 0x4E0A {  // 上百, 上千, 上万, 上千万
            var power = 0
            var end = index + 1
            if let unit = Numeral.chineseSmallUnit(at(end)) {
                power = unit == 10 ? 1 : unit == 100 ? 2 : 3
                end += 1
            }
            if let large = Numeral.largeUnitPower(at(end)) {
                power += large
                end += 1
            }
            guard power > 0, let value = ExactDecimal(1).scaled(byPowerOfTen: power) else { return nil }
            return scanUnit(start: index, index: index, after: end, value: value, power: 0, number: value,
                            low: nil, high: nil, approximate: (true, "上"), qualifier: nil)
        }
        // 十几 / 二十几: the tens are known, the units are not.
        if let number = Numeral.chinese(s, from: index), at(number.end) == 0x51E0, let tens = number.value.intValue,
            tens % 10 == 0, tens >= 10, tens < 100
        {
            return scanUnit(start: index, index: index, after: number.end + 1, value: nil, power: 0, number: nil,
                            low: ExactDecimal(tens + 1), high: ExactDecimal(tens + 9),
                            approximate: (true, nil), qualifier: qualifier)
        }
        return nil
    }

    /// Reads the unit after a number and records the quantity; nil when no unit makes it a figure.
    private mutating func scanUnit(
        start: Int, index: Int, after end: Int, value: ExactDecimal?, power: Int, number: ExactDecimal?,
        low: ExactDecimal?, high: ExactDecimal?, approximate: (Bool, String?),
        qualifier: (text: String, approximate: Bool, start: Int)?, isYearLike: Bool = false,
        isArticle: Bool = false, isChinese: Bool = false, hasMultiplier: Bool = false
    ) -> Int? {
        var end = end
        var approximateFlag = approximate.0 || (qualifier?.approximate ?? false)
        var qualifierText = qualifier?.text ?? approximate.1
        if let rate = scanRate(at: end) {
            // A rate (28微克/立方米, 1.2万元/人) is one figure with its unit as written.
            quantities.append(Quantity(
                text: "", range: Self.placeholder, scalarOffsets: start..<rate.end, value: value, unit: nil,
                number: number, multiplier: power > 0 ? ExactDecimal(1).scaled(byPowerOfTen: power) : nil,
                surfaceUnit: rate.form, classifier: nil, approximate: approximateFlag, qualifier: qualifierText,
                low: low, high: high))
            return rate.end
        }
        // A slogan that starts with a numeral: “四场攻坚战”, “两个率先”.
        if isChinese, at(start - 1) == 0x201C { return nil }
        // Rule `kilowatt-hour-degree`: 度 after 万 or 亿 counts electricity (3000亿度); alone it may be an angle or a temperature.
        if at(end) == 0x5EA6, power > 0, at(end + 1) != 0x7535, let value {
            quantities.append(Quantity(
                text: "", range: Self.placeholder, scalarOffsets: start..<(end + 1), value: value, unit: .kilowattHour,
                number: number, multiplier: ExactDecimal(1).scaled(byPowerOfTen: power), surfaceUnit: "度", classifier: nil,
                approximate: approximateFlag, qualifier: qualifierText, low: nil, high: nil))
            return suffixQualifier(at: end + 1)?.end ?? end + 1
        }
        guard let unit = UnitTable.match(s, from: end) else {
            // A bare cardinal: a table cell (whitespace on both sides), or a number with a
            // multiplier (参数规模700亿).
            // A signed number (负四十七, −1.6) is a figure as well.
            let signed = at(start) == 0x8D1F || at(start) == 0x2212
            guard let value, low == nil, isTableCell(start, end) || power > 0 || hasMultiplier || (signed && value < ExactDecimal.zero)
            else { return nil }
            quantities.append(Quantity(
                text: "", range: Self.placeholder, scalarOffsets: start..<end, value: value, unit: nil, number: number,
                multiplier: nil, surfaceUnit: nil, classifier: nil, approximate: hasMultiplier && approximateFlag,
                qualifier: hasMultiplier ? qualifierText : nil, low: nil, high: nil))
            return end
        }
        switch unit.form {
        case "年" where isYearLike, "年" where at(unit.end) == 0x4EE3:  // 2024年 is a date, 90年代 an era
            return nil
        case "年" where isChinese && end == index + 1 && (at(index) == 0x767E || at(index) == 0x5343):  // 百年, 千年
            return nil
        case _ where isChinese && end == index + 1 && at(index) == 0x96F6:  // 零部件, 零星: a lone 零 is a word
            return nil
        case "方" where isHan(at(unit.end)):  // 方面, 方案
            return nil
        case "名" where at(unit.end) == 0x5355:  // 名单
            return nil
        case "年" where at(unit.end) == 0x671F && !matches("期间", at: unit.end):  // 五年期以上贷款利率: a term's name
            return nil
        default:
            break
        }
        // 一 + measure word is an article (打造一批项目, 关键一年, 最后一公里), not a figure; but
        // 过去一年, 未来一年, 提前一年 and 一年来 are a duration.
        if isArticle {
            let isDuration = unit.form == "年"
                && (at(unit.end) == 0x6765 || Keyword.durationBefore.contains { matchesBackward($0, endingAt: start) })
            // Rule `one-with-measure-unit`: 一欧元, 近一公里, 一元钱 are amounts; only measure words make articles.
            if !isDuration && !unit.entry.unit.isMeasurement { return nil }
        }
        // Rule `years-as-predicate-noun`: 是极不平凡的五年。 and 新征程的第一个五年。 name a period, they measure nothing.
        if unit.form == "年", at(start - 1) == 0x7684 || at(start - 1) == 0x4E2A, [0x3002, 0xFF1B, 0xFF0C, 0x3001, 0xFF01].contains(at(unit.end)) { return nil }
        // Rule `anniversary-and-ratio`: 成立75周年 and 增长1.7倍 are not figures (Corpus/README.md).
        if unit.form == "年", at(end) == 0x5468 || at(unit.end - 1) == 0x5468 { return nil }
        // 3862.6亿吨公里, 1036.8亿人公里: a unit of transport work, kept as written without a canonical unit.
        if unit.form == "吨" || unit.form == "人", matches("公里", at: unit.end) {
            quantities.append(Quantity(
                text: "", range: Self.placeholder, scalarOffsets: start..<(unit.end + 2), value: value, unit: nil,
                number: number, multiplier: power > 0 ? ExactDecimal(1).scaled(byPowerOfTen: power) : nil,
                surfaceUnit: unit.form + "公里", classifier: nil, approximate: approximateFlag, qualifier: qualifierText,
                low: low, high: high))
            return unit.end + 2
        }
        // Rule `population`: 13亿人口 counts people, but 人口 is a noun, not the unit: the span ends before it.
        if unit.form == "人", at(unit.end) == 0x53E3 {
            quantities.append(Quantity(
                text: "", range: Self.placeholder, scalarOffsets: start..<(unit.end - 1), value: value, unit: .person,
                number: number, multiplier: power > 0 ? ExactDecimal(1).scaled(byPowerOfTen: power) : nil, surfaceUnit: nil,
                classifier: nil, approximate: approximateFlag, qualifier: qualifierText, low: low, high: high))
            return unit.end - 1
        }
        end = unit.end
        // A rank: 上升4位, 前移4位; 前十五位 is an ordinal.
        if unit.form == "位", at(start - 1) == 0x524D { return nil }
        var entry = unit.entry
        if unit.form == "位", [0x5347, 0x964D, 0x79FB, 0x8FDB, 0x9000].contains(at(start - 1)) {
            entry = UnitTable.Entry(unit: .count, power: 0, classifier: "位")
        }
        if at(end) == 0x591A, qualifierText == nil, unit.entry.unit == .year || unit.entry.unit == .month {  // 5年多
            approximateFlag = true
            qualifierText = "多"
            end += 1
        }
        if let suffix = suffixQualifier(at: end) {
            approximateFlag = approximateFlag || suffix.approximate
            qualifierText = qualifierText ?? suffix.text
            end = suffix.end
        }
        let multiplier: ExactDecimal? = power > 0 ? ExactDecimal(1).scaled(byPowerOfTen: power) : nil
        var canonical = unit.form == "元" ? localCurrency : entry.unit
        let spanStart = start
        // A currency written before the number (outside the span): 新臺幣1.4兆元, 人民币500元, 港币3000元.
        if unit.form == "元" {
            for (prefix, currency) in Keyword.currencyPrefixes where matchesBackward(prefix, endingAt: start) {
                canonical = currency
                break
            }
        }
        quantities.append(Quantity(
            text: "", range: Self.placeholder, scalarOffsets: spanStart..<unit.end,
            value: value.flatMap { $0.scaled(byPowerOfTen: unit.entry.power) },
            unit: entry.surfaceOnly ? nil : canonical, number: number, multiplier: multiplier, surfaceUnit: unit.form,
            classifier: entry.classifier, approximate: approximateFlag, qualifier: qualifierText,
            low: low.flatMap { $0.scaled(byPowerOfTen: unit.entry.power) },
            high: high.flatMap { $0.scaled(byPowerOfTen: unit.entry.power) }))
        return end
    }

    /// Units that only occur in rates, before a slash.
    private static let rateNumerators: Set<String> = ["微克", "毫克", "毫米", "元", "万元", "亿元", "千克", "公斤", "吨", "千瓦时", "人", "个"]

    /// A rate unit at `index`: a unit, `/` or 每, and a unit (微克/立方米, 元/平方米, 万元/人).
    private func scanRate(at index: Int) -> (form: String, end: Int)? {
        // Fast exit: a rate has / or 每 within its first five characters.
        guard (index..<min(index + 5, s.count)).contains(where: { s[$0] == 0x2F || s[$0] == 0x6BCF }) else { return nil }
        // Rates written the Latin way, maybe after a space: 26 μg/m³.
        let latinStart = at(index) == 0x20 ? index + 1 : index
        for form in Self.latinRates where s.matches(form, at: latinStart) {
            return (form.text, latinStart + form.scalars.count)
        }
        var slash = index
        var longest = 0
        for length in 1...4 where index + length <= s.count {
            let form = String(String.UnicodeScalarView((index..<(index + length)).compactMap { Unicode.Scalar(s[$0]) }))
            if Self.rateNumerators.contains(form) || UnitTable.entries[form] != nil { longest = length }
        }
        guard longest > 0 else { return nil }
        slash = index + longest
        guard at(slash) == 0x2F || at(slash) == 0x6BCF else { return nil }
        // 部/百人, 人/万人: a per-hundred or per-ten-thousand denominator.
        let denominatorStart = Numeral.chineseSmallUnit(at(slash + 1)) != nil || Numeral.largeUnitPower(at(slash + 1)) != nil
            ? slash + 2 : slash + 1
        guard let denominator = UnitTable.match(s, from: denominatorStart) ?? UnitTable.match(s, from: slash + 1) else { return nil }
        let form = String(String.UnicodeScalarView((index..<denominator.end).compactMap { Unicode.Scalar(s[$0]) }))
        return (form, denominator.end)
    }

    /// Whether a bare number stands alone between wide whitespace, as a table cell does.
    private func isTableCell(_ start: Int, _ end: Int) -> Bool {
        func isGap(_ index: Int, step: Int) -> Bool {
            let scalar = at(index)
            if index < 0 || index >= s.count || scalar == 0x0A || scalar == 0x09 { return true }
            return scalar == 0x20 && (at(index + step) == 0x20 || at(index + step) == 0x0A || at(index + step) == 0)
        }
        return isGap(start - 1, step: -1) && isGap(end, step: 1)
    }

    private mutating func recordPercentage(
        _ start: Int, _ end: Int, value: ExactDecimal, unit: Percentage.Unit,
        qualifier: (text: String, approximate: Bool, start: Int)?, from index: Int
    ) -> Int {
        var approximate = qualifier?.approximate ?? false
        var qualifierText = qualifier?.text
        var finish = end
        if let suffix = suffixQualifier(at: end) {
            approximate = approximate || suffix.approximate
            qualifierText = qualifierText ?? suffix.text
            finish = suffix.end
        }
        let changeStart = qualifier?.start ?? start
        percentages.append(Percentage(
            text: "", range: Self.placeholder, scalarOffsets: start..<end, value: value, unit: unit,
            approximate: approximate, qualifier: qualifierText, change: change(before: changeStart)))
        return finish
    }
}
