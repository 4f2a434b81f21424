/// What a fact's own figures say beyond the fact: the qualifier and range of its value, and a
/// change stated as a range (6.5%－7%), read from the quantities and percentages inside its evidence.
///
/// ```swift
/// let figures = FactFigures(of: fact, in: analysis, text: text)
/// figures.changeLow  // 6.5 for 增长6.5%－7%
/// ```
public struct FactFigures: Sendable, Hashable {
    /// Whether the value is approximate (约, 以上…), from the figure that gives it.
    public var approximate = false
    /// The value's qualifier as written (以上 is a lower bound, 左右 approximate, 不超过 a bound).
    public var qualifier: String?
    /// The value's range, when the figure is one (3至5万元).
    public var low: ExactDecimal?
    /// The upper bound of the value's range.
    public var high: ExactDecimal?
    /// The change as a range (增长6.5%－7% → 6.5 and 7); nil when the change is one figure.
    public var changeLow: ExactDecimal?
    /// The upper bound of the change's range.
    public var changeHigh: ExactDecimal?
    /// The change's qualifier (增长6%以上 → 以上), when the value has none.
    public var changeQualifier: String?

    /// Joiners of a range between two figures (6.5%－7%, 6.5%至7%).
    static let rangeJoiners: Set<String> = ["－", "-", "—", "–", "~", "～", "至", "到", "—", "——"]

    /// Reads the figures inside `fact`'s evidence; `text` is the text the analysis was made of.
    public init(of fact: Fact, in analysis: DocumentAnalysis, text: String) {
        let span = fact.scalarOffsets
        if let value = fact.value {
            switch fact.unit {
            case .ratio(let unit)?:
                if let figure = analysis.percentages.within(span).last(where: { $0.value == value && $0.unit == unit }) {
                    approximate = figure.approximate
                    qualifier = figure.qualifier
                }
            default:
                if let figure = analysis.quantities.within(span).last(where: { $0.value == value }) {
                    approximate = figure.approximate
                    qualifier = figure.qualifier
                }
            }
        } else if fact.value == nil, fact.change == nil,
                  let figure = analysis.quantities.within(span).last(where: { $0.low != nil }) {
            approximate = figure.approximate
            qualifier = figure.qualifier
            low = figure.low
            high = figure.high
        }
        guard let change = fact.change else { return }
        let percentages = analysis.percentages.within(span)
        guard let index = percentages.lastIndex(where: { $0.value == change.value && $0.unit == change.unit }) else { return }
        let figure = percentages[index]
        if fact.value == nil || qualifier == nil {
            changeQualifier = figure.qualifier
            if fact.value == nil {
                approximate = figure.approximate
                qualifier = figure.qualifier
            }
        }
        // 6.5%－7% read as one figure: its bounds.
        if let low = figure.low, let high = figure.high {
            changeLow = low
            changeHigh = high
        }
        // 6.5%－7% read as two figures: the figure before, joined by a range mark, is the low end.
        if changeLow == nil, index > percentages.startIndex {
            let before = percentages[index - 1]
            if before.range.upperBound <= figure.range.lowerBound,
               Self.rangeJoiners.contains(String(text[before.range.upperBound..<figure.range.lowerBound])) {
                changeLow = before.value
                changeHigh = figure.value
            }
        }
        // 5.5%至6%: the figure after, joined by a range mark, is the high end.
        if changeLow == nil,
           let after = analysis.percentages.first(where: { $0.scalarOffsets.lowerBound >= figure.scalarOffsets.upperBound }),
           after.unit == figure.unit, figure.range.upperBound <= after.range.lowerBound,
           Self.rangeJoiners.contains(String(text[figure.range.upperBound..<after.range.lowerBound])), figure.value < after.value {
            changeLow = figure.value
            changeHigh = after.value
        }
        // 6%－6.5% where the figure after was read as signed (－6.5%): the figure is the low end.
        if changeLow == nil,
           let after = analysis.percentages.first(where: { $0.scalarOffsets.lowerBound == figure.scalarOffsets.upperBound }),
           after.unit == figure.unit, let joiner = after.text.unicodeScalars.first,
           Self.rangeJoiners.contains(String(joiner)), after.value.description.hasPrefix("-"),
           let high = ExactDecimal(String(after.value.description.dropFirst())) {
            if figure.value < high {
                changeLow = figure.value
                changeHigh = high
            }
        }
        // 6.5－7%: a bare number before it.
        if changeLow == nil,
           let bare = analysis.quantities.within(span).last(where: { $0.unit == nil && $0.range.upperBound <= figure.range.lowerBound }),
           let number = bare.value,
           Self.rangeJoiners.contains(String(text[bare.range.upperBound..<figure.range.lowerBound])) {
            changeLow = number
            changeHigh = figure.value
        }
    }
}

extension Array where Element: ScalarSpanned {
    /// The items inside `span`, for items in text order (a binary search finds the first).
    func within(_ span: Range<Int>) -> [Element] {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if self[middle].scalarOffsets.lowerBound < span.lowerBound { low = middle + 1 } else { high = middle }
        }
        var result: [Element] = []
        while low < endIndex, self[low].scalarOffsets.lowerBound < span.upperBound {
            if self[low].scalarOffsets.upperBound <= span.upperBound { result.append(self[low]) }
            low += 1
        }
        return result
    }
}

/// An item with a place in the text, in Unicode scalars.
protocol ScalarSpanned {
    var scalarOffsets: Range<Int> { get }
}

extension Quantity: ScalarSpanned {}
extension Percentage: ScalarSpanned {}
