/// Figures read against what stands around them: a rate's base (10万人…死亡人数), a ratio's value
/// (比值为2.34) and the people a bare count names (裁减员额50万).
extension FigureScanner {
    /// Rule `rate-base`: drops the bases of rates written before their indicator.
    ///
    /// 工矿商贸企业就业人员10万人生产安全事故死亡人数1.089人, 煤矿百万吨死亡人数0.059人: a power of ten with a
    /// unit, then the indicator's words ending in a rate's head (数, 率) and the rate itself. A figure before a
    /// verb or a noun that is no rate (10万人就业, 100万人口以上城市12个) stays.
    mutating func dropRateBases() {
        let s = s
        quantities.removeAll { quantity in
            guard quantity.unit != nil || quantity.surfaceUnit != nil, let value = quantity.value,
                value.isPowerOfTen
            else { return false }
            return Self.headsRate(after: quantity.scalarOffsets.upperBound, s)
        }
    }

    /// Whether the words from `start` name a rate: Han characters only, up to a rate's head and the rate's figure.
    private static func headsRate(after start: Int, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        func isHan(_ scalar: UInt32) -> Bool {
            scalar >= Scalar.cjkUnifiedIdeograph3400 && scalar < Scalar.yiSyllableIt
        }
        var position = start
        while position - start < Self.rateReach, isHan(s.scalar(at: position)),
            Numeral.chineseDigit(s.scalar(at: position)) == nil
        {
            position += 1
            for head in FigureWords.rateHeads where s.matches(head.scalars, at: position - head.scalars.count) {
                var next = position
                if let link = FigureWords.rateLinks.first(where: { s.matches($0.scalars, at: next) }) {
                    next += link.scalars.count
                }
                let scalar = s.scalar(at: next)
                if Numeral.isASCIIDigit(scalar) || Numeral.chineseDigit(scalar) != nil { return true }
            }
        }
        return false
    }

    /// The most characters between a rate's base and its figure.
    private static let rateReach = 16

    /// Rule `ratio-value`: a bare number after a ratio's link word in a sentence that names a ratio is its value.
    ///
    /// The link words are 为, 由, 至, 缩小 (城乡居民人均可支配收入比值为2.34，比上年缩小0.05;
    /// 收入比值由3.27缩小至2.93). A term of a ratio written with a colon (收入比从2.50:1缩小至2.27:1) is
    /// no figure (Corpus/README.md).
    func isRatioValue(_ start: Int, end: Int) -> Bool {
        guard !Punctuation.ratioColon.contains(at(end)),
            FigureWords.ratioLinks.contains(where: { matchesBackward($0, endingAt: start) })
        else { return false }
        var position = start - 1
        while position > max(0, start - Self.ratioReach) {
            let scalar = at(position)
            if Punctuation.sentenceEnd.contains(scalar) || scalar == 0x0A { return false }
            if FigureWords.ratioNouns.contains(where: { matchesBackward($0, endingAt: position + 1) }),
                !FigureWords.ratioNotBefore.contains(where: { matches($0, at: position + 1) })
            {
                return true
            }
            position -= 1
        }
        return false
    }

    /// The most characters between a ratio's name and its value.
    private static let ratioReach = 30

    /// Rule `people-noun`: a bare figure right after a noun that counts people (裁减员额50万) counts persons.
    func followsPeopleNoun(_ start: Int) -> Bool {
        FigureWords.peopleNouns.contains { matchesBackward($0, endingAt: start) }
    }
}

/// Amounts written with words rather than digits: half a year, and counts "in the tens of millions".
extension FigureScanner {
    /// Rule `half-length`: 失业半年以上, 用半个月时间: 半 and a unit of time, a length of one half; not a part of a
    /// year (上半年, 每半年, 大半年), a name (半年度) or a span back (半年来).
    mutating func scanHalfLength(at index: Int) -> Int? {
        guard let word = FigureWords.halfLengths.first(where: { matches($0, at: index) }),
            !FigureWords.notHalfLengthBefore.contains(where: { matchesBackward($0, endingAt: index) }),
            let unit = UnitTable.match(s, from: index + 1), unit.entry.unit.isDuration,
            unit.end == index + word.scalars.count,
            !FigureWords.notHalfLengthAfter.contains(where: { matches($0, at: unit.end) }),
            let half = ExactDecimal(digits: [5], exponent: -1, negative: false)
        else { return nil }
        let suffix = suffixQualifier(at: unit.end)
        // 不超过半年; not 近半年 ("the last half year", as 近三年).
        let prefix = prefixQualifier(before: index).flatMap { found in
            Qualifiers.before.contains { $0.keyword.text == found.text && $0.notBeforeYear } ? nil : found
        }
        quantities.append(
            Quantity(
                text: "", range: Self.placeholder, scalarOffsets: index..<unit.end, value: half,
                unit: unit.entry.unit, number: half, multiplier: nil, surfaceUnit: unit.form, classifier: nil,
                approximate: (prefix?.approximate ?? false) || (suffix?.approximate ?? false),
                qualifier: prefix?.text ?? suffix?.text, low: nil, high: nil))
        return suffix?.end ?? unit.end
    }

    /// Rule `counted-in`: 以千万计, 以万计: a multiplier counted in, about that many (qualifier 以); not the idiom
    /// 数以万计.
    mutating func scanCountedIn(at index: Int) -> Int? {
        let open = FigureWords.countedInOpen
        guard matchesBackward(open, endingAt: index),
            !FigureWords.notCountedIn.contains(where: { matchesBackward($0, endingAt: index) })
        else { return nil }
        var multiplier = Numeral.multiplier(s, from: index)
        if multiplier.power == 0, let small = Numeral.chineseSmallUnit(at(index)) {
            multiplier = (small == 10 ? 1 : small == 100 ? 2 : 3, index + 1)
        }
        guard multiplier.power > 0, matches(FigureWords.countedInClose, at: multiplier.end),
            let value = ExactDecimal(1).scaled(byPowerOfTen: multiplier.power)
        else { return nil }
        quantities.append(
            Quantity(
                text: "", range: Self.placeholder, scalarOffsets: index..<multiplier.end, value: value, unit: nil,
                number: value, multiplier: nil, surfaceUnit: nil, classifier: nil, approximate: true,
                qualifier: open.text, low: nil, high: nil))
        return multiplier.end
    }
}
