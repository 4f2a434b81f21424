/// The figure grammar's units: what follows a number, and when it makes a quantity.
extension FigureScanner {
    /// A number (or a range) waiting for its unit.
    struct Amount {
        var start: Int
        var index: Int
        /// Where the unit may start.
        var end: Int
        var value: ExactDecimal?
        var power: Int
        var number: ExactDecimal?
        var low: ExactDecimal?
        var high: ExactDecimal?
        var approximate: Bool
        var qualifierText: String?
        var isYearLike = false
        var isArticle = false
        var isChinese = false
        /// A Han numeral made of multipliers alone (千万, 百, 亿): 千万吨, 百万亩.
        var isBareMultiplier = false
        var hasMultiplier = false
        /// An approximating 余 or 多 before a multiplier (7600多万): kept on a figure with no unit.
        var innerBeforeMultiplier = false

        init(
            start: Int, index: Int, end: Int, value: ExactDecimal?, power: Int, number: ExactDecimal?,
            low: ExactDecimal?, high: ExactDecimal?, approximate: (Bool, String?), qualifier: Qualifier?
        ) {
            (self.start, self.index, self.end, self.value, self.power, self.number) = (
                start, index, end, value, power, number
            )
            (self.low, self.high) = (low, high)
            self.approximate = approximate.0 || (qualifier?.approximate ?? false)
            qualifierText = qualifier?.text ?? approximate.1
        }

        init(
            _ reading: Reading, end: Int, value: ExactDecimal?, power: Int, number: ExactDecimal?,
            low: ExactDecimal?, high: ExactDecimal?, approximate: (Bool, String?)
        ) {
            self.init(
                start: reading.start, index: reading.index, end: end, value: value, power: power, number: number,
                low: low, high: high, approximate: approximate, qualifier: reading.qualifier)
        }

        var multiplier: ExactDecimal? { power > 0 ? ExactDecimal(1).scaled(byPowerOfTen: power) : nil }
    }

    /// A unit matched after a number.
    typealias UnitMatch = (entry: UnitTable.Entry, form: String, end: Int)

    /// Reads the unit after a number and records the quantity; nil when no unit makes it a figure.
    mutating func scanUnit(_ amount: Amount) -> Int? {
        var amount = amount
        if let end = scanRateFigure(amount) { return end }
        // A slogan that starts with a numeral: “四场攻坚战”, “两个率先”.
        if amount.isChinese, at(amount.start - 1) == Scalar.leftDoubleQuotationMark { return nil }
        if let end = scanElectricityDegree(amount) { return end }
        if let end = scanMagnitude(amount) { return end }
        if let unitStart = spacedUnitStart(amount) { amount.end = unitStart }
        // Rule `latin-unit-after-multiplier`: 1.7万P, 50万kW, 3.2亿kWh.
        let latin = amount.power > 0 && isLatinLetter(at(amount.end)) ? UnitTable.matchLatin(s, from: amount.end) : nil
        guard let unit = latin ?? UnitTable.match(s, from: amount.end),
            unit.end > amount.end + 1 || !NonFigures.isUnitWord(s, at: amount.end)
        else { return scanBareCardinal(amount) }
        if rejects(unit, amount) || isQuotedName(unit, amount) { return nil }
        if unit.entry.digitsOnly, amount.isChinese || amount.isYearLike { return nil }
        if let end = scanUnitWithNoun(unit, amount) { return end }
        // Rule `rank`: 上升4位, 前移4位; 前十五位 is an ordinal.
        let isRank = isForm(unit, Scalar.位, from: amount.end)
        if isRank, at(amount.start - 1) == Scalar.前 { return nil }
        if isTopRank(unit, amount) { return nil }
        var entry = unit.entry
        if isRank, Self.rankVerbs.contains(at(amount.start - 1)) {
            entry = UnitTable.Entry(unit: .count, power: 0, classifier: unit.form)
        }
        var end = unit.end
        let isDuration = unit.entry.unit == .year || unit.entry.unit == .month
        if amount.qualifierText == nil, isDuration, let text = Qualifiers.innerText(at(end)), at(end) == Scalar.多 {
            amount.approximate = true  // 5年多
            amount.qualifierText = text
            end += 1
        }
        if let suffix = suffixQualifier(at: end) {
            amount.approximate = amount.approximate || suffix.approximate
            amount.qualifierText = amount.qualifierText ?? suffix.text
            end = suffix.end
        }
        let canonical = isForm(unit, Scalar.元, from: amount.end) ? currency(before: amount.start) : entry.unit
        quantities.append(
            Quantity(
                text: "", range: Self.placeholder, scalarOffsets: amount.start..<unit.end,
                value: amount.value.flatMap { $0.scaled(byPowerOfTen: unit.entry.power) },
                unit: entry.surfaceOnly ? nil : canonical, number: amount.number, multiplier: amount.multiplier,
                surfaceUnit: unit.form, classifier: entry.classifier, approximate: amount.approximate,
                qualifier: amount.qualifierText, low: amount.low.flatMap { $0.scaled(byPowerOfTen: unit.entry.power) },
                high: amount.high.flatMap { $0.scaled(byPowerOfTen: unit.entry.power) }))
        return end
    }

