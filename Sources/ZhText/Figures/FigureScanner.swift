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
/// The words it reads (qualifiers, changes, connectors, units) come from the `figures/*.tsv` tables.
struct FigureScanner {
    let s: UnsafeBufferPointer<UInt32>
    var quantities: [Quantity] = []
    var percentages: [Percentage] = []

    static let placeholder = "".startIndex..<"".startIndex

    /// The currency of a bare 元 or 块 in this document.
    let localCurrency: MeasureUnit

    /// A qualifier before a figure: its text, whether it approximates, and where it starts.
    typealias Qualifier = (text: String, approximate: Bool, start: Int)

    init(_ scalars: UnsafeBufferPointer<UInt32>, localCurrency: MeasureUnit = .cny) {
        s = scalars
        self.localCurrency = localCurrency
    }

    // MARK: Character helpers

    @inline(__always)
    func at(_ index: Int) -> UInt32 { s.scalar(at: index) }

    @inline(__always)
    func matches(_ word: Keyword, at index: Int) -> Bool { s.matches(word, at: index) }

    @inline(__always)
    func matchesBackward(_ word: Keyword, endingAt end: Int) -> Bool {
        matches(word, at: end - word.scalars.count)
    }

    @inline(__always)
    func isHan(_ scalar: UInt32) -> Bool { scalar >= Scalar.cjkUnifiedIdeograph3400 && scalar < Scalar.yiSyllableIt }

    /// Whether `scalar` is a digit, Arabic or Chinese.
    @inline(__always)
    func isDigit(_ scalar: UInt32) -> Bool { Numeral.isASCIIDigit(scalar) || Numeral.chineseDigit(scalar) != nil }

    // MARK: Qualifiers

    /// Rule `qualifier`: a qualifier ending right before `index`: its text, whether it approximates, and its start.
    func prefixQualifier(before index: Int) -> Qualifier? {
        if Qualifiers.notBefore.contains(where: { matchesBackward($0, endingAt: index) }) { return nil }
        for word in Qualifiers.before where matchesBackward(word.keyword, endingAt: index) {
            // 近 in 近三年 means "the last", not "nearly".
            if word.notBeforeYear, isDigit(at(index)), let end = Numeral.number(s, from: index)?.end,
                at(end) == Scalar.年
            {
                return nil
            }
            return (word.keyword.text, word.approximate, index - word.keyword.scalars.count)
        }
        return nil
    }

    /// A qualifier starting at `index` (左右, 以上): its text, whether it approximates, and its end.
    func suffixQualifier(at index: Int) -> (text: String, approximate: Bool, end: Int)? {
        // Rule `joined-bound`: 220千伏及以上, 6岁及以下: 及 joins a figure to its bound made with 以 (以上, 以下).
        let start = at(index) == Scalar.及 && at(index + 1) == Scalar.以 ? index + 1 : index
        for word in Qualifiers.after where matches(word.keyword, at: start) {
            return (word.keyword.text, word.approximate, start + word.keyword.scalars.count)
        }
        return nil
    }

    // MARK: Changes

    /// Rule `change-direction`: the change a percentage at `index` describes (the nearest change
    /// word before it in the clause).
    func change(before index: Int) -> ChangeDirection? {
        // 上升0.5个百分点至5.8%: the figure it went to is a level.
        if followedByTarget(index - 1) { return nil }
        var position = index
        let limit = max(0, index - 24)
        while position > limit {
            // A clause ends at these; 、 does not end it (增长9.1%、7.6%).
            if Punctuation.clauseEnd.contains(at(position - 1)) { return nil }
            if ChangeWords.lastScalars.contains(at(position - 1)), let direction = changeWord(endingAt: position) {
                return direction
            }
            // Rule `level-noun`: 增长6%、绿电占比超三成 and 对经济增长贡献率超70% give a share, not a change.
            if FigureWords.levelNounLasts.contains(at(position - 1)),
                FigureWords.levelNouns.contains(where: { matchesBackward($0, endingAt: position) })
            {
                return nil
            }
            position -= 1
        }
        return nil
    }

    /// Rule `qualified-share`: an approximating qualifier before a share's verb and its scope (约占全国1/10, 约占
    /// 全省的30%) qualifies the share's figure at `index`; not a qualifier that does not approximate (占全国30%以上 is
    /// read after the figure), nor across punctuation.
    func shareQualifier(before index: Int) -> Qualifier? {
        var position = index
        let limit = max(0, index - Self.shareScopeReach)
        while position > limit, isHan(at(position - 1)) {
            position -= 1
            guard matches(FigureWords.shareVerb, at: position), let found = prefixQualifier(before: position),
                found.approximate
            else { continue }
            return found
        }
        return nil
    }

