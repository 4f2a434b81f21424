/// The places a fact's indicator opens with: 泸州经济总量 is 经济总量 of 泸州 (rule place-subject).
extension SubjectRule {
    /// The verbs an indicator opens with, after a place that is then the subject (中关村科技园新增入驻企业).
    static let indicatorVerbs = Indicator.resultVerbs + Indicator.listVerbs

    /// The places `range` opens with, and the indicator after them (rule place-subject), or nil.
    ///
    /// One place the entity rules found, or several joined by 、 or a name stop (庆阳、酒泉经济总量), that is not the
    /// document's region, before a measure the canonical table knows (经济总量) or a phrase that opens with a verb an
    /// indicator keeps (新增入驻企业); nil otherwise (中欧班列开行, 川渝省际铁路: what follows names no measure, the
    /// places are part of the name).
    func place(_ range: Range<Int>) -> (name: Range<Int>, rest: Range<Int>)? {
        var end = range.lowerBound
        while let place = places[end], place.upperBound < range.upperBound {
            end = place.upperBound
            let joined = s[end] == Scalar.ideographicComma || Self.nameStops.contains(s[end])
            guard joined, let next = places[end + 1], next.upperBound < range.upperBound else { break }
            end += 1
        }
        guard end > range.lowerBound, range.upperBound - end >= Self.shortestMeasure else { return nil }
        let text = Indicator(s: s)
        if let region, region.hasPrefix(text.text([.text(range.lowerBound..<end)])) { return nil }
        guard
            s.matchesAny(Self.indicatorVerbs, at: end)
                || CanonicalIndicator.matching(text.text([.text(end..<range.upperBound)])) != nil
        else { return nil }
        return (range.lowerBound..<end, end..<range.upperBound)
    }
}