    /// A rate after the amount (28微克/立方米, 1.2万元/人): one figure with its unit as written, and the qualifier
    /// after it (下降到33微克/立方米左右); nil when no rate follows.
    private mutating func scanRateFigure(_ amount: Amount) -> Int? {
        guard let rate = scanRate(at: amount.end) else { return nil }
        var amount = amount
        let suffix = suffixQualifier(at: rate.end)
        amount.approximate = amount.approximate || (suffix?.approximate ?? false)
        amount.qualifierText = amount.qualifierText ?? suffix?.text
        append(amount, end: rate.end, unit: nil, surfaceUnit: rate.form)
        return suffix?.end ?? rate.end
    }

    /// The verbs before 4位 that make it a rank moved (上升4位, 下降, 前移, 前进, 后退).
    private static let rankVerbs: [UInt32] = [Scalar.升, Scalar.降, Scalar.移, Scalar.进, Scalar.退]

    /// Rule `space-before-unit`: where the unit starts after one space, or nil.
    ///
    /// One space between an Arabic number and a Han unit (认定事项149 项, 全省 100 个县); not after 第 (第 3 名),
    /// nor before 个百分点 (a percentage).
    private func spacedUnitStart(_ amount: Amount) -> Int? {
        let unitStart = amount.end + 1
        guard at(amount.end) == 0x20, !amount.isChinese, isHan(at(unitStart)),
            !(at(amount.start - 1) == 0x20 && at(amount.start - 2) == Scalar.第),
            !matches(FigureWords.percentagePoints, at: unitStart), !matches(FigureWords.points, at: unitStart),
            UnitTable.match(s, from: unitStart) != nil
        else { return nil }
        return unitStart
    }

    /// Whether the unit matched from `start` is the one character `scalar`.
    @inline(__always)
    func isForm(_ unit: UnitMatch, _ scalar: UInt32, from start: Int) -> Bool {
        unit.end == start + 1 && at(start) == scalar
    }

    /// Rule `currency-before-number`: the currency of a 元 ending a figure at `start`.
    ///
    /// One written before the number (新臺幣1.4兆元, 人民币500元, 港币3000元, outside the span),
    /// else the document's own.
    private func currency(before start: Int) -> MeasureUnit {
        for (prefix, currency) in UnitTable.currencyPrefixes where matchesBackward(prefix, endingAt: start) {
            return currency
        }
        return localCurrency
    }

    /// Appends a quantity for `amount` spanning to `end`, with the unit given.
    private mutating func append(_ amount: Amount, end: Int, unit: MeasureUnit?, surfaceUnit: String?) {
        quantities.append(
            Quantity(
                text: "", range: Self.placeholder, scalarOffsets: amount.start..<end, value: amount.value, unit: unit,
                number: amount.number, multiplier: amount.multiplier, surfaceUnit: surfaceUnit, classifier: nil,
                approximate: amount.approximate, qualifier: amount.qualifierText, low: amount.low, high: amount.high))
    }