    /// The most characters between a share's verb and its figure (全国的, 全省同类).
    private static let shareScopeReach = 6

    /// Rule `earlier-comparison`: a comparison with the same measure at an earlier time right before the
    /// percentage points at `index` gives their change (增长4%，快于2024年1.8个百分点; 高于“十三五”时期1.2个百分点;
    /// 低于上年同期0.3个百分点); not a comparison with a place (高于全国2个百分点: rule `comparison-gap`).
    func changeAgainstEarlier(before index: Int) -> ChangeDirection? {
        guard FigureWords.earlierTimes.contains(where: { matchesBackward($0, endingAt: index) }) else { return nil }
        var position = index - 1
        let limit = max(0, index - Self.earlierReach)
        while position > limit {
            if Punctuation.clauseEnd.contains(at(position - 1)) { return nil }
            if FigureWords.earlierLasts.contains(at(position - 1)) {
                if FigureWords.earlierUp.contains(where: { matchesBackward($0, endingAt: position) }) {
                    return .increase
                }
                if FigureWords.earlierDown.contains(where: { matchesBackward($0, endingAt: position) }) {
                    return .decrease
                }
            }
            position -= 1
        }
        return nil
    }

    /// The most characters an earlier time takes between its comparison word and the figure (“十三五”时期).
    private static let earlierReach = 12

    /// Rule `comparison-gap`: a comparison word (高于, 低于) and its subject before the figure at `index`, in its
    /// clause and after any change word (增速高于全国2个百分点).
    func comparedWithSubject(before index: Int) -> Bool {
        var position = index - 1
        let limit = max(0, index - 24)
        while position > limit {
            if Punctuation.clauseEnd.contains(at(position - 1)) { return false }
            if ChangeWords.lastScalars.contains(at(position - 1)), changeWord(endingAt: position) != nil {
                return false
            }
            if FigureWords.comparisonLasts.contains(at(position - 1)),
                FigureWords.comparisons.contains(where: { matchesBackward($0, endingAt: position) })
            {
                return true
            }
            position -= 1
        }
        return false
    }

    /// Rule `change-after-figure`: a change word right after the percentage (and its qualifier) that closes
    /// the clause gives its change (保持20%以上增长。); so does one after 的 that closes it, maybe with a noun
    /// naming it an aim (实现6%的增长。, 确定5%左右的增长目标，); not 5%的增长率, 20%以上增长态势.
    func change(closingClauseAt index: Int) -> ChangeDirection? {
        let linked = at(index) == Scalar.的
        let start = linked ? index + 1 : index
        guard ChangeWords.firstScalars.contains(at(start)) else { return nil }
        for word in ChangeWords.all where matches(word, at: start) {
            var end = start + word.scalars.count
            if linked, let aim = FigureWords.changeTargets.first(where: { matches($0, at: end) }) {
                end += aim.scalars.count
            }
            guard end >= s.count || Punctuation.clauseEnd.contains(at(end)) else { continue }
            return ChangeWords.increase.contains(where: { $0.text == word.text }) ? .increase : .decrease
        }
        return nil
    }

    /// The change a word ending at `position` names, nil when there is none or when it is part of a noun.
    private func changeWord(endingAt position: Int) -> ChangeDirection?? {
        // 增加值, 自然增长率, 增长点, 经济增长的贡献率, 经济增长贡献率: the word is part of a noun, not a change.
        let next = at(position)
        if next == Scalar.值 || next == Scalar.率 || next == Scalar.点 || next == Scalar.的 || next == Scalar.贡 {
            return nil
        }
        for word in ChangeWords.increase where matchesBackward(word, endingAt: position) {
            // 负增长0.8%: a negative growth is a decrease.
            if at(position - word.scalars.count - 1) == Scalar.负 { return .some(.decrease) }
            return .some(followedByTarget(position) ? nil : .increase)
        }
        for word in ChangeWords.decrease where matchesBackward(word, endingAt: position) {
            return .some(followedByTarget(position) ? nil : .decrease)
        }
        return nil
    }

    /// 提高到 / 提高至: the figure that follows is a level, not a change.
    func followedByTarget(_ index: Int) -> Bool {
        at(index) == Scalar.到 || at(index) == Scalar.至
    }

    // MARK: Scanning

