/// The figure grammar's steps from a candidate start to the number and its multipliers.
extension FigureScanner {
    /// A number being read: where the figure starts, the number, and what follows it so far.
    struct Reading {
        /// Where the figure starts (a sign before the number belongs to it).
        var start: Int
        /// Where the number starts.
        let index: Int
        var negative = false
        var qualifier: Qualifier?
        var number: (value: ExactDecimal, end: Int, arabic: Bool) = (ExactDecimal(0), 0, false)
        /// Read as an Arabic unit chain (3万2千5百元).
        var chained = false
        var chainHasMultiplier = false
        /// The approximating 余 or 多 read so far.
        var inner: String?
        /// The power of ten of the multipliers read.
        var power = 0
        /// Where reading has got to.
        var end = 0
    }

    /// What a step decided: the figure is done (its end, or nil for none), or the next step goes on.
    enum Step {
        case done(Int?)
        case next
    }

    mutating func scanSingleFigure(at index: Int) -> Int? {
        guard var reading = startReading(at: index), !rejectsNumeral(reading) else { return nil }
        // Rule `fraction`: 四分之一, 三分之二, 万分之三, 2/3.
        if let end = scanFraction(at: index, start: reading.start, qualifier: reading.qualifier) { return end }
        if let end = scanPercentPrefix(reading) { return end }
        if let approximate = scanApproximateNumeral(at: index, qualifier: reading.qualifier) { return approximate }
        if let bare = scanBareMultiplier(at: index, qualifier: reading.qualifier) { return bare }
        guard readNumber(&reading) else { return nil }
        if case .done(let end) = skipNonAmount(reading) { return end }
        // Chinese ranges of adjacent digits: 七八十人 (70–80), 三四百 (300–400).
        if !reading.number.arabic, let range = scanAdjacentDigits(at: index) {
            return scanUnit(
                Amount(
                    reading, end: range.end, value: nil, power: 0, number: nil, low: range.low, high: range.high,
                    approximate: (true, nil)))
        }
        readMultipliers(&reading)
        if case .done(let end) = scanNumberRange(reading) { return end }
        if case .done(let end) = scanPercentageRange(reading) { return end }
        if case .done(let end) = scanPercentUnit(reading) { return end }
        let value = reading.number.value.scaled(byPowerOfTen: reading.power)
        let number = reading.number
        var amount = Amount(
            reading, end: reading.end, value: value, power: reading.power, number: number.value,
            low: nil, high: nil, approximate: (reading.inner != nil, reading.inner))
        amount.isYearLike =
            number.arabic && number.value.isInteger && reading.power == 0
            && number.end - index == 4 && !reading.chained
        amount.isArticle =
            !number.arabic && number.value == ExactDecimal(1) && number.end == index + 1
            && reading.inner == nil
        amount.isChinese = !number.arabic
        amount.isBareMultiplier =
            !number.arabic && reading.power == 0
            && (index..<number.end).allSatisfy { position in
                Numeral.largeUnitPower(at(position)) != nil || (Numeral.chineseSmallUnit(at(position)) ?? 0) >= 100
            }
        // Rule `qualified-han-amount`: 过五百亿, 超三千万: a Han numeral holding 万 or 亿 after a qualifier that
        // approximates is an amount without a unit, as 突破万亿 is.
        amount.hasMultiplier =
            reading.chainHasMultiplier
            || (!number.arabic && (reading.qualifier?.approximate ?? false)
                && (index..<number.end).contains { Numeral.largeUnitPower(at($0)) != nil })
        amount.innerBeforeMultiplier = reading.power > 0 && reading.inner != nil
        return scanUnit(amount)
    }

