/// Reads `从A提高到B`, `由A增加到B`, `由A整合为B`: the fact is B, with A as its baseline.
///
/// - The start: 从 or 由 right before the first figure, maybe with the year it was (从2020年的) and
///   a qualifier (从不到70万亿元).
/// - The reach: between the two figures only a verb ending in 到, 至 or 为 (增加到, 提升至, 整合为),
///   maybe with the year reached (增加到2002年的) and a qualifier (增加到超过100万亿元).
/// - The baseline's period: the year written with A, else the year before the span or year the
///   passage is about (五年来…从54万亿元 in a review of 2013/2017 → 2012).
struct BaselineRule {
    let s: UnsafeBufferPointer<UInt32>

    /// Marks that open where a change started.
    static let starts = FactWords.characters(FactWords.baselineTable, "start")
    /// The last characters of the words that lead to the figure reached (增加到, 提升至, 整合为).
    static let reaches = FactWords.characters(FactWords.baselineTable, "reach-end")
    /// Qualifiers that may stand right before either figure.
    static let qualifiers = FactWords.keywords(FactWords.baselineTable, "qualifier")
    /// What the figures are counted per, between the start mark and the first figure (从每月70元, 从月销售额3万元).
    static let bases = FactWords.keywords(FactWords.baselineTable, "basis")
    /// The longest stretch of words between the two figures.
    static let longestReach = 12

    /// Where a change starts before `figure`, or nil when the figure is not a start.
    ///
    /// The position of 从 or 由, and the year written with it. `lower` bounds the search (the
    /// clause's start).
    func start(before figure: Range<Int>, from lower: Int, _ dates: [DateMention]) -> (mark: Int, period: String?)? {
        var position = skipQualifiers(before: figure.lowerBound, from: lower)
        var period: String?
        // 从2020年的3.68万亿元: the year it was.
        if s.scalar(at: position - 1) == Scalar.的, let date = dateEnding(at: position - 1, dates),
            date.scalarOffsets.lowerBound > lower
        {
            period = date.value.map { String($0.prefix(4)) }
            position = date.scalarOffsets.lowerBound
        }
        position = skipBasis(before: position, from: lower)
        guard position - 1 >= lower, Self.starts.contains(s[position - 1]) else { return nil }
        return (position - 1, period)
    }

    /// Whether only words that lead to a figure stand in `between` (增加到2002年的, 提升至, 整合为).
    func reaches(_ between: Range<Int>, _ dates: [DateMention]) -> Bool {
        guard between.count >= 1, between.count <= Self.longestReach else { return false }
        var end = skipQualifiers(
            before: skipBasis(before: between.upperBound, from: between.lowerBound), from: between.lowerBound)
        if s.scalar(at: end - 1) == Scalar.的, let date = dateEnding(at: end - 1, dates),
            date.scalarOffsets.lowerBound >= between.lowerBound
        {
            end = date.scalarOffsets.lowerBound
        }
        guard end > between.lowerBound, Self.reaches.contains(s[end - 1]) else { return false }
        // No clause ends between the two figures.
        return !(between.lowerBound..<end).contains {
            [Scalar.fullwidthComma, 0x2C, Scalar.ideographicFullStop, Scalar.fullwidthSemicolon, 0x3B, 0x0A].contains(
                s[$0])
        }
    }

    /// The baseline of a fact whose start figure is `figure`: its value and unit, and its period
    /// (written, else the year before the scope's first year, else the year before the fact's).
    func baseline(_ figure: FactExtractor.Figure, written: String?, scope: FrameReader.Scope?, factPeriod: String?)
        -> Fact.Baseline?
    {
        guard let value = figure.value else { return nil }
        let before = (scope?.period ?? factPeriod).flatMap { Int($0.prefix(4)) }.map { String($0 - 1) }
        return Fact.Baseline(value: value, unit: figure.unit, period: written ?? before)
    }

    /// The indicator a change starts for: the head before 从/由; the previous fact's with a head
    /// that continues it (占国内生产总值的比重从0.64%提高到1.13%); the clause before when nothing
    /// stands before 从 (研究与试验开发经费，从1997年的509亿元…).
    func indicator(
        _ head: Indicator.Head?, clause: Int, previous: [Indicator.Piece]?, context: FactContext, text: Indicator,
        dates: [DateMention],
        figure: FactExtractor.Figure
    ) -> [Indicator.Piece]? {
        if let head, !head.range.isEmpty {
            if head.continues, let previous { return text.carried(previous) + head.pieces }
            return head.pieces
        }
        guard clause > 1, [Scalar.fullwidthComma, 0x2C].contains(s[clause - 1]) else { return nil }
        let before = context.clauseStart(before: clause - 1)..<(clause - 1)
        guard !before.isEmpty, !before.contains(where: { Numeral.isASCIIDigit(s[$0]) }) else { return nil }
        return text.head(before, dates: dates, figure: figure).flatMap { $0.range.isEmpty ? nil : $0.pieces }
    }

    /// The position before a basis that ends at `position` (每月, 月销售额), or `position` when none does.
    private func skipBasis(before position: Int, from lower: Int) -> Int {
        guard
            let basis = Self.bases.first(where: {
                position - $0.scalars.count > lower && s.matches($0, at: position - $0.scalars.count)
            })
        else { return position }
        return position - basis.scalars.count
    }

    private func skipQualifiers(before position: Int, from lower: Int) -> Int {
        var position = position
        while let word = Self.qualifiers.first(where: {
            position - $0.scalars.count > lower && s.matches($0, at: position - $0.scalars.count)
        }) {
            position -= word.scalars.count
        }
        return position
    }

    /// The date that ends at `position` (dates are in text order).
    private func dateEnding(at position: Int, _ dates: [DateMention]) -> DateMention? {
        let count = dates.countPrefix { $0.scalarOffsets.upperBound < position }
        return count < dates.count && dates[count].scalarOffsets.upperBound == position ? dates[count] : nil
    }
}
