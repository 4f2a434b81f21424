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

    /// Reads the figures inside `fact`'s evidence; `text` is the text the analysis was made of.
    public init(of fact: Fact, in analysis: DocumentAnalysis, text: String) {
        let span = fact.scalarOffsets
        if let value = fact.value {
            switch fact.unit {
            case .ratio(let unit)?:
                if let figure = analysis.percentages.within(span).last(where: { $0.value == value && $0.unit == unit })
                {
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
            let figure = analysis.quantities.within(span).last(where: { $0.low != nil })
        {
            approximate = figure.approximate
            qualifier = figure.qualifier
            low = figure.low
            high = figure.high
        }
        guard let change = fact.change else { return }
        let percentages = analysis.percentages.within(span)
        guard let index = percentages.lastIndex(where: { $0.value == change.value && $0.unit == change.unit }) else {
            return
        }
        let figure = percentages[index]
        if fact.value == nil || qualifier == nil {
            changeQualifier = figure.qualifier
            if fact.value == nil {
                approximate = figure.approximate
                qualifier = figure.qualifier
            }
        }
        // 6.5%－7% is one figure in the figure grammar (a range of percentages): its bounds.
        if let low = figure.low, let high = figure.high {
            changeLow = low
            changeHigh = high
        }
    }
}

extension Array where Element: ScalarSpanned {
    /// The items inside `span`, for items in text order (a binary search finds the first).
    func within(_ span: Range<Int>) -> [Element] {
        let first = countPrefix { $0.scalarOffsets.lowerBound < span.lowerBound }
        return self[first...].prefix { $0.scalarOffsets.lowerBound < span.upperBound }
            .filter { $0.scalarOffsets.upperBound <= span.upperBound }
    }
}

/// An item with a place in the text, in Unicode scalars.
protocol ScalarSpanned {
    var scalarOffsets: Range<Int> { get }
}

extension Quantity: ScalarSpanned {}
extension Percentage: ScalarSpanned {}