    /// Tries a figure at `index`; returns the index past it, or nil when there is none.
    ///
    /// Two quantities with the same unit joined by a range connector (540亿元至560亿元) become
    /// one range.
    mutating func scanFigure(at index: Int) -> Int? {
        let before = quantities.count
        guard let end = scanSingleFigure(at: index) else { return nil }
        guard !isChange(before: index), quantities.count == before + 1, let first = quantities.last,
            first.value != nil, first.unit != nil,
            first.scalarOffsets.upperBound == end || at(first.scalarOffsets.upperBound) != 0,
            let connectorEnd = RangeConnectors.figure.end(s, at: first.scalarOffsets.upperBound),
            isDigit(at(connectorEnd)),
            let secondEnd = scanSingleFigure(at: connectorEnd)
        else { return end }
        if quantities.count == before + 2, let second = quantities.last {
            mergeRange(first, second)
        }
        return secondEnd
    }

    /// 由5万人增至8万人 and 增加7.3万人至367.2万人 are changes, not ranges.
    private func isChange(before index: Int) -> Bool {
        let clause = max(0, index - 4)..<index
        return clause.contains { at($0) == Scalar.由 || at($0) == Scalar.从 }
            || ChangeWords.all.contains { word in clause.contains { matches(word, at: $0) } }
    }

    /// Rule `figure-range`: replaces the last two quantities by one range when they share a unit and rise.
    private mutating func mergeRange(_ first: Quantity, _ second: Quantity) {
        guard second.unit == first.unit, second.surfaceUnit == first.surfaceUnit, let low = first.value,
            let high = second.value, low < high
        else { return }
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

    /// A number followed by a Latin unit inside one Latin token (10GWh, 300MW).
    mutating func scanLatinFigure(at index: Int, end: Int) -> Int? {
        guard let number = Numeral.arabic(s, from: index), number.end < end else { return nil }
        let form = String(String.UnicodeScalarView((number.end..<end).compactMap { Unicode.Scalar(s[$0]) }))
        guard let entry = UnitTable.latin[form], let value = number.value.scaled(byPowerOfTen: entry.power) else {
            return nil
        }
        quantities.append(
            Quantity(
                text: "", range: Self.placeholder, scalarOffsets: index..<end, value: value,
                unit: entry.surfaceOnly ? nil : entry.unit, number: number.value, multiplier: nil,
                surfaceUnit: entry.classifier == nil ? form : nil, classifier: entry.classifier,
                approximate: false, qualifier: nil, low: nil, high: nil))
        return end
    }

    /// An amount written the English way after a currency code (USD 18.6 billion, EUR 320 million).
    ///
    /// HKD 1,200 too. `index..<end` is the code's token.
    mutating func scanCurrencyAmount(at index: Int, end: Int) -> Int? {
        guard end - index == 3 else { return nil }
        let code = String(String.UnicodeScalarView(s[index..<end].compactMap(Unicode.Scalar.init)))
        guard let unit = code == "RMB" ? MeasureUnit.cny : MeasureUnit(rawValue: code), unit != .twd || code == "TWD"
        else { return nil }
        var position = end
        while isSpace(at(position)) { position += 1 }
        guard position - end <= 2, let number = Numeral.arabic(s, from: position) else { return nil }
        var scaleEnd = number.end
        var power = 0
        var cursor = number.end
        while isSpace(at(cursor)) { cursor += 1 }
        for (word, wordPower) in Self.englishScales
        where s.matches(word, at: cursor) && !isLatinLetter(at(cursor + word.scalars.count)) {
            power = wordPower
            scaleEnd = cursor + word.scalars.count
            break
        }
        guard let value = number.value.scaled(byPowerOfTen: power) else { return nil }
        quantities.append(
            Quantity(
                text: "", range: Self.placeholder, scalarOffsets: index..<scaleEnd, value: value, unit: unit,
                number: number.value, multiplier: power > 0 ? ExactDecimal(1).scaled(byPowerOfTen: power) : nil,
                surfaceUnit: code, classifier: nil, approximate: false, qualifier: nil, low: nil, high: nil))
        return scaleEnd
    }

    private static let englishScales: [(Keyword, Int)] = [
        ("trillion", 12), ("billion", 9), ("million", 6), ("thousand", 3), ("bn", 9), ("mn", 6),
    ]

    private func isSpace(_ scalar: UInt32) -> Bool { scalar == 0x20 || scalar == Scalar.noBreakSpace }

    func isLatinLetter(_ scalar: UInt32) -> Bool {
        (0x41...0x5A).contains(scalar) || (0x61...0x7A).contains(scalar)
    }

    /// 七八十 / 三四百 / 七八: two adjacent rising digits, optionally followed by a unit character.
    func scanAdjacentDigits(at index: Int) -> (low: ExactDecimal, high: ExactDecimal, end: Int)? {
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
}