    /// The start of a figure at `index`: its qualifier and sign; nil for an ordinal, a project name or
    /// a denominator (第三, ±800千伏, 每千人).
    private func startReading(at index: Int) -> Reading? {
        let before = at(index - 1)
        if before == Scalar.第 || before == Scalar.plusMinusSign || before == Scalar.每 { return nil }
        var reading = Reading(start: index, index: index)
        reading.qualifier = prefixQualifier(before: index)
        if let qualifierStart = reading.qualifier?.start, at(qualifierStart - 1) == Scalar.第 { return nil }
        if before == 0x2B, Numeral.isASCIIDigit(at(index)), !Numeral.isASCIIDigit(at(index - 2)) {
            reading.start = index - 1  // +6.2 %: the sign is part of the figure
        }
        if before == 0x2D || before == Scalar.minusSign, Numeral.isASCIIDigit(at(index)) {
            let letterOrDigit = at(index - 2)
            let lower = letterOrDigit | 0x20
            if !(Numeral.isASCIIDigit(letterOrDigit) || (letterOrDigit < 0x80 && lower >= 0x61 && lower <= 0x7A)) {
                reading.negative = true
                reading.start = index - 1
            }
        }
        // Rule `negative-sign`: 负2.7%, 负四十七, 负增长0.8% (the last is a decrease, not a sign).
        if before == Scalar.负, Numeral.isASCIIDigit(at(index)) || Numeral.isChineseNumeral(at(index)),
            !NonFigures.isWordEndingInFu(s, before: index)
        {
            reading.negative = true
            reading.start = index - 1
        }
        return reading
    }

    /// Numerals that are no figures by their words around them.
    private func rejectsNumeral(_ reading: Reading) -> Bool {
        let index = reading.index
        // Rule `non-figure-words`: 十分 (very), 三期工程 (phase III), 十二届七次 (a session).
        if NonFigures.matches(s, at: index) { return true }
        if isListLabel(at: index) { return true }
        // Rule `unit-name-after-measure-word`: 3个千亿元台阶 names a level, not an amount; but
        // 1.22万个亿元以上项目 counts projects of a size (亿元以上).
        guard at(index - 1) == Scalar.个, Numeral.chineseDigit(at(index)) == nil, Numeral.isChineseNumeral(at(index))
        else { return false }
        let unit = UnitTable.match(s, from: Numeral.multiplier(s, from: index).end)
        return !(unit.map { suffixQualifier(at: $0.end) != nil } ?? false)
    }

    /// Rule `list-label`: 稳增长、防风险、保民生三项基本任务 and “投什么、谁来投、怎么投、如何管”四个问题: a Han
    /// digit and a labelling classifier right after a list of that many items (、 between them) name the
    /// list; they count nothing new.
    private func isListLabel(at index: Int) -> Bool {
        let quoted = at(index - 1) == Scalar.rightDoubleQuotationMark
        // “巩固、增强、提升、畅通”八个字: the characters of the quoted words, whatever the list's length.
        if quoted, let number = Numeral.chinese(s, from: index),
            FigureWords.quotedCharacters.contains(where: { matches($0, at: number.end) })
        {
            return true
        }
        guard let count = Numeral.chineseDigit(at(index)), count > 1 else { return false }
        let labels = quoted ? FigureWords.quotedListLabels : FigureWords.listLabels
        guard quoted || isHan(at(index - 1)), labels.contains(where: { matches($0, at: index + 1) }) else {
            return false
        }
        var separators = 0
        var position = index - 1
        while position >= 0, index - position < 60, !Punctuation.clauseEnd.contains(at(position)) {
            if at(position) == Scalar.ideographicComma { separators += 1 }
            position -= 1
        }
        return separators == count - 1
    }