    /// Rule `kilowatt-hour-degree`: 度 after 万 or 亿 counts electricity (3000亿度); alone it may be an
    /// angle or a temperature.
    private mutating func scanElectricityDegree(_ amount: Amount) -> Int? {
        let end = amount.end
        guard at(end) == Scalar.度, amount.power > 0, at(end + 1) != Scalar.电, amount.value != nil else { return nil }
        var kilowattHours = amount
        (kilowattHours.low, kilowattHours.high) = (nil, nil)
        let form = Unicode.Scalar(Scalar.度).map { String($0) }
        append(kilowattHours, end: end + 1, unit: .kilowattHour, surfaceUnit: form)
        return suffixQualifier(at: end + 1)?.end ?? end + 1
    }

    /// Rule `magnitude`: 6.4级地震, 5.0级以上地震: an earthquake's magnitude, a count of 级 (级 alone is a rank).
    private mutating func scanMagnitude(_ amount: Amount) -> Int? {
        let unit = FigureWords.magnitudeUnit
        guard amount.value != nil, amount.power == 0, matches(unit, at: amount.end) else { return nil }
        let unitEnd = amount.end + unit.scalars.count
        let suffix = suffixQualifier(at: unitEnd)
        guard matches(FigureWords.magnitudeNoun, at: suffix?.end ?? unitEnd) else { return nil }
        var magnitude = amount
        magnitude.approximate = amount.approximate || (suffix?.approximate ?? false)
        magnitude.qualifierText = amount.qualifierText ?? suffix?.text
        quantities.append(
            Quantity(
                text: "", range: Self.placeholder, scalarOffsets: amount.start..<unitEnd, value: amount.value,
                unit: .count, number: amount.number, multiplier: nil, surfaceUnit: unit.text, classifier: unit.text,
                approximate: magnitude.approximate, qualifier: magnitude.qualifierText, low: nil, high: nil))
        return suffix?.end ?? unitEnd
    }

    /// A bare cardinal: a table cell (whitespace on both sides), a number with a multiplier
    /// (参数规模700亿), or a signed number (负四十七, −1.6).
    private mutating func scanBareCardinal(_ amount: Amount) -> Int? {
        let signed = at(amount.start) == Scalar.负 || at(amount.start) == Scalar.minusSign
        guard let value = amount.value, amount.low == nil,
            (isTableCell(amount.start, amount.end) && !isNameSubscript(amount.start)) || amount.power > 0
                || amount.hasMultiplier
                || (signed && value < ExactDecimal.zero)
                || (!amount.isYearLike && isRatioValue(amount.start, end: amount.end))
        else { return nil }
        // Rule `inner-qualifier`: 7600多万 keeps its 多 as 1亿3千多万 does; rule `bare-qualifier`: so does a
        // number with a multiplier keep the qualifier before it (覆盖近30万儿童).
        let keepsQualifier = amount.hasMultiplier || amount.innerBeforeMultiplier || amount.power > 0
        var approximate = keepsQualifier && amount.approximate
        var qualifier = keepsQualifier ? amount.qualifierText : nil
        var end = amount.end
        // And the qualifier after it (再减少农村贫困人口1000万以上), outside the span as after a unit.
        if keepsQualifier, let suffix = suffixQualifier(at: amount.end) {
            approximate = approximate || suffix.approximate
            qualifier = qualifier ?? suffix.text
            end = suffix.end
        }
        let unit: MeasureUnit? = followsPeopleNoun(amount.start) ? .person : nil
        quantities.append(
            Quantity(
                text: "", range: Self.placeholder, scalarOffsets: amount.start..<amount.end, value: value, unit: unit,
                number: amount.number, multiplier: nil, surfaceUnit: nil, classifier: nil,
                approximate: approximate, qualifier: qualifier, low: nil, high: nil))
        return end
    }

