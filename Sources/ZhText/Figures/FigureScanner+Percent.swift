/// The figure grammar's percentages, permilles, percentage points, 成 and fractions.
extension FigureScanner {
    /// A percent sign, a permille sign, 个百分点 or 成 after the number: the percentage, or `.next`.
    mutating func scanPercentUnit(_ reading: Reading) -> Step {
        let (start, index, end, number) = (reading.start, reading.index, reading.end, reading.number)
        let qualifier = reading.qualifier
        if at(end) == 0x25 || (at(end) == 0x20 && at(end + 1) == 0x25 && number.arabic) {
            let percentEnd = at(end) == 0x25 ? end + 1 : end + 2
            return .done(
                recordPercentage(
                    start, percentEnd, value: number.value.scaled(byPowerOfTen: reading.power) ?? number.value,
                    unit: .percent, qualifier: qualifier, from: index))
        }
        if at(end) == Scalar.perMilleSign {
            return .done(
                recordPercentage(
                    start, end + 1, value: number.value, unit: .permille, qualifier: qualifier, from: index))
        }
        if at(end) == Scalar.个, sharedPercentagePoint(after: end + 1) != nil {
            // 分别下降0.35个、0.6个百分点: the first figure shares the second's 百分点.
            return .done(
                recordPercentage(
                    start, end + 1, value: number.value, unit: .percentagePoint, qualifier: qualifier, from: index))
        }
        // Rule `shared-unit-list`: 分别提高15、22个百分点: a bare number before a list separator shares the
        // percentage points the list ends with.
        if number.arabic, reading.power == 0, reading.inner == nil,
            isHan(at(start - 1)) || Punctuation.listInner.contains(at(start - 1)),
            sharedPercentagePoint(after: end) != nil
        {
            return .done(
                recordPercentage(
                    start, end, value: number.value, unit: .percentagePoint, qualifier: qualifier, from: index))
        }
        // Rule `space-before-unit`: 提高0.6 个百分点, as 6.2 %.
        let pointsStart = at(end) == 0x20 && number.arabic ? end + 1 : end
        for word in [FigureWords.percentagePoints, FigureWords.points] where matches(word, at: pointsStart) {
            return .done(
                recordPercentage(
                    start, pointsStart + word.scalars.count, value: number.value, unit: .percentagePoint,
                    qualifier: qualifier, from: index))
        }
        return scanTenths(reading)
    }

    /// The characters after 成 that leave it a percentage: 七成以上, 两成左右, 一成半 (not 成为, 成果, 成本).
    private static let tenthsFollowers: [UInt32] = [Scalar.以, Scalar.左, Scalar.上, Scalar.多, Scalar.的, Scalar.半]

    /// Rule `tenths`: 三成, 七成以上, 两成左右, 一成半 (15%); rule `qualified-tenths`: after a qualifier, 成 is
    /// tenths whatever follows (约7成出口增量, 近八成投向民生: 约, 近 say an amount comes, not a verb's 成).
    private mutating func scanTenths(_ reading: Reading) -> Step {
        let end = reading.end
        guard at(end) == Scalar.成, reading.power == 0, reading.inner == nil,
            !isHan(at(end + 1)) || Self.tenthsFollowers.contains(at(end + 1))
                || (reading.qualifier?.approximate ?? false)
        else { return .next }
        guard var value = reading.number.value.scaled(byPowerOfTen: 1) else { return .done(nil) }
        var percentEnd = end + 1
        if at(percentEnd) == Scalar.半, let tens = value.intValue {  // 一成半
            value = ExactDecimal(tens + 5)
            percentEnd += 1
        }
        return .done(
            recordPercentage(
                reading.start, percentEnd, value: value, unit: .percent, qualifier: reading.qualifier,
                from: reading.index))
    }

    /// After `0.8个`, a list separator and more figures ending in 个百分点: the end of 百分点, or nil.
    func sharedPercentagePoint(after index: Int) -> Int? {
        guard Punctuation.list.contains(at(index)) else { return nil }
        let points = FigureWords.percentagePoints
        var position = index + 1
        while position < s.count, position - index < 24 {
            let scalar = at(position)
            if matches(points, at: position) { return position + points.scalars.count }
            guard isDigit(scalar) || scalar == 0x2E || scalar == Scalar.个 || Punctuation.listInner.contains(scalar)
            else { return nil }
            position += 1
        }
        return nil
    }