    /// Percent prefixes: 百分之百, 百分之六点二, 千分之三.
    private mutating func scanPercentPrefix(_ reading: Reading) -> Int? {
        let index = reading.index
        let whole = FigureWords.percentWhole
        if matches(whole, at: index) {
            return recordPercentage(
                reading.start, index + whole.scalars.count, value: ExactDecimal(100), unit: .percent,
                qualifier: reading.qualifier, from: index)
        }
        for (word, unit) in [(FigureWords.percentOf, Percentage.Unit.percent), (FigureWords.permilleOf, .permille)]
        where matches(word, at: index) {
            guard let number = Numeral.number(s, from: index + word.scalars.count) else { return nil }
            return recordPercentage(
                reading.start, number.end, value: number.value, unit: unit,
                qualifier: reading.qualifier, from: index)
        }
        return nil
    }

    /// Reads the number (an Arabic unit chain such as 3万2千5百 as one number); false when there is none.
    private func readNumber(_ reading: inout Reading) -> Bool {
        let index = reading.index
        guard let number = Numeral.number(s, from: index) else { return false }
        reading.number = number
        if number.arabic, number.value.isInteger, let chain = Numeral.arabicChain(s, from: index),
            chain.end > Numeral.multiplier(s, from: number.end).end
        {
            reading.number = (ExactDecimal(chain.value), chain.end, true)  // 3万2千5百元, 8千元, 1亿3千多万
            reading.chained = true
            reading.inner = chain.approximate
            reading.chainHasMultiplier = chain.hasLargeUnit
        }
        if reading.negative { reading.number.value = reading.number.value.negated }
        reading.end = reading.number.end
        return true
    }

    /// A fraction's rest, an Arabic a/b, or the base of an exchange rate: skipped, no figure.
    private func skipNonAmount(_ reading: Reading) -> Step {
        let end = reading.end
        // A fraction's rest (2/3 that `scanFraction` refused, 127.1部/百人 is a rate) is skipped whole.
        if matches(FigureWords.fractionOf, at: end) {
            let rest = end + FigureWords.fractionOf.scalars.count
            return .done(Numeral.number(s, from: rest)?.end ?? rest)
        }
        if reading.number.arabic, at(end) == 0x2F, Numeral.isASCIIDigit(at(end + 1)) {
            return .done(Numeral.arabic(s, from: end + 1)?.end)
        }
        // Rule `exchange-rate-base`: 1美元兑7.12元人民币: the base of a rate is no amount.
        if let unit = UnitTable.match(s, from: end), unit.entry.unit.isCurrency, at(unit.end) == Scalar.兑 {
            return .done(unit.end)
        }
        return .next
    }

    /// The approximating 余 or 多 at `index` read into `reading`, when there is one.
    private func readInner(_ reading: inout Reading, at index: Int) -> Bool {
        guard let text = Qualifiers.innerText(at(index)) else { return false }
        reading.inner = text
        return true
    }

    /// Reads 余/多 and the multipliers after the number (5万余, 十二点六万, 2.5万余亿, 1.4兆元).
    private func readMultipliers(_ reading: inout Reading) {
        let number = reading.number
        if reading.inner == nil, readInner(&reading, at: reading.end) { reading.end += 1 }
        // Rule `han-multiplier`: a multiplier after a Han decimal or an approximate Han numeral
        // (十二点六万元, 三十多万人); an integer Han numeral reads its own 万 and 亿.
        if !number.arabic, !number.value.isInteger || reading.inner != nil,
            Numeral.largeUnitPower(at(reading.end)) != nil
        {
            let multiplier = Numeral.multiplier(s, from: reading.end)
            reading.power = multiplier.power
            reading.end = multiplier.end
        }
        if number.arabic, !reading.chained { readArabicMultipliers(&reading) }
        if reading.inner == nil, reading.end > number.end, readInner(&reading, at: reading.end) { reading.end += 1 }
    }