    /// Units that make no figure here: 2024年 (a date), 90年代, 百年, a lone 零, 方面, 名单, 五年期,
    /// an article (一批), a period named (的五年。) and an anniversary (75周年).
    private func rejects(_ unit: UnitMatch, _ amount: Amount) -> Bool {
        let (start, index, end) = (amount.start, amount.index, amount.end)
        let isYear = isForm(unit, Scalar.年, from: end)
        let next = at(unit.end)
        if isYear, amount.isYearLike || next == Scalar.代 { return true }
        let loneNumeral = amount.isChinese && end == index + 1
        if isYear, loneNumeral, at(index) == Scalar.百 || at(index) == Scalar.千 { return true }
        if loneNumeral, at(index) == Scalar.零 { return true }  // 零部件, 零星: a lone 零 is a word
        // 方面, 方案; but 10亿方以上 is cubic metres.
        if isForm(unit, Scalar.方, from: end), isHan(next), suffixQualifier(at: unit.end) == nil { return true }
        // Rule `clock-time`: 07时41分 (a page's publication time) is a clock's minute, no amount.
        if isForm(unit, Scalar.分, from: end), at(start - 1) == Scalar.时, isDigit(at(start - 2)) { return true }
        if isForm(unit, Scalar.名, from: end), next == Scalar.单 { return true }  // 名单
        // 五年期以上贷款利率: a term's name.
        if isYear, next == Scalar.期, !matches(DateWords.spanEnd, at: unit.end) { return true }
        if amount.isArticle, isArticle(unit, amount) { return true }
        if namesClass(unit, amount) { return true }
        // Rule `years-as-predicate-noun`: 是极不平凡的五年。 and 新征程的第一个五年。 name a period.
        if isYear, at(start - 1) == Scalar.的 || at(start - 1) == Scalar.个, Punctuation.phraseEnd.contains(next) {
            return true
        }
        // Rule `anniversary-and-ratio`: 成立75周年 and 增长1.7倍 are not figures (Corpus/README.md).
        return isYear && (at(end) == Scalar.周 || at(unit.end - 1) == Scalar.周)
    }

    /// Rule `class-threshold`: multipliers alone with a unit of measure right before a noun (maybe after their
    /// bound), no qualifier before them, name a class or a programme (千万吨炼化基地, 千亩高产片, 百万亩造林工程,
    /// 百亿元以上产业链), not an amount (超千万吨, 千万吨以上。 and 千万吨。 are amounts; 千人参加 counts people).
    private func namesClass(_ unit: UnitMatch, _ amount: Amount) -> Bool {
        guard amount.isBareMultiplier, amount.qualifierText == nil, unit.entry.unit.isMeasurement else { return false }
        return isHan(at(suffixQualifier(at: unit.end)?.end ?? unit.end))
    }

    /// Rule `top-rank`: 前 + N名 is a rank (包揽前六名, 进入全国前10名), unless the 前 ends another word (目前100名).
    private func isTopRank(_ unit: UnitMatch, _ amount: Amount) -> Bool {
        isForm(unit, Scalar.名, from: amount.end) && at(amount.start - 1) == Scalar.前
            && !FigureWords.notTop.contains { matchesBackward($0, endingAt: amount.start) }
    }

    /// Rule `quoted-name`: a short name in quotes that ends in a Han numeral and its classifier (纺织服装“新九条”,
    /// “国十条”) names a package of measures; it counts nothing.
    private func isQuotedName(_ unit: UnitMatch, _ amount: Amount) -> Bool {
        guard at(unit.end) == Scalar.rightDoubleQuotationMark else { return false }
        // 稳增长“21条”: a figure alone in quotes with a package's classifier names the package.
        if at(amount.start - 1) == Scalar.leftDoubleQuotationMark, FigureWords.quotedPackages.contains(unit.form) {
            return true
        }
        guard amount.isChinese else { return false }
        var position = amount.start - 1
        while amount.start - position <= 3 {
            if at(position) == Scalar.leftDoubleQuotationMark { return true }
            guard isHan(at(position)) else { return false }
            position -= 1
        }
        return false
    }

    /// The most characters a quoted name holds before a figure in it and after it.
    private static let quoteReach = (before: 10, after: 14)

