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