    /// The multipliers after an Arabic number: 万, 亿, 2.5万余亿, and 兆 before 元 (Taiwan: 10^12).
    private func readArabicMultipliers(_ reading: inout Reading) {
        let multiplier = Numeral.multiplier(s, from: reading.end)
        reading.power = multiplier.power
        reading.end = multiplier.end
        // 2.5万余亿元: an approximating 余 or 多 between two multipliers.
        if reading.power > 0, reading.inner == nil, Qualifiers.innerText(at(reading.end)) != nil,
            Numeral.largeUnitPower(at(reading.end + 1)) != nil
        {
            _ = readInner(&reading, at: reading.end)
            let more = Numeral.multiplier(s, from: reading.end + 1)
            reading.power += more.power
            reading.end = more.end
        }
        // 1.4兆元 (Taiwan): 兆 is 10^12 before 元.
        if at(reading.end) == Scalar.兆, at(reading.end + 1) == Scalar.元 {
            reading.power += 12
            reading.end += 1
        }
    }

    /// Ranges: 3至5万元, 3—5万元, 1.4万至1.9万立方米; a range of percentages is left to its second one.
    private mutating func scanNumberRange(_ reading: Reading) -> Step {
        let number = reading.number
        guard let connectorEnd = RangeConnectors.figure.end(s, at: reading.end),
            let second = Numeral.number(s, from: connectorEnd), second.arabic == number.arabic
        else { return .next }
        var secondEnd = second.end
        var secondPower = 0
        if second.arabic {
            let multiplier = Numeral.multiplier(s, from: secondEnd)
            secondPower = multiplier.power
            secondEnd = multiplier.end
        }
        if at(secondEnd) == 0x25 || at(secondEnd) == Scalar.perMilleSign
            || matches(FigureWords.percentagePoints, at: secondEnd)
        {
            return .done(scanSharedPercentRange(reading, second: second, end: secondEnd, power: secondPower))
        }
        let firstPower = reading.power == 0 ? secondPower : reading.power
        guard let low = number.value.scaled(byPowerOfTen: firstPower),
            let high = second.value.scaled(byPowerOfTen: secondPower), low < high
        else { return .next }
        return .done(
            scanUnit(
                Amount(
                    reading, end: secondEnd, value: nil, power: 0, number: nil, low: low, high: high,
                    approximate: (reading.inner != nil, reading.inner))))
    }

    /// Rule `shared-percent-range`: 4.5-5%, 3—5个百分点: two numbers share the percent sign written after the second,
    /// one range as 6.5%－7% is (low 4.5, high 5); nil when they do not rise or a multiplier stands between.
    private mutating func scanSharedPercentRange(
        _ reading: Reading, second: (value: ExactDecimal, end: Int, arabic: Bool), end: Int, power: Int
    ) -> Int? {
        guard reading.power == 0, power == 0, reading.inner == nil, !reading.negative,
            reading.number.value < second.value
        else { return nil }
        let points = matches(FigureWords.percentagePoints, at: end)
        let unit: Percentage.Unit = points ? .percentagePoint : at(end) == 0x25 ? .percent : .permille
        let finish = recordPercentage(
            reading.start, end + (points ? FigureWords.percentagePoints.scalars.count : 1), value: second.value,
            unit: unit, qualifier: reading.qualifier, from: reading.index)
        percentages[percentages.count - 1].low = reading.number.value
        percentages[percentages.count - 1].high = second.value
        return finish
    }

    /// Rule `percentage-range`: 6.5%－7%, 6%—6.5%: one item, value null in records, low and high.
    private mutating func scanPercentageRange(_ reading: Reading) -> Step {
        let number = reading.number
        guard at(reading.end) == 0x25, reading.power == 0,
            let connectorEnd = RangeConnectors.figure.end(s, at: reading.end + 1),
            let second = Numeral.number(s, from: connectorEnd), second.arabic == number.arabic,
            at(second.end) == 0x25, number.value < second.value
        else { return .next }
        let finish = recordPercentage(
            reading.start, second.end + 1, value: second.value, unit: .percent,
            qualifier: reading.qualifier, from: reading.index)
        percentages[percentages.count - 1].low = number.value
        percentages[percentages.count - 1].high = second.value
        return .done(finish)
    }
}