    /// Rule `quoted-name` (in a name's words): drops the figures that name something in quotes.
    ///
    /// A figure stands in a name when the short quote around it holds more than the figure
    /// (“15分钟社区生活圈”, “3个95%”, “三大支撑、八项重点”) or heads a name (“15分钟”就业服务圈,
    /// 稳经济“30条”和…): a name or slogan counts nothing. A quote that is the
    /// figure alone (降低“三分之一”。) keeps it; a quote holding clause punctuation is speech, not a name.
    mutating func dropQuotedNames() {
        let s = s
        quantities.removeAll { Self.isInQuotedName($0.scalarOffsets, s) }
        percentages.removeAll { Self.isInQuotedName($0.scalarOffsets, s) }
    }

    /// Whether the figure spanning `range` of `s` stands in a quoted name (see ``dropQuotedNames()``).
    private static func isInQuotedName(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        func at(_ index: Int) -> UInt32 { s.scalar(at: index) }
        var open = range.lowerBound - 1
        while at(open) != Scalar.leftDoubleQuotationMark {
            let scalar = at(open)
            guard range.lowerBound - open < Self.quoteReach.before, scalar != 0,
                scalar != Scalar.rightDoubleQuotationMark, !Punctuation.clauseEnd.contains(scalar)
            else { return false }
            open -= 1
        }
        var close = range.upperBound
        while at(close) != Scalar.rightDoubleQuotationMark {
            let scalar = at(close)
            guard close - range.upperBound < Self.quoteReach.after, scalar != 0,
                scalar != Scalar.leftDoubleQuotationMark, !Punctuation.clauseEnd.contains(scalar)
            else { return false }
            close += 1
        }
        let next = at(close + 1)
        let headsName = next >= Scalar.cjkUnifiedIdeograph3400 && next < Scalar.yiSyllableIt
        return open + 1 < range.lowerBound || range.upperBound < close || headsName
    }

    /// 一 + measure word is an article (打造一批项目, 关键一年, 最后一公里), not a figure; but 过去一年,
    /// 未来一年, 提前一年 and 一年来 are a duration.
    private func isArticle(_ unit: UnitMatch, _ amount: Amount) -> Bool {
        // Rule `one-year-length`: 一年内, 一年时间 take a year (duration-after), as 3年内 does.
        let isDuration =
            isForm(unit, Scalar.年, from: amount.end)
            && (at(unit.end) == Scalar.来
                || FigureWords.durationBefore.contains { matchesBackward($0, endingAt: amount.start) }
                || FigureWords.durationAfter.contains { matches($0, at: unit.end) })
        // Rule `one-with-measure-unit`: 一欧元, 近一公里, 一元钱 are amounts; only measure words make articles.
        return !isDuration && !unit.entry.unit.isMeasurement
    }

    /// Units followed by a noun: 3862.6亿吨公里 (rule `transport-work`, kept as written) and 13亿人口 (rule
    /// `population`: the span ends before 口).
    private mutating func scanUnitWithNoun(_ unit: UnitMatch, _ amount: Amount) -> Int? {
        let isPeople = isForm(unit, Scalar.人, from: amount.end)
        let work = FigureWords.transportWork
        if isPeople || isForm(unit, Scalar.吨, from: amount.end), matches(work, at: unit.end) {
            let end = unit.end + work.scalars.count
            append(amount, end: end, unit: nil, surfaceUnit: unit.form + work.text)
            return end
        }
        if isPeople, at(unit.end) == Scalar.口 {
            append(amount, end: unit.end - 1, unit: .person, surfaceUnit: nil)
            return unit.end - 1
        }
        return nil
    }