    mutating func recordPercentage(
        _ start: Int, _ end: Int, value: ExactDecimal, unit: Percentage.Unit, qualifier: Qualifier?, from index: Int
    ) -> Int {
        // Rule `qualified-share`: 约占全国1/10.
        let shared = qualifier == nil ? shareQualifier(before: start) : nil
        var approximate = qualifier?.approximate ?? shared?.approximate ?? false
        var qualifierText = qualifier?.text ?? shared?.text
        var finish = end
        if let suffix = suffixQualifier(at: end) {
            approximate = approximate || suffix.approximate
            qualifierText = qualifierText ?? suffix.text
            finish = suffix.end
        }
        let changeStart = qualifier?.start ?? start
        // Rule `earlier-comparison`: 快于2024年1.8个百分点 is a change; rule `comparison-gap`: 增速高于全国2个百分点
        // is a gap, not a change.
        let earlier = unit == .percentagePoint ? changeAgainstEarlier(before: changeStart) : nil
        let isGap = earlier == nil && unit == .percentagePoint && comparedWithSubject(before: changeStart)
        let direction = isGap ? nil : earlier ?? change(before: changeStart) ?? change(closingClauseAt: finish)
        percentages.append(
            Percentage(
                text: "", range: Self.placeholder, scalarOffsets: start..<end, value: value, unit: unit,
                approximate: approximate, qualifier: qualifierText, change: direction))
        return finish
    }

    // MARK: Fractions

    /// Rule `fraction`: 四分之一, 三分之二, 万分之三 (denominator 分之 numerator) and 2/3.
    ///
    /// Recorded as a percentage of unit `fraction` with exact numerator and denominator; nil when
    /// there is none. 百分之 and 千分之 are percent and permille, read elsewhere.
    mutating func scanFraction(at index: Int, start: Int, qualifier: Qualifier?) -> Int? {
        // Rule `half-share`: 缩减一半, 超过一半人口, 一半以上: a share of one half (1/2); not 另一半.
        if let half = FigureWords.half.first(where: { matches($0, at: index) }) {
            guard !FigureWords.notHalf.contains(where: { matchesBackward($0, endingAt: index) }) else { return nil }
            return recordFraction(
                start, index + half.scalars.count, numerator: 1, denominator: 2, qualifier: qualifier, from: index)
        }
        // A cheap look first: 分之 or / right after the numeral, so that most figures read nothing here.
        var run = index
        while run < s.count, run - index < 12, Numeral.isASCIIDigit(s[run]) || Numeral.isChineseNumeral(s[run]) {
            run += 1
        }
        let fractionOf = FigureWords.fractionOf
        guard at(run) == fractionOf.scalars[0] || at(run) == 0x2F else { return nil }
        var denominator: Int
        var numeratorStart: Int
        if let power = Numeral.largeUnitPower(at(index)), matches(fractionOf, at: index + 1) {
            denominator = power == 4 ? 10_000 : 100_000_000  // 万分之三
            numeratorStart = index + 1 + fractionOf.scalars.count
        } else if matches(FigureWords.percentOf, at: index) || matches(FigureWords.permilleOf, at: index) {
            return nil
        } else if let number = Numeral.number(s, from: index), number.value.isInteger,
            let value = number.value.intValue,
            value > 0
        {
            guard matches(fractionOf, at: number.end) else {
                return scanSlashFraction(at: index, start: start, number: number, value: value, qualifier: qualifier)
            }
            denominator = value
            numeratorStart = number.end + fractionOf.scalars.count
        } else {
            return nil
        }
        guard let top = Numeral.number(s, from: numeratorStart), top.value.isInteger,
            let numerator = top.value.intValue,
            numerator > 0, denominator > 0
        else { return nil }
        return recordFraction(
            start, top.end, numerator: numerator, denominator: denominator, qualifier: qualifier,
            from: index)
    }

    /// 2/3: a small Arabic fraction (not a date such as 3/5/2024, nor a ratio of large numbers).
    private mutating func scanSlashFraction(
        at index: Int, start: Int, number: (value: ExactDecimal, end: Int, arabic: Bool), value: Int,
        qualifier: Qualifier?
    ) -> Int? {
        guard number.arabic, at(number.end) == 0x2F, !Numeral.isASCIIDigit(at(index - 1)), at(index - 1) != 0x2F,
            let second = Numeral.arabic(s, from: number.end + 1), second.value.isInteger,
            let bottom = second.value.intValue, value < bottom, bottom <= 20, at(second.end) != 0x2F,
            !Numeral.isASCIIDigit(at(second.end))
        else { return nil }
        return recordFraction(
            start, second.end, numerator: value, denominator: bottom, qualifier: qualifier, from: index)
    }

    private mutating func recordFraction(
        _ start: Int, _ end: Int, numerator: Int, denominator: Int, qualifier: Qualifier?, from index: Int
    ) -> Int {
        let finish = recordPercentage(
            start, end, value: Self.quotient(numerator, denominator), unit: .fraction,
            qualifier: qualifier, from: index)
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
}
