/// Pairs each count of a list with the noun after it: `建设10个A、60个B、120个C` gives 建设A 10,
/// 建设B 60, 建设C 120 (not B ↔ 10: the noun before a count belongs to the count before it).
///
/// The rule holds when the count right before the figure had its noun after it (the last fact
/// was made from it), only 、 (or the joint 和, 及 before a list's last item: 30家孵化器和10家中试平台) stands
/// between that noun and the figure, and the figure has a noun of its own after it. The verb that opened the
/// first item opens every item.
struct CountListRule {
    let s: UnsafeBufferPointer<UInt32>

    /// Separators between the items of a list (和 and 及 join its last item).
    static let separators: Set<UInt32> = [Scalar.ideographicComma, Scalar.和, Scalar.及]

    /// The indicator and evidence of `figure` as an item of a count list, or nil.
    func item(_ figure: FactExtractor.Figure, after previous: FactExtractor.Figure, last: FactExtractor.Found) -> (
        pieces: [Indicator.Piece], range: Range<Int>
    )? {
        let text = Indicator(s: s)
        guard !figure.isPercentage, !previous.isPercentage, figure.value != nil,
            let before = text.object(after: previous.range, isMoney: false), last.range.upperBound == before.upperBound,
            figure.range.lowerBound == before.upperBound + 1, Self.separators.contains(s[before.upperBound]),
            let own = text.object(after: figure.range, isMoney: false)
        else { return nil }
        // The list's verb: the last item's pieces before its noun (建设 of 建设A).
        let verb = last.indicator.count > 1 ? Array(last.indicator.dropLast()) : []
        return (verb + [.text(own)], figure.range.lowerBound..<own.upperBound)
    }
}