    /// Rule `rate-unit`: a rate unit at `index`: a unit, `/` or 每, and a unit (微克/立方米, 元/平方米, 万元/人)
    /// or a time (元/月, 万吨/日: rule `rate-per-time`).
    func scanRate(at index: Int) -> (form: String, end: Int)? {
        // Fast exit: a rate has / or 每 within its first five characters.
        guard (index..<min(index + 5, s.count)).contains(where: { isPer(s[$0]) }) else { return nil }
        // Rates written the Latin way, maybe after a space: 26 μg/m³.
        let latinStart = at(index) == 0x20 ? index + 1 : index
        for form in UnitTable.latinRates where s.matches(form, at: latinStart) {
            return (form.text, latinStart + form.scalars.count)
        }
        var longest = 0
        for length in 1...4 where index + length <= s.count {
            let form = String(String.UnicodeScalarView((index..<(index + length)).compactMap { Unicode.Scalar(s[$0]) }))
            if UnitTable.rateNumerators.contains(form) || UnitTable.entries[form] != nil { longest = length }
        }
        guard longest > 0 else { return nil }
        let slash = index + longest
        guard isPer(at(slash)) else { return nil }
        // 部/百人, 人/万人, 人/百亿元, 人/10万人: a denominator with its numeral (rule `rate-base`).
        var denominatorStart = slash + 1
        while denominatorStart - slash <= Self.denominatorNumeralReach, isDenominatorNumeral(at(denominatorStart)) {
            denominatorStart += 1
        }
        // A time as the denominator (元/月, 吨/日) is read only here: alone it is no unit.
        let denominatorEnd =
            (UnitTable.match(s, from: denominatorStart) ?? UnitTable.match(s, from: slash + 1))?.end
            ?? UnitTable.rateDenominators.first { matches($0, at: slash + 1) }.map { slash + 1 + $0.scalars.count }
        guard let denominatorEnd else { return nil }
        let form = String(String.UnicodeScalarView((index..<denominatorEnd).compactMap { Unicode.Scalar(s[$0]) }))
        return (form, denominatorEnd)
    }

    /// `/` or 每.
    @inline(__always)
    private func isPer(_ scalar: UInt32) -> Bool { scalar == 0x2F || scalar == Scalar.每 }

    /// The most characters a rate's denominator numeral takes (10万, 百亿).
    private static let denominatorNumeralReach = 4

    /// A character of a denominator's numeral: a digit, a point, or a numeral unit (百 千 万 亿).
    private func isDenominatorNumeral(_ scalar: UInt32) -> Bool {
        isDigit(scalar) || scalar == 0x2E || Numeral.chineseSmallUnit(scalar) != nil
            || Numeral.largeUnitPower(scalar) != nil
    }

    /// Rule `name-subscript`: PM⏎2.5⏎ in a web page's text: a number alone on its line right after a line
    /// that ends in a Latin letter is the subscript of a name (PM2.5), no table cell.
    private func isNameSubscript(_ start: Int) -> Bool {
        guard at(start - 1) == 0x0A else { return false }
        let letter = at(start - 2) | 0x20
        return at(start - 2) < 0x80 && letter >= 0x61 && letter <= 0x7A
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

    // MARK: Approximate numerals

    /// Rule `approximate-numeral`: 十几, 二十几 (11–19, 21–29), 几十/几百/几千/几万, 数十/数百,
    /// 上百/上千/上万.
    mutating func scanApproximateNumeral(at index: Int, qualifier: Qualifier?) -> Int? {
        let first = at(index)
        if first == Scalar.几 || first == Scalar.数 { return scanSeveral(at: index, qualifier: qualifier) }
        if first == Qualifiers.head.scalar { return scanUpTo(at: index) }
        // 十几 / 二十几: the tens are known, the units are not.
        guard let number = Numeral.chinese(s, from: index), at(number.end) == Scalar.几,
            let tens = number.value.intValue, tens % 10 == 0, tens >= 10, tens < 100
        else { return nil }
        return scanUnit(
            Amount(
                start: index, index: index, end: number.end + 1, value: nil, power: 0, number: nil,
                low: ExactDecimal(tens + 1), high: ExactDecimal(tens + 9), approximate: (true, nil),
                qualifier: qualifier))
    }

    /// 几十, 数百, 几万, 数十万: from two to nine of the unit.
    private mutating func scanSeveral(at index: Int, qualifier: Qualifier?) -> Int? {
        let large = Numeral.largeUnitPower(at(index + 1)).map { power in
            (0..<power).reduce(1) { value, _ in value * 10 }
        }
        guard let unit = Numeral.chineseSmallUnit(at(index + 1)) ?? large else { return nil }
        var scale = unit
        var end = index + 2
        if let power = Numeral.largeUnitPower(at(end)), unit < 10_000 {
            for _ in 0..<power { scale *= 10 }
            end += 1
        }
        return scanUnit(
            Amount(
                start: index, index: index, end: end, value: nil, power: 0, number: nil,
                low: ExactDecimal(2 * scale), high: ExactDecimal(9 * scale), approximate: (true, nil),
                qualifier: qualifier))
    }

    /// 上百, 上千, 上万, 上千万: about that many.
    private mutating func scanUpTo(at index: Int) -> Int? {
        var power = 0
        var end = index + 1
        if let unit = Numeral.chineseSmallUnit(at(end)) {
            power = unit == 10 ? 1 : unit == 100 ? 2 : 3
            end += 1
        }
        // 上万亿元: the multipliers chain (10^12), 上 does not stop at 万.
        while let large = Numeral.largeUnitPower(at(end)), end - index <= 3 {
            power += large
            end += 1
        }
        guard power > 0, let value = ExactDecimal(1).scaled(byPowerOfTen: power) else { return nil }
        if let unitEnd = scanUnit(
            Amount(
                start: index, index: index, end: end, value: value, power: 0, number: value, low: nil, high: nil,
                approximate: (true, Qualifiers.head.text), qualifier: nil))
        {
            return unitEnd
        }
        // Rule `rough-bare-multiplier`: 上亿市场主体: no unit, the multiplier alone is the figure, 上 its qualifier.
        guard power >= 4 else { return nil }
        quantities.append(
            Quantity(
                text: "", range: Self.placeholder, scalarOffsets: (index + 1)..<end, value: value, unit: nil,
                number: value, multiplier: nil, surfaceUnit: nil, classifier: nil, approximate: true,
                qualifier: Qualifiers.head.text, low: nil, high: nil))
        return end
    }

    /// Rule `bare-multiplier`: a multiplier standing for one of itself before a currency (超亿元楼宇,
    /// 亿元以上项目, 近千万元).
    mutating func scanBareMultiplier(at index: Int, qualifier: Qualifier?) -> Int? {
        guard Numeral.chineseDigit(at(index)) == nil else { return nil }
        let multiplier = Numeral.multiplier(s, from: index)
        var power = multiplier.power
        var end = multiplier.end
        if power == 0, let small = Numeral.chineseSmallUnit(at(index)),
            let large = Numeral.largeUnitPower(at(index + 1))
        {
            power = (small == 10 ? 1 : small == 100 ? 2 : 3) + large
            end = index + 2
        }
        guard power > 0, let value = ExactDecimal(1).scaled(byPowerOfTen: power) else { return nil }
        guard let unit = UnitTable.match(s, from: end) else {
            // Rule `qualified-bare-multiplier`: 突破万亿, 超百万的省份, 过千亿产业: no unit, but a qualifier says
            // an amount comes; not a class (达万亿级).
            guard power >= 4, let qualifier, qualifier.approximate, at(end) != Scalar.级 else { return nil }
            return scanBareCardinal(
                Amount(
                    start: index, index: index, end: end, value: value, power: power, number: ExactDecimal(1),
                    low: nil, high: nil, approximate: (false, nil), qualifier: qualifier))
        }
        // After a qualifier that approximates, any unit but a length of time counts (超万列, 近亿人次, 突破千万标箱:
        // rule `qualified-bare-multiplier`); 近百年 is a century, 亿元以上项目 a class of size.
        // Rule `class-threshold`: 实施亿元以上重点项目, 百亿元以上产业链: a bare multiplier and its bound before a noun
        // name a class of size, no amount (保持在千亿元以上。 is one).
        if qualifier == nil, let bound = suffixQualifier(at: unit.end), isHan(at(bound.end)) { return nil }
        let counted = (qualifier?.approximate ?? false) && !unit.entry.digitsOnly && !unit.entry.unit.isDuration
        guard counted || unit.entry.unit.isCurrency && (qualifier != nil || suffixQualifier(at: unit.end) != nil)
        else { return nil }
        return scanUnit(
            Amount(
                start: index, index: index, end: end, value: value, power: power, number: ExactDecimal(1),
                low: nil, high: nil, approximate: (false, nil), qualifier: qualifier))
    }
}
